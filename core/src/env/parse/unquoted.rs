//! Unquoted values: to the end of the line or an inline ` #` comment, trimmed, with the
//! portability notes of ENV-RULES.md §6.2.

use super::super::code::Code;
use super::super::encoding::col_of;
use super::super::finding::{Finding, Pos, Severity};
use super::interp::{expand, Ctx};
use crate::Localized;

/// The value's end (exclusive, trimmed) within `rest`, and what was seen on the way.
struct Extent {
    end: usize,
    glued_hash: Option<usize>,
    tab_comment: bool,
}

fn extent(rest: &str) -> Extent {
    let bytes = rest.as_bytes();
    let mut ext = Extent {
        end: rest.len(),
        glued_hash: None,
        tab_comment: false,
    };
    for (i, &b) in bytes.iter().enumerate().skip(1) {
        if b != b'#' {
            continue;
        }
        if matches!(bytes[i - 1], b' ' | b'\t') {
            ext.end = i;
            ext.tab_comment = bytes[i - 1] == b'\t';
            break;
        }
        ext.glued_hash.get_or_insert(i);
    }
    ext.end = rest[..ext.end].trim_end_matches([' ', '\t']).len();
    ext
}

/// Reads the unquoted value starting at byte `at` of `line`; returns (resolved, end byte).
pub fn read(line: &str, at: usize, ctx: &mut Ctx<'_>) -> (String, usize) {
    let rest = &line[at..];
    let ext = extent(rest);
    let value = &rest[..ext.end];
    let note = |code, sev, off: usize, es: &str, en: &str, fix: Option<(&str, &str)>| {
        let pos = Pos {
            line: ctx.line,
            col: col_of(line, at + off),
        };
        let f = Finding::new(code, sev, pos, Localized::new(es, en)).key(ctx.key);
        match fix {
            Some((es, en)) => f.fix(Localized::new(es, en)),
            None => f,
        }
    };
    let mut found = Vec::new();
    let quote_it = Some((
        "Ponlo entre comillas simples: `CLAVE='…'`.",
        "Quote it with single quotes: `KEY='…'`.",
    ));
    if value.starts_with('#') {
        found.push(note(Code::SynValueStartsWithHash, Severity::Warning, 0, "El valor empieza por `#`: Node lee un valor vacío; Compose y python leen el texto.", "The value starts with `#`: Node reads an empty value; Compose and python read the text.", quote_it));
    }
    if let Some(h) = ext.glued_hash.filter(|&h| h < ext.end) {
        found.push(note(
            Code::SynHashInValue,
            Severity::Warning,
            h,
            "`#` pegado al valor: Node dotenv corta el valor ahí y pierde el resto.",
            "`#` glued to the value: Node dotenv cuts the value there and loses the rest.",
            quote_it,
        ));
    }
    if ext.tab_comment {
        found.push(note(Code::SynTabComment, Severity::Info, ext.end, "Comentario tras un tabulador: Compose solo reconoce ` #` y leería el comentario como parte del valor.", "Comment after a tab: Compose only treats ` #` as a comment and would read it as part of the value.", Some(("Usa un espacio antes de `#`.", "Use a space before `#`."))));
    }
    found.extend(shape_notes(value, &note));
    ctx.findings.extend(found);
    (expand(value, at, ctx), at + ext.end)
}

type Note<'n> = dyn Fn(Code, Severity, usize, &str, &str, Option<(&str, &str)>) -> Finding + 'n;

fn shape_notes(value: &str, note: &Note<'_>) -> Vec<Finding> {
    let mut found = Vec::new();
    if value.len() >= 2 && value.starts_with('`') && value.ends_with('`') {
        found.push(note(
            Code::SynBacktick,
            Severity::Warning,
            0,
            "Solo Node quita las comillas invertidas; los demás las dejan en el valor.",
            "Only Node strips backticks; elsewhere they are part of the value.",
            Some(("Usa comillas simples.", "Use single quotes.")),
        ));
    }
    if let Some(ws) = value.find([' ', '\t']) {
        found.push(note(Code::SynUnquotedWs, Severity::Info, ws, "Valor sin comillas con espacios: vale para dotenv y Compose; rompe `source` y dotenvy.", "Unquoted value with spaces: fine for dotenv and Compose; breaks `source` and dotenvy.", Some(("Ponlo entre comillas para que sea portable.", "Quote it for portability."))));
    }
    if let Some(q) = value.find(['\'', '"']) {
        found.push(note(
            Code::SynUnquotedQuoteChar,
            Severity::Info,
            q,
            "Comilla dentro de un valor sin comillas: dotenv la conserva, un shell fallaría.",
            "Quote character inside an unquoted value: dotenv keeps it, a shell would choke.",
            None,
        ));
    }
    if value.ends_with('\\') {
        found.push(note(
            Code::SynContinuation,
            Severity::Warning,
            value.len() - 1,
            "La línea acaba en `\\`: dotenv no une líneas (systemd sí).",
            "The line ends with `\\`: dotenv has no line continuation (systemd does).",
            Some((
                "Usa un valor entre comillas de varias líneas.",
                "Use a quoted multi-line value.",
            )),
        ));
    }
    found
}
