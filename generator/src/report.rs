//! Printing problems: text for people, JSON for tools, GitHub Actions annotations.

use crate::diagnostic::{Diagnostic, Severity};
use clap::ValueEnum;
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    #[default]
    Text,
    Json,
    Github,
}

/// Sorted so the output is stable: by file, position, then message.
pub fn sort(problems: &mut [Diagnostic]) {
    problems
        .sort_by(|a, b| (&a.file, a.position, &a.message).cmp(&(&b.file, b.position, &b.message)));
}

pub fn print(problems: &[Diagnostic], format: Format, out: &mut impl Write) -> std::io::Result<()> {
    match format {
        Format::Text => {
            for p in problems {
                writeln!(out, "{p}")?;
            }
        }
        Format::Json => {
            let json = serde_json::to_string_pretty(problems).unwrap_or_else(|_| "[]".into());
            writeln!(out, "{json}")?;
        }
        Format::Github => {
            for p in problems {
                writeln!(out, "{}", p.github_annotation())?;
            }
        }
    }
    Ok(())
}

pub fn errors(problems: &[Diagnostic]) -> usize {
    problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count()
}

pub fn warnings(problems: &[Diagnostic]) -> usize {
    problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .count()
}
