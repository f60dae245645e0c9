//! Finding a schema variable by a file's key: exact, case-insensitive, or the closest
//! name (edit distance ≤ 2 after folding case and `_`). Exact and folded names are
//! hashed; a close-name search compares the folded key only with schema names of
//! nearly the same length (a schema has tens of names), and is memoised per key, so a
//! file costs time linear in its size.

use super::super::schema::{EnvSchema, VarSpec};
use std::collections::HashMap;

/// Names longer than this are not given suggestions.
const MAX_SUGGEST_LEN: usize = 64;

pub struct Names<'s> {
    exact: HashMap<&'s str, &'s VarSpec>,
    folded: HashMap<String, &'s VarSpec>,
    /// Each variable with its folded name.
    specs: Vec<(String, &'s VarSpec)>,
    memo: HashMap<String, Option<usize>>,
}

/// Lower case without `_`, so `SMTP__PORT`, `Smtp_Port` and `smtpport` meet.
pub fn fold(name: &str) -> String {
    name.chars()
        .filter(|&c| c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

impl<'s> Names<'s> {
    pub fn new(schema: &'s EnvSchema) -> Self {
        let mut exact = HashMap::new();
        let mut folded = HashMap::new();
        let mut specs = Vec::new();
        for spec in schema.vars() {
            for name in std::iter::once(&spec.name).chain(&spec.aliases) {
                exact.entry(name.as_str()).or_insert(spec);
                folded.entry(fold(name)).or_insert(spec);
            }
            specs.push((fold(&spec.name), spec));
        }
        let memo = HashMap::new();
        Names {
            exact,
            folded,
            specs,
            memo,
        }
    }

    pub fn exact(&self, key: &str) -> Option<&'s VarSpec> {
        self.exact.get(key).copied()
    }

    /// Equal after folding case and underscores.
    pub fn folded(&self, key: &str) -> Option<&'s VarSpec> {
        self.folded.get(&fold(key)).copied()
    }

    /// The closest name within distance 2 of the folded key, if any.
    pub fn closest(&mut self, key: &str) -> Option<&'s VarSpec> {
        let key = fold(key);
        if let Some(hit) = self.memo.get(&key) {
            return hit.map(|i| self.specs[i].1);
        }
        let best = (key.len() <= MAX_SUGGEST_LEN)
            .then(|| self.search(&key))
            .flatten();
        self.memo.insert(key, best);
        best.map(|i| self.specs[i].1)
    }

    fn search(&self, key: &str) -> Option<usize> {
        self.specs
            .iter()
            .enumerate()
            .filter(|(_, (name, _))| name.len().abs_diff(key.len()) <= 2)
            .map(|(i, (name, _))| (strsim::osa_distance(key, name), i))
            .filter(|&(d, _)| d <= 2)
            .min()
            .map(|(_, i)| i)
    }
}
