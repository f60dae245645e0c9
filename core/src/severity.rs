//! How bad a finding is: one scale for `.env` findings, health-spec issues and the CLI's
//! diagnostics, so they sort and print alike.

use serde::Serialize;

/// Ordered from worst to mildest (`Error < Warning < Info`), so sorting puts errors first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}
