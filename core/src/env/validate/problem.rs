//! What a value check returns before it is placed at the value's position. Problem
//! texts never embed the checked value, so a secret cannot leak through them.

use super::super::code::Code;
use super::super::finding::Severity;
use crate::Localized;

#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub code: Code,
    pub severity: Severity,
    pub message: Localized,
    pub fix: Option<Localized>,
    /// Character offset inside the value (a bad list item), if narrower than the value.
    pub offset: Option<usize>,
}

impl Problem {
    pub fn error(code: Code, es: impl Into<String>, en: impl Into<String>) -> Self {
        Problem {
            code,
            severity: Severity::Error,
            message: Localized::new(es, en),
            fix: None,
            offset: None,
        }
    }

    pub fn with(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    pub fn fix(mut self, es: impl Into<String>, en: impl Into<String>) -> Self {
        self.fix = Some(Localized::new(es, en));
        self
    }

    pub fn at_char(mut self, offset: usize) -> Self {
        self.offset = Some(offset);
        self
    }
}

/// How strict an environment is: placeholders, localhost and weak secrets are judged
/// by it (ENV-RULES.md §7.5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    Development,
    Staging,
    Production,
}

impl Stage {
    pub fn of(environment: &str) -> Stage {
        let e = environment.to_ascii_lowercase();
        if e.starts_with("prod") || e == "live" {
            Stage::Production
        } else if e.starts_with("dev") || e.starts_with("local") || e == "docker" || e == "test" {
            Stage::Development
        } else {
            Stage::Staging
        }
    }

    /// `dev` in development, `strict` elsewhere.
    pub fn pick(self, dev: Severity, strict: Severity) -> Severity {
        if self == Stage::Development {
            dev
        } else {
            strict
        }
    }
}
