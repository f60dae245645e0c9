//! Per-line encoding checks: line-ending styles, NUL bytes and invisible characters
//! (ENV-RULES.md §6.1).

use super::code::Code;
use super::finding::{Finding, Pos, Severity};
use super::text::{Eol, Line};
use crate::Localized;

/// 1-based character column of byte offset `byte` in `text`.
pub fn col_of(text: &str, byte: usize) -> u32 {
    // An offset inside a multi-byte character (e.g. computed past a BOM) counts as the
    // character it falls in: a column is a hint, never a reason to panic.
    let mut end = byte.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let chars = if head.is_ascii() {
        head.len()
    } else {
        head.chars().count()
    };
    chars as u32 + 1
}

/// Line-ending findings, each reported once at its first line.
pub fn check_eols(lines: &[Line<'_>], out: &mut Vec<Finding>) {
    let first = |eol| lines.iter().find(|l| l.eol == eol).map(|l| l.number);
    let crlf = first(Eol::Crlf);
    if let Some(line) = crlf {
        out.push(Finding::new(Code::EncCrlf, Severity::Info, Pos { line, col: 1 }, Localized::new(
            "Finales de línea de Windows (CRLF): los cargadores dotenv y Compose los aceptan; dentro de valores entre comillas de varias líneas, python y Compose conservan el `\\r`.",
            "Windows line endings (CRLF): dotenv loaders and Compose handle them; inside quoted multi-line values python and Compose keep the `\\r`.",
        )));
    }
    if let Some(line) = first(Eol::Cr) {
        out.push(Finding::new(Code::EncCr, Severity::Warning, Pos { line, col: 1 }, Localized::new(
            "Finales de línea CR sueltos (Mac antiguo): Compose lee varias líneas como un solo valor.",
            "Lone CR line endings (old Mac): Compose reads several lines as one value.",
        )).fix(Localized::new("Convierte los finales de línea a LF.", "Convert line endings to LF.")));
    }
    if let (Some(_), Some(line)) = (crlf, first(Eol::Lf)) {
        out.push(
            Finding::new(
                Code::EncMixedEol,
                Severity::Warning,
                Pos { line, col: 1 },
                Localized::new(
                    "Finales de línea mezclados (LF y CRLF).",
                    "Mixed line endings (LF and CRLF).",
                ),
            )
            .fix(Localized::new(
                "Normaliza todo el archivo a LF.",
                "Normalise the whole file to LF.",
            )),
        );
    }
}

/// NUL bytes and invisible characters on one line (comment lines included for NUL only).
pub fn check_chars(line: &Line<'_>, out: &mut Vec<Finding>) {
    let comment = line.text.trim_start().starts_with('#');
    if let Some(i) = line.text.find('\0') {
        let col = col_of(line.text, i);
        out.push(
            Finding::new(
                Code::EncNul,
                Severity::Error,
                Pos {
                    line: line.number,
                    col,
                },
                Localized::new(
                    "Un byte NUL no se puede guardar en una variable de entorno.",
                    "A NUL byte cannot be stored in an environment variable.",
                ),
            )
            .until(col + 1)
            .fix(Localized::new(
                "Borra el carácter NUL.",
                "Delete the NUL character.",
            )),
        );
    }
    if comment || line.text.is_ascii() {
        return;
    }
    if let Some((i, c)) = line.text.char_indices().find(|&(_, c)| is_invisible(c)) {
        let col = col_of(line.text, i);
        let code = format!("U+{:04X}", c as u32);
        out.push(Finding::new(Code::EncInvisible, Severity::Warning, Pos { line: line.number, col }, Localized::new(
            format!("Carácter invisible {code} en la columna {col} (¿copiado de una página web?)."),
            format!("Invisible character {code} at column {col} (copied from a web page?)."),
        )).until(col + 1).fix(Localized::new("Bórralo y escribe el texto a mano.", "Delete it and type the text by hand.")));
    }
}

/// Characters that look like nothing or like a plain space but are not one.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00A0}' | '\u{00AD}' | '\u{1680}' | '\u{2000}'..='\u{200F}' | '\u{2028}' | '\u{2029}'
        | '\u{202A}'..='\u{202F}' | '\u{205F}' | '\u{2060}' | '\u{3000}' | '\u{FEFF}')
}
