//! Text that looks double-encoded: UTF-8 read as Latin-1 (`Ã³` for `ó`) or as Mac Roman
//! (`√≥`), the usual marks of a copy through the wrong tool.

use crate::diagnostic::Diagnostic;
use crate::source::line_col;
use crate::tr;
use regex::Regex;
use std::path::Path;
use std::sync::LazyLock;

/// `Ã` or `Â` followed by a Latin-1 continuation, or `√` followed by a Mac Roman one.
static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[ÃÂ][\u{80}-\u{BF}¡-¿]|√[≠±≤≥•°ß®©™´¨†∫ºª¶§]|â€[™œ\u{9d}“”˜¦]")
        .expect("valid pattern")
});

pub fn find(file: &Path, text: &str) -> Vec<Diagnostic> {
    PATTERN
        .find_iter(text)
        .map(|m| {
            let (line, col) = line_col(text, m.start());
            Diagnostic::error(
                "mojibake",
                file,
                tr!(
                    "«{s}» parece texto mal codificado (UTF-8 leído como Latin-1 o Mac Roman)",
                    "'{s}' looks double-encoded (UTF-8 read as Latin-1 or Mac Roman)",
                    s = m.as_str()
                ),
            )
            .at(line, col)
            .hint(tr!(
                "vuelve a copiar el texto desde el original en UTF-8 (p. ej. «Ã³» era «ó»)",
                "copy the text again from the UTF-8 original (e.g. 'Ã³' was 'ó')"
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_latin1_and_mac_roman_mojibake() {
        let found = find(Path::new("p.md"), "ok\nConfiguraciÃ³n y Diagn√≥stico\n");
        let at: Vec<_> = found.iter().map(|d| d.location()).collect();
        assert_eq!(at, ["p.md:2:12", "p.md:2:23"]);
    }

    #[test]
    fn leaves_real_spanish_alone() {
        assert!(find(
            Path::new("p.md"),
            "Configuración, año, ¿qué?, √2 ≈ 1.41, «hola»"
        )
        .is_empty());
    }
}
