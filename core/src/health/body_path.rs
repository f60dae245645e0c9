//! The `path` of a body condition: dot-separated keys with `[n]` for array items
//! (`entries.postgresql.status`, `checks[0].status`); no wildcards. Empty means the
//! whole body.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct BodyPath {
    source: String,
    steps: Vec<Step>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("ruta de cuerpo no válida '{0}': use claves separadas por puntos y [n] para elementos, p. ej. entries.db.status o checks[0].status | invalid body path '{0}': use dot-separated keys and [n] for items, e.g. entries.db.status or checks[0].status")]
pub struct BodyPathError(pub String);

impl BodyPath {
    /// The whole body.
    pub fn root() -> Self {
        BodyPath {
            source: String::new(),
            steps: Vec::new(),
        }
    }

    pub fn is_root(&self) -> bool {
        self.steps.is_empty()
    }

    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The value at this path, if every step exists.
    pub fn resolve<'v>(&self, value: &'v Value) -> Option<&'v Value> {
        self.steps.iter().try_fold(value, |v, step| match step {
            Step::Key(k) => v.get(k.as_str()),
            Step::Index(i) => v.get(*i),
        })
    }
}

impl Default for BodyPath {
    fn default() -> Self {
        BodyPath::root()
    }
}

impl fmt::Display for BodyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

impl From<BodyPath> for String {
    fn from(path: BodyPath) -> String {
        path.source
    }
}

impl TryFrom<String> for BodyPath {
    type Error = BodyPathError;
    fn try_from(source: String) -> Result<Self, Self::Error> {
        let trimmed = source.trim();
        if trimmed.is_empty() || trimmed == "." || trimmed == "$" {
            return Ok(BodyPath::root());
        }
        let mut steps = Vec::new();
        for part in trimmed.split('.') {
            parse_part(part, &mut steps).ok_or_else(|| BodyPathError(source.clone()))?;
        }
        Ok(BodyPath { source, steps })
    }
}

/// `key`, `key[0]`, `key[0][1]` or `[0]`.
fn parse_part(part: &str, steps: &mut Vec<Step>) -> Option<()> {
    let (key, mut rest) = part.split_at(part.find('[').unwrap_or(part.len()));
    if key.is_empty() && rest.is_empty() {
        return None;
    }
    if !key.is_empty() {
        steps.push(Step::Key(key.to_string()));
    }
    while !rest.is_empty() {
        let inner = rest.strip_prefix('[')?;
        let end = inner.find(']')?;
        steps.push(Step::Index(inner[..end].parse().ok()?));
        rest = &inner[end + 1..];
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn path(s: &str) -> Result<BodyPath, BodyPathError> {
        BodyPath::try_from(s.to_string())
    }

    #[test]
    fn resolves_keys_and_indexes() {
        let body = json!({"entries": {"db": {"status": "Healthy"}}, "checks": [{"s": 1}, [5, 6]]});
        let at = |p: &str| path(p).unwrap().resolve(&body).cloned();
        assert_eq!(at("entries.db.status"), Some(json!("Healthy")));
        assert_eq!(at("checks[0].s"), Some(json!(1)));
        assert_eq!(at("checks[1][1]"), Some(json!(6)));
        assert_eq!(at("checks[9]"), None);
        assert_eq!(at("entries.nope"), None);
        assert_eq!(at(""), Some(body.clone()));
    }

    #[test]
    fn refuses_malformed_paths() {
        for bad in ["a..b", "a[", "a[x]", "a[1", "a.", "a[1]b"] {
            assert!(path(bad).is_err(), "{bad} should be refused");
        }
    }
}
