//! The canonical reading of a `.env` text (ENV-RULES.md §8.1): every key and value with
//! its position, and the syntax findings. Never panics; a bad line is a finding.

mod braced;
mod driver;
mod head;
mod interp;
mod quoted;
mod record;
mod refs;
mod unquoted;

pub use driver::{parse, parse_bytes};
pub use head::{classify, KeyClass};

use super::finding::{Finding, Pos};
use serde::Serialize;
use std::collections::BTreeMap;

/// How a value was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Quote {
    None,
    Single,
    Double,
}

/// A value: the resolved text (escapes and interpolation applied) and where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Value {
    pub text: String,
    pub quote: Quote,
    /// Where the value starts (its opening quote, if quoted).
    pub at: Pos,
    /// Column just past the value on its first line.
    pub end_col: u32,
    pub multiline: bool,
    /// Line of the closing quote (the start line for a one-line value).
    pub end_line: u32,
    /// It used `$` interpolation (unquoted or double-quoted).
    pub interpolated: bool,
}

/// One statement of the file: a key and its value, or a key declared without one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub key: String,
    pub at: Pos,
    pub value: Option<Value>,
}

/// The whole reading: entries in file order (duplicates kept) and the syntax findings.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    pub entries: Vec<Entry>,
    pub findings: Vec<Finding>,
    /// Physical lines read (the last line number).
    pub line_count: u32,
    /// The physical lines, kept to render an offending line masked.
    pub lines: Vec<String>,
}

impl Parsed {
    /// The entry whose key or value covers physical line `line`.
    pub fn entry_at(&self, line: u32) -> Option<&Entry> {
        let i = self.entries.partition_point(|e| e.at.line <= line);
        let entry = self.entries[..i].last()?;
        let end = entry.value.as_ref().map_or(entry.at.line, |v| v.end_line);
        (line <= end).then_some(entry)
    }

    /// The final entry of each key (last wins).
    pub fn last_entries(&self) -> BTreeMap<&str, &Entry> {
        // Inserting in order (later entries replace earlier ones) rather than collecting,
        // which would add a stable sort to the wasm bundle.
        let mut last = BTreeMap::new();
        for entry in &self.entries {
            last.insert(entry.key.as_str(), entry);
        }
        last
    }

    /// Resolved values of the keys whose final entry has one.
    pub fn values(&self) -> BTreeMap<&str, &str> {
        let mut values = BTreeMap::new();
        for (key, entry) in self.last_entries() {
            if let Some(value) = &entry.value {
                values.insert(key, value.text.as_str());
            }
        }
        values
    }

    /// Keys whose final entry is declared without a value.
    pub fn unset(&self) -> Vec<&str> {
        self.last_entries()
            .into_iter()
            .filter(|(_, e)| e.value.is_none())
            .map(|(k, _)| k)
            .collect()
    }
}
