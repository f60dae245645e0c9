//! YAML reading with positions. serde-saphyr is the YAML crate: panic-free, maintained,
//! and it reports every error with its line and column and keeps positions on values
//! wrapped in `Spanned<T>` (serde_yaml is archived).

use crate::diagnostic::Diagnostic;
use serde::de::DeserializeOwned;
use std::path::Path;

pub use serde_saphyr::Spanned;

/// Parses `text` (from `file`, starting at `first_line`: front matter begins after `---`)
/// into `T`, or one diagnostic at the offending position.
pub fn parse<T: DeserializeOwned>(
    file: &Path,
    text: &str,
    first_line: u32,
) -> Result<T, Diagnostic> {
    serde_saphyr::from_str(text).map_err(|err| to_diagnostic(file, &err, first_line))
}

fn to_diagnostic(file: &Path, err: &serde_saphyr::Error, first_line: u32) -> Diagnostic {
    let message = first_sentence(&err.without_snippet().to_string());
    let diagnostic = Diagnostic::error("yaml", file, message)
        .hint("fix the YAML at this position; see DESIGN.md for the expected keys");
    match err.location() {
        Some(loc) if loc.line() > 0 => diagnostic.at(
            loc.line() as u32 + first_line.saturating_sub(1),
            loc.column() as u32,
        ),
        _ => diagnostic,
    }
}

/// serde-saphyr appends its own "at line X column Y"; the diagnostic prints that already.
fn first_sentence(text: &str) -> String {
    let text = text.lines().next().unwrap_or(text);
    match text.find(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Page {
        title: String,
        weight: Option<i32>,
    }

    #[test]
    fn unknown_key_points_at_the_key() {
        let err = parse::<Page>(Path::new("p.md"), "title: x\nwieght: 3\n", 2).unwrap_err();
        assert_eq!(err.location(), "p.md:3:1", "{err}");
        assert!(err.message.contains("wieght"), "{err}");
    }

    #[test]
    fn wrong_type_points_at_the_value() {
        let err = parse::<Page>(Path::new("p.md"), "title: x\nweight: heavy\n", 1).unwrap_err();
        assert_eq!(err.location(), "p.md:2:9", "{err}");
    }

    #[test]
    fn syntax_error_has_a_position() {
        let err = parse::<Page>(Path::new("p.md"), "title: [unclosed\n", 1).unwrap_err();
        assert!(err.position.is_some(), "{err}");
    }
}
