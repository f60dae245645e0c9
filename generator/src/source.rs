//! Reading one input file safely: size limit, UTF-8 with the position of the first bad
//! byte, and nothing empty. Every failure is a diagnostic, never a panic.

use crate::diagnostic::Diagnostic;
use crate::tr;
use std::path::Path;

/// Pages above this are refused: a page this large is an export or a log pasted in, and
/// would make every reader's browser slow.
pub const MAX_PAGE_BYTES: u64 = 1024 * 1024;

/// Reads `file` as UTF-8 text of at most [`MAX_PAGE_BYTES`].
pub fn read_text(file: &Path) -> Result<String, Diagnostic> {
    let size = std::fs::metadata(file)
        .map_err(|e| io_error(file, &e))?
        .len();
    if size > MAX_PAGE_BYTES {
        return Err(Diagnostic::error(
            "too-large",
            file,
            tr!(
                "el archivo ocupa {mb:.1} MB, más del límite de {max} MB",
                "the file is {mb:.1} MB, above the {max} MB limit",
                mb = size as f64 / 1e6,
                max = MAX_PAGE_BYTES / (1024 * 1024)
            ),
        )
        .at(1, 1)
        .hint(tr!(
            "divide la página, o enlaza el archivo grande en vez de pegarlo",
            "split the page, or link to the large file instead of pasting it"
        )));
    }
    let bytes = std::fs::read(file).map_err(|e| io_error(file, &e))?;
    let text =
        String::from_utf8(bytes).map_err(|e| not_utf8(file, e.as_bytes(), e.utf8_error()))?;
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text))
}

fn io_error(file: &Path, err: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        "io",
        file,
        tr!("no se puede leer: {err}", "cannot read the file: {err}"),
    )
    .hint(tr!(
        "comprueba que el archivo existe y se puede leer",
        "check that the file exists and is readable"
    ))
}

fn not_utf8(file: &Path, bytes: &[u8], err: std::str::Utf8Error) -> Diagnostic {
    let good = &bytes[..err.valid_up_to()];
    let (line, col) = line_col(std::str::from_utf8(good).unwrap_or_default(), good.len());
    Diagnostic::error(
        "not-utf8",
        file,
        tr!(
            "el archivo no es UTF-8 válido (byte 0x{b:02x})",
            "invalid UTF-8 (byte 0x{b:02x})",
            b = bytes[err.valid_up_to()]
        ),
    )
    .at(line, col)
    .hint(tr!(
        "guárdalo como UTF-8 (seguramente está en Latin-1 o Windows-1252)",
        "save the file as UTF-8 (it is probably Latin-1 or Windows-1252)"
    ))
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line as u32, col as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_at_the_first_bad_byte() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("p.md");
        std::fs::write(&file, b"ok\nca\xf1a\n").unwrap();
        let d = read_text(&file).unwrap_err();
        assert_eq!(d.position.map(|p| (p.line, p.col)), Some((2, 3)), "{d}");
    }

    #[test]
    fn refuses_huge_files_and_strips_bom() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.md");
        std::fs::write(&big, vec![b'a'; 5 * 1024 * 1024]).unwrap();
        assert_eq!(read_text(&big).unwrap_err().code, "too-large");
        let bom = dir.path().join("bom.md");
        std::fs::write(&bom, "\u{feff}hola").unwrap();
        assert_eq!(read_text(&bom).unwrap(), "hola");
    }

    #[test]
    fn columns_count_characters() {
        assert_eq!(line_col("añb\nxy", 3), (1, 3));
        assert_eq!(line_col("ab\nxy", 4), (2, 2));
    }
}
