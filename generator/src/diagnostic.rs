//! Problems found in the inputs, each with the file, line and column it comes from, and
//! the three ways the CLI prints them (text for people, JSON for tools, GitHub Actions
//! annotations for CI).

use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};

pub use guardia_core::Severity;

/// A position in a file, 1-based like editors show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Position {
    pub line: u32,
    pub col: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable identifier, e.g. `link-broken`, `yaml-syntax`.
    pub code: &'static str,
    pub file: PathBuf,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    pub message: String,
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, file: &Path, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            file: file.to_path_buf(),
            position: None,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(code: &'static str, file: &Path, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, file, message)
        }
    }

    pub fn at(mut self, line: u32, col: u32) -> Self {
        self.position = Some(Position { line, col });
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// `path:line:col` (or just `path` when the problem is the whole file).
    pub fn location(&self) -> String {
        match self.position {
            Some(p) => format!("{}:{}:{}", self.file.display(), p.line, p.col),
            None => self.file.display().to_string(),
        }
    }

    /// One GitHub Actions workflow command; `%`, CR and LF escaped as the runner expects.
    pub fn github_annotation(&self) -> String {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut props = format!("file={}", escape_property(&self.file.display().to_string()));
        if let Some(p) = self.position {
            props.push_str(&format!(",line={},col={}", p.line, p.col));
        }
        let mut text = self.message.clone();
        if let Some(hint) = &self.hint {
            text.push_str(&format!("\n{hint}"));
        }
        format!(
            "::{level} {props},title={}::{}",
            self.code,
            escape_data(&text)
        )
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}[{}]: {}",
            self.location(),
            self.severity.as_str(),
            self.code,
            self.message
        )?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_like_a_compiler() {
        let d = Diagnostic::error("yaml-syntax", Path::new("content/x/system.yaml"), "bad")
            .at(3, 7)
            .hint("fix it");
        assert_eq!(
            d.to_string(),
            "content/x/system.yaml:3:7: error[yaml-syntax]: bad\n  hint: fix it"
        );
    }

    #[test]
    fn github_annotations_escape_newlines_and_commas() {
        let d = Diagnostic::warning("i18n-missing", Path::new("a,b.md"), "50%\nmissing").at(1, 2);
        assert_eq!(
            d.github_annotation(),
            "::warning file=a%2Cb.md,line=1,col=2,title=i18n-missing::50%25%0Amissing"
        );
    }
}
