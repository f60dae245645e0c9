//! The result of validating a `.env` text: findings sorted by line, a summary, and each
//! offending line with secrets masked. Nothing in a report holds a secret value, so it
//! can be printed, serialized or copied as it is.

use super::finding::{sort_findings, Finding, Severity};
use super::mask::masked_line;
use super::parse::Parsed;
use crate::Lang;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub missing_required: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub environment: String,
    pub findings: Vec<Finding>,
    pub summary: Summary,
    /// Line number → that line with secret values masked, for every line with a finding.
    pub lines: BTreeMap<u32, String>,
}

impl Report {
    pub fn new(
        parsed: &Parsed,
        mut findings: Vec<Finding>,
        environment: &str,
        missing: u32,
        sensitive: &HashMap<&str, bool>,
    ) -> Report {
        sort_findings(&mut findings, |a, b| {
            (a.line, a.col, a.severity, a.code).cmp(&(b.line, b.col, b.severity, b.code))
        });
        let count = |s| findings.iter().filter(|f| f.severity == s).count();
        let summary = Summary {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
            missing_required: missing,
        };
        let mut lines = BTreeMap::new();
        for line in findings.iter().map(|f| f.line) {
            let Some(text) = parsed.lines.get(line as usize - 1).filter(|_| line > 0) else {
                continue;
            };
            let entry = parsed.entry_at(line);
            let secret =
                entry.is_none_or(|e| sensitive.get(e.key.as_str()).copied().unwrap_or(true));
            lines
                .entry(line)
                .or_insert_with(|| masked_line(text, line, entry, secret));
        }
        Report {
            environment: environment.to_string(),
            findings,
            summary,
            lines,
        }
    }

    pub fn has_errors(&self) -> bool {
        self.summary.errors > 0
    }

    /// The offending line `line`, secrets masked.
    pub fn masked_line(&self, line: u32) -> Option<&str> {
        self.lines.get(&line).map(String::as_str)
    }

    /// The line to show under `finding`: none for a key missing from the whole file.
    pub fn line_for(&self, finding: &Finding) -> Option<&str> {
        (finding.code != super::Code::ValRequiredMissing)
            .then(|| self.masked_line(finding.line))
            .flatten()
    }

    /// "3 errores, 5 avisos en production" / "3 errors, 5 warnings for production".
    pub fn summary_line(&self, lang: Lang) -> String {
        let s = &self.summary;
        match lang {
            Lang::Es => format!(
                "{} errores, {} avisos, {} notas en {}",
                s.errors, s.warnings, s.infos, self.environment
            ),
            Lang::En => format!(
                "{} errors, {} warnings, {} notes for {}",
                s.errors, s.warnings, s.infos, self.environment
            ),
        }
    }

    /// A copyable plain-text report, compiler style, with no secret in it.
    pub fn to_text(&self, file: &str, lang: Lang) -> String {
        let mut out = String::new();
        for f in &self.findings {
            let _ = writeln!(
                out,
                "{file}:{}:{}: {}[{}]: {}",
                f.line,
                f.col,
                severity_word(f.severity, lang),
                f.code,
                f.message.get(lang)
            );
            if let Some(line) = self.line_for(f) {
                let _ = writeln!(out, "    {line}");
            }
            if let Some(fix) = &f.fix {
                let _ = writeln!(out, "    {}: {}", fix_word(lang), fix.get(lang));
            }
        }
        let _ = writeln!(out, "{}", self.summary_line(lang));
        out
    }
}

pub fn severity_word(s: Severity, lang: Lang) -> &'static str {
    match (s, lang) {
        (_, Lang::En) => s.as_str(),
        (Severity::Error, Lang::Es) => "error",
        (Severity::Warning, Lang::Es) => "aviso",
        (Severity::Info, Lang::Es) => "nota",
    }
}

pub fn fix_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Es => "solución",
        Lang::En => "fix",
    }
}
