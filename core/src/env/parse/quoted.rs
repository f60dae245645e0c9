//! Single- and double-quoted values, possibly spanning lines (ENV-RULES.md §8.1 step 6).

use super::super::code::Code;
use super::super::encoding::col_of;
use super::super::finding::{Finding, Pos, Severity};
use super::super::text::{Eol, Line};
use super::interp::{expand_one, Ctx};
use crate::Localized;

/// A closed quoted value: its text and where the closing quote is.
pub struct Scan {
    pub text: String,
    /// Index (into the lines) of the line holding the closing quote.
    pub end_idx: usize,
    /// Byte just past the closing quote on that line.
    pub after: usize,
    pub crlf: bool,
}

/// Escape use inside double quotes, for SYN-DQ-ESCAPE.
#[derive(Default)]
struct Escapes {
    first: Option<usize>,
    unknown: bool,
    sq: Option<usize>,
}

/// Scans from the opening quote at byte `open` of line `idx`; `None` if never closed
/// (or only after swallowing a line that looks like an assignment).
pub fn scan<'a>(lines: &[Line<'a>], idx: usize, open: usize, ctx: &mut Ctx<'a>) -> Option<Scan> {
    let quote = lines[idx].text.as_bytes()[open];
    let pem = lines[idx].text[open + 1..].starts_with("-----BEGIN");
    let (mut i, mut pos, mut text, mut crlf) = (idx, open + 1, String::new(), false);
    let mut esc = Escapes::default();
    loop {
        ctx.line = lines[i].number;
        ctx.line_text = lines[i].text;
        let close = if quote == b'\'' {
            single(lines[i].text, pos, &mut text, &mut esc)
        } else {
            double(lines[i].text, pos, &mut text, &mut esc, ctx)
        };
        if let Some(close) = close {
            note_escapes(&esc, quote, &text, lines[idx], ctx);
            return Some(Scan {
                text,
                end_idx: i,
                after: close + 1,
                crlf,
            });
        }
        let next = lines.get(i + 1)?;
        if !pem && looks_like_assignment(next.text) {
            return None;
        }
        crlf |= lines[i].eol == Eol::Crlf;
        text.push('\n');
        (i, pos) = (i + 1, 0);
    }
}

fn single(line: &str, from: usize, out: &mut String, esc: &mut Escapes) -> Option<usize> {
    let mut chars = line[from..]
        .char_indices()
        .map(|(i, c)| (i + from, c))
        .peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if chars.peek().is_some_and(|&(_, n)| n == '\'') => {
                chars.next();
                esc.sq.get_or_insert(i);
                out.push('\'');
            }
            '\'' => return Some(i),
            c => out.push(c),
        }
    }
    None
}

fn double(
    line: &str,
    from: usize,
    out: &mut String,
    esc: &mut Escapes,
    ctx: &mut Ctx<'_>,
) -> Option<usize> {
    let mut i = from;
    while let Some(c) = line[i..].chars().next() {
        match c {
            '"' => return Some(i),
            '\\' => i += escape(line, i, out, esc, ctx),
            '$' => {
                let (used, value) = expand_one(&line[i..], i, ctx);
                out.push_str(&value);
                i += used;
            }
            c => {
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    None
}

/// Handles the backslash at `i`; returns the bytes used.
fn escape(line: &str, i: usize, out: &mut String, esc: &mut Escapes, ctx: &mut Ctx<'_>) -> usize {
    let Some(next) = line[i + 1..].chars().next() else {
        out.push('\\');
        return 1;
    };
    let plain = match next {
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        '\\' => '\\',
        '"' => '"',
        '$' => '$',
        'a' => '\u{7}',
        'b' => '\u{8}',
        'f' => '\u{c}',
        'v' => '\u{b}',
        other => {
            esc.unknown = true;
            out.push('\\');
            out.push(other);
            esc.first.get_or_insert(i);
            return 1 + other.len_utf8();
        }
    };
    if next == '$' {
        ctx.dialect(
            i,
            "`\\$` da `$` en Compose; Node y python conservan la barra.",
            "`\\$` is `$` for Compose; Node and python keep the backslash.",
        );
    }
    if !matches!(next, 'n' | 'r') {
        esc.first.get_or_insert(i);
    }
    out.push(plain);
    2
}

fn note_escapes(esc: &Escapes, quote: u8, text: &str, open: Line<'_>, ctx: &mut Ctx<'_>) {
    let pos = |byte: usize| Pos {
        line: open.number,
        col: col_of(open.text, byte),
    };
    if let (Some(at), b'\'') = (esc.sq, quote) {
        ctx.findings.push(Finding::new(Code::SynSqEscape, Severity::Warning, pos(at), Localized::new(
            "`\\'` dentro de comillas simples: python y Compose leen `'`, Node conserva `\\'` y los shells fallan.",
            "`\\'` inside single quotes: python and Compose read `'`, Node keeps `\\'` and shells fail.",
        )).key(ctx.key).fix(Localized::new("Usa comillas dobles: `\"…'…\"`.", "Use double quotes: `\"…'…\"`.")));
    }
    let Some(at) = esc.first.filter(|_| quote == b'"') else {
        return;
    };
    let risky = esc.unknown
        || text.contains(['\t', '\u{7}', '\u{8}', '\u{b}', '\u{c}'])
        || looks_like_path(open.text);
    let severity = if risky {
        Severity::Warning
    } else {
        Severity::Info
    };
    ctx.findings.push(Finding::new(Code::SynDqEscape, severity, pos(at), Localized::new(
        "Barra invertida entre comillas dobles: Compose y python la procesan (`\\t` es un tabulador), Node solo `\\n` y `\\r`.",
        "Backslash inside double quotes: Compose and python process it (`\\t` is a tab), Node only `\\n` and `\\r`.",
    )).key(ctx.key).fix(Localized::new("Para rutas de Windows o expresiones regulares usa comillas simples.", "For Windows paths or regular expressions use single quotes.")));
}

fn looks_like_path(line: &str) -> bool {
    line.as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_alphabetic() && w[1] == b':' && w[2] == b'\\')
}

/// `^[ \t]*(export[ \t]+)?[A-Za-z_][A-Za-z0-9_.-]*[ \t]*=`
pub fn looks_like_assignment(line: &str) -> bool {
    let mut s = line.trim_start_matches([' ', '\t']);
    if let Some(rest) = s.strip_prefix("export") {
        if rest.starts_with([' ', '\t']) {
            s = rest.trim_start_matches([' ', '\t']);
        }
    }
    if !s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        return false;
    }
    let name = s.len()
        - s.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
            .len();
    s[name..].trim_start_matches([' ', '\t']).starts_with('=')
}
