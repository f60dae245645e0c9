//! Splitting a Markdown file into its YAML front matter and its body.

use crate::diagnostic::Diagnostic;
use crate::tr;
use std::path::Path;

/// A page's two parts, with where each begins so positions map back to the file.
#[derive(Debug, Clone, Copy)]
pub struct Split<'a> {
    pub yaml: &'a str,
    /// 1-based line of the first YAML line (the one after the opening `---`).
    pub yaml_first_line: u32,
    pub body: &'a str,
    pub body_first_line: u32,
}

/// Splits `text`; the front matter is required (it holds the title).
pub fn split<'a>(file: &Path, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    if text.trim().is_empty() {
        return Err(problem(file, Problem::Empty));
    }
    let rest = strip_fence(text).ok_or_else(|| problem(file, Problem::Missing))?;
    let mut offset = 0;
    for (index, line) in rest.split_inclusive('\n').enumerate() {
        if line.trim_end() == "---" {
            return Ok(Split {
                yaml: &rest[..offset],
                yaml_first_line: 2,
                body: &rest[offset + line.len()..],
                body_first_line: index as u32 + 3,
            });
        }
        offset += line.len();
    }
    Err(problem(file, Problem::Unclosed))
}

enum Problem {
    Empty,
    Missing,
    Unclosed,
}

/// Each problem points at the first line, where the front matter belongs or begins.
fn problem(file: &Path, kind: Problem) -> Diagnostic {
    let (code, message, hint) = match kind {
        Problem::Empty => (
            "empty",
            tr!("la página está vacía", "the page is empty"),
            tr!(
                "empieza con los metadatos: ---, title: \"…\", --- y después el texto",
                "start it with front matter: ---, title: \"…\", --- and then the text"
            ),
        ),
        Problem::Missing => (
            "front-matter",
            tr!(
                "falta el bloque de metadatos (front matter)",
                "no front matter"
            ),
            tr!(
                "empieza el archivo con una línea `---`, luego `title: \"…\"` y luego `---`",
                "start the file with a line `---`, then `title: \"…\"`, then `---`"
            ),
        ),
        Problem::Unclosed => (
            "front-matter-unclosed",
            tr!(
                "el bloque de metadatos abierto aquí no se cierra",
                "the front matter opened here is never closed"
            ),
            tr!(
                "añade una línea `---` después de la última clave",
                "add a line `---` after the last front matter key"
            ),
        ),
    };
    Diagnostic::error(code, file, message).at(1, 1).hint(hint)
}

fn strip_fence(text: &str) -> Option<&str> {
    let first = text.split_inclusive('\n').next()?;
    (first.trim_end() == "---").then(|| &text[first.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_counts_lines() {
        let s = split(Path::new("p.md"), "---\ntitle: x\n---\n\nBody\n").unwrap();
        assert_eq!(s.yaml, "title: x\n");
        assert_eq!(s.body, "\nBody\n");
        assert_eq!(s.body_first_line, 4);
    }

    #[test]
    fn crlf_and_unclosed_and_empty() {
        assert!(split(Path::new("p.md"), "---\r\ntitle: x\r\n---\r\nB").is_ok());
        let d = split(Path::new("p.md"), "---\ntitle: x\n\nBody\n").unwrap_err();
        assert_eq!(
            (d.code, d.location()),
            ("front-matter-unclosed", "p.md:1:1".into())
        );
        assert_eq!(split(Path::new("p.md"), "  \n").unwrap_err().code, "empty");
    }
}
