//! Bytes to lines: UTF-8 decoding, the BOM, line endings and the file-level checks of
//! ENV-RULES.md §6.1 (§8.1 steps 1–2).

use super::code::Code;
use super::finding::{Finding, Pos, Severity};
use crate::Localized;

/// Inputs past these limits are not `.env` files (ENC-SIZE).
pub const MAX_BYTES: usize = 1 << 20;
pub const MAX_LINES: usize = 10_000;

/// How a physical line ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Eol {
    Lf,
    Crlf,
    Cr,
    None,
}

/// One physical line without its terminator.
#[derive(Clone, Copy, Debug)]
pub struct Line<'a> {
    pub number: u32,
    pub text: &'a str,
    pub eol: Eol,
}

/// The first invalid byte as ENC-UTF8 at its line and column, or the text.
pub fn decode(bytes: &[u8]) -> Result<&str, Box<Finding>> {
    std::str::from_utf8(bytes).map_err(|err| Box::new(invalid_utf8(bytes, err)))
}

fn invalid_utf8(bytes: &[u8], err: std::str::Utf8Error) -> Finding {
    {
        let good = &bytes[..err.valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
        let start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let col = String::from_utf8_lossy(&good[start..]).chars().count() as u32 + 1;
        Finding::new(
            Code::EncUtf8,
            Severity::Error,
            Pos { line, col },
            Localized::new(
                format!("Línea {line}, columna {col}: el texto no es UTF-8."),
                format!("Line {line}, column {col}: the text is not UTF-8."),
            ),
        )
        .fix(Localized::new(
            "Guarda el archivo como UTF-8.",
            "Save the file as UTF-8.",
        ))
    }
}

/// Strips one leading BOM, reporting it.
pub fn strip_bom<'a>(text: &'a str, out: &mut Vec<Finding>) -> &'a str {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => {
            out.push(Finding::new(
                Code::EncBom,
                Severity::Info,
                Pos { line: 1, col: 1 },
                Localized::new(
                    "Se quitó la marca BOM del inicio; python-dotenv ≤1.2.2 y `node --env-file` perderían la primera variable.",
                    "Leading BOM removed; python-dotenv ≤1.2.2 and `node --env-file` would lose the first variable.",
                ),
            ).fix(Localized::new("Guarda el archivo como UTF-8 sin BOM.", "Save the file as UTF-8 without BOM.")));
            rest
        }
        None => text,
    }
}

/// Splits at `\n`, `\r\n` and lone `\r`.
pub fn lines(text: &str) -> Vec<Line<'_>> {
    let bytes = text.as_bytes();
    let (mut out, mut start, mut i) = (Vec::new(), 0, 0);
    while i < bytes.len() {
        let eol = match bytes[i] {
            b'\n' => Some((Eol::Lf, 1)),
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => Some((Eol::Crlf, 2)),
            b'\r' => Some((Eol::Cr, 1)),
            _ => None,
        };
        if let Some((eol, len)) = eol {
            out.push(line(out.len(), &text[start..i], eol));
            i += len;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < text.len() {
        out.push(line(out.len(), &text[start..], Eol::None));
    }
    out
}

fn line(index: usize, text: &str, eol: Eol) -> Line<'_> {
    Line {
        number: index as u32 + 1,
        text,
        eol,
    }
}

/// ENC-SIZE when the input is too big to be a `.env` file.
pub fn too_big_len(bytes: usize, lines: usize) -> Option<Finding> {
    (bytes > MAX_BYTES || lines > MAX_LINES).then(|| {
        Finding::new(
            Code::EncSize,
            Severity::Error,
            Pos { line: 1, col: 1 },
            Localized::new(
                format!("{} bytes y {lines} líneas: demasiado grande para un .env (máx. 1 MiB y 10 000 líneas). ¿Es otro tipo de archivo?", bytes),
                format!("{} bytes and {lines} lines: too large for a .env file (max 1 MiB and 10,000 lines). Is it another kind of file?", bytes),
            ),
        )
    })
}
