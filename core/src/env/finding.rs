//! One problem found in a `.env` text: where, how bad, what it means in both languages
//! and what to do. Findings never carry a secret value (see [`super::mask`]).

use super::code::Code;
use crate::Localized;
use serde::Serialize;
use std::cmp::Ordering;

pub use crate::severity::Severity;

/// A 1-based line and character column, as editors show them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub line: u32,
    pub col: u32,
    /// Column just past the offending text on `line` (equal to `col` for a point).
    pub end_col: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    pub message: Localized,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Localized>,
}

impl Finding {
    pub fn new(code: Code, severity: Severity, at: Pos, message: Localized) -> Self {
        Finding {
            code,
            severity,
            line: at.line,
            col: at.col,
            end_col: at.col,
            key: None,
            message,
            fix: None,
        }
    }

    pub fn key(mut self, key: &str) -> Self {
        self.key = Some(key.to_string());
        self
    }

    pub fn until(mut self, end_col: u32) -> Self {
        self.end_col = end_col.max(self.col);
        self
    }

    pub fn fix(mut self, fix: Localized) -> Self {
        self.fix = Some(fix);
        self
    }
}

/// Sorts findings stably by `order`. Every caller passes a plain `fn`, so the wasm
/// bundle holds one copy of the sort instead of one per comparing closure.
pub fn sort_findings(findings: &mut [Finding], order: fn(&Finding, &Finding) -> Ordering) {
    findings.sort_by(order);
}
