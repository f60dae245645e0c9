//! Runbook files, `runbooks/<system>/<key>.<lang>.md`: front matter and required sections.

use crate::diagnostic::Diagnostic;
use crate::tr;
use guardia_core::{Duration, Lang};
use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunbookMeta {
    pub id: String,
    pub title: String,
    pub service: String,
    pub severity: Severity,
    #[serde(default)]
    pub escalate_after: Option<Duration>,
    #[serde(default)]
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Critical,
    High,
    Medium,
    Low,
}

impl Severity {
    pub const ALL: [Severity; 4] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
        }
    }
}

/// The body sections a runbook must have (`##` headings), per language, and one optional.
const REQUIRED: [(&str, &str); 4] = [
    ("Síntoma", "Symptom"),
    ("Diagnóstico", "Diagnosis"),
    ("Resolución", "Resolution"),
    ("Escalación", "Escalation"),
];

/// A diagnostic for each required section missing from `headings` (level-2 texts).
/// `body_line` is where the body starts: the sections belong there.
pub fn missing_sections(
    file: &Path,
    body_line: u32,
    lang: Lang,
    headings: &[&str],
) -> Vec<Diagnostic> {
    REQUIRED
        .iter()
        .map(|(es, en)| if lang == Lang::Es { *es } else { *en })
        .filter(|name| !headings.iter().any(|h| h.trim().eq_ignore_ascii_case(name)))
        .map(|name| {
            Diagnostic::error(
                "runbook-section",
                file,
                tr!(
                    "al runbook le falta la sección obligatoria «{name}»",
                    "the runbook lacks the required section \"{name}\""
                ),
            )
            .at(body_line, 1)
            .hint(tr!(
                "añade un encabezado `## {name}` con su contenido",
                "add a `## {name}` heading with its content"
            ))
        })
        .collect()
}

/// The runbook key must start with the lowercased id (`RB-001` → `rb-001-…`).
pub fn key_matches_id(key: &str, id: &str) -> bool {
    key.starts_with(&id.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_each_missing_section() {
        let found = missing_sections(Path::new("rb.md"), 5, Lang::En, &["Symptom", "diagnosis"]);
        assert_eq!(found.len(), 2);
        assert!(key_matches_id("rb-001-api", "RB-001"));
        assert!(!key_matches_id("api-rb-001", "RB-001"));
    }
}
