//! Finding a schema variable by a file's key: exact, case-insensitive, or the closest
//! name (Damerau-Levenshtein ≤ 2 after folding case and `_`). Close names are found
//! through a hash of deletion variants, so a big file costs no pairwise comparisons.

use super::super::schema::{EnvSchema, VarSpec};
use std::collections::{HashMap, HashSet};

/// Names longer than this are not given suggestions (bounds the variant count).
const MAX_SUGGEST_LEN: usize = 64;

pub struct Names<'s> {
    exact: HashMap<&'s str, &'s VarSpec>,
    folded: HashMap<String, &'s VarSpec>,
    specs: Vec<&'s VarSpec>,
    variants: Option<HashMap<String, Vec<usize>>>,
}

/// Lower case without `_`, so `SMTP__PORT`, `Smtp_Port` and `smtpport` meet.
pub fn fold(name: &str) -> String {
    name.chars()
        .filter(|&c| c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

fn deletions(word: &str, out: &mut HashSet<String>) {
    let chars: Vec<char> = word.chars().collect();
    out.insert(word.to_string());
    for i in 0..chars.len() {
        let one: String = chars
            .iter()
            .enumerate()
            .filter(|&(k, _)| k != i)
            .map(|(_, c)| c)
            .collect();
        for j in i..chars.len().saturating_sub(1) {
            let two: String = one
                .chars()
                .enumerate()
                .filter(|&(k, _)| k != j)
                .map(|(_, c)| c)
                .collect();
            out.insert(two);
        }
        out.insert(one);
    }
}

impl<'s> Names<'s> {
    pub fn new(schema: &'s EnvSchema) -> Self {
        let specs: Vec<&VarSpec> = schema.vars().collect();
        let mut exact = HashMap::new();
        let mut folded = HashMap::new();
        for spec in &specs {
            for name in std::iter::once(&spec.name).chain(&spec.aliases) {
                exact.entry(name.as_str()).or_insert(*spec);
                folded.entry(fold(name)).or_insert(*spec);
            }
        }
        Names {
            exact,
            folded,
            specs,
            variants: None,
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
        if key.chars().count() > MAX_SUGGEST_LEN {
            return None;
        }
        let specs = &self.specs;
        let index = self.variants.get_or_insert_with(|| build(specs));
        let mut mine = HashSet::new();
        deletions(&key, &mut mine);
        let candidates = mine.iter().filter_map(|v| index.get(v)).flatten();
        candidates
            .map(|&i| (strsim::damerau_levenshtein(&key, &fold(&specs[i].name)), i))
            .filter(|&(d, _)| d <= 2)
            .min()
            .map(|(_, i)| specs[i])
    }
}

fn build(specs: &[&VarSpec]) -> HashMap<String, Vec<usize>> {
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, spec) in specs.iter().enumerate() {
        let name = fold(&spec.name);
        if name.chars().count() > MAX_SUGGEST_LEN {
            continue;
        }
        let mut set = HashSet::new();
        deletions(&name, &mut set);
        for v in set {
            index.entry(v).or_default().push(i);
        }
    }
    index
}
