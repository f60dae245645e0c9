//! Recording an entry: duplicates (last wins) and case-only duplicates (ENV-RULES.md §8.1
//! step 8).

use super::super::code::Code;
use super::super::finding::{Finding, Pos, Severity};
use super::{Entry, Value};
use crate::Localized;
use std::collections::HashMap;

/// What the parser remembers about keys seen so far.
#[derive(Default)]
pub struct Seen {
    /// Key → resolved value, for interpolation of later lines.
    pub defined: HashMap<String, String>,
    line_of: HashMap<String, u32>,
    by_lower: HashMap<String, String>,
}

impl Seen {
    pub fn record(&mut self, entry: Entry, findings: &mut Vec<Finding>, entries: &mut Vec<Entry>) {
        let key = entry.key.clone();
        let lower = key.to_ascii_lowercase();
        if let Some(first) = self.line_of.insert(key.clone(), entry.at.line) {
            findings.push(duplicate(&key, entry.at, first));
        } else if let Some(other) = self.by_lower.get(&lower).filter(|o| **o != key) {
            findings.push(case_duplicate(&key, other, entry.at));
        }
        self.by_lower.entry(lower).or_insert_with(|| key.clone());
        match &entry.value {
            Some(Value { text, .. }) => self.defined.insert(key, text.clone()),
            None => self.defined.remove(&key),
        };
        entries.push(entry);
    }
}

fn duplicate(key: &str, at: Pos, first: u32) -> Finding {
    Finding::new(Code::KeyDuplicate, Severity::Warning, at, Localized::new(
        format!("`{key}` ya estaba en la línea {first}; esta línea la reemplaza (gana la última en dotenv y Compose)."),
        format!("`{key}` was already on line {first}; this line overrides it (last wins in dotenv and Compose)."),
    )).key(key).fix(Localized::new(
        format!("Deja una sola línea `{key}=…`."),
        format!("Keep a single `{key}=…` line."),
    ))
}

fn case_duplicate(key: &str, other: &str, at: Pos) -> Finding {
    Finding::new(Code::KeyCaseDuplicate, Severity::Warning, at, Localized::new(
        format!("`{key}` y `{other}` solo difieren en mayúsculas: dos variables en Linux, un solo ajuste para ASP.NET (depende del orden)."),
        format!("`{key}` and `{other}` differ only in case: two variables on Linux, one setting for ASP.NET (order-dependent)."),
    )).key(key).fix(Localized::new("Usa una sola forma del nombre.", "Use one spelling of the name."))
}
