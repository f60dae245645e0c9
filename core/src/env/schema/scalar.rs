//! Small value shapes of `env.yaml`: scalars written in YAML, environment sets and the
//! per-environment fixed values.

use crate::Localized;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// A default, example or fixed value as YAML writes it (`587`, `true`, `"Production"`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Scalar {
    Bool(bool),
    Int(i64),
    Float(f64),
    Text(String),
}

impl fmt::Display for Scalar {
    /// The text a `.env` file holds for this value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scalar::Bool(b) => write!(f, "{b}"),
            Scalar::Int(i) => write!(f, "{i}"),
            Scalar::Float(x) => write!(f, "{x}"),
            Scalar::Text(s) => f.write_str(s),
        }
    }
}

/// `true`, `false` or a list of environment names (ENV-RULES.md §7.1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum EnvSet {
    All(bool),
    Only(Vec<String>),
}

impl Default for EnvSet {
    fn default() -> Self {
        EnvSet::All(false)
    }
}

impl EnvSet {
    pub fn contains(&self, environment: &str) -> bool {
        match self {
            EnvSet::All(all) => *all,
            EnvSet::Only(list) => list.iter().any(|e| e == environment),
        }
    }

    /// Environment names written in the list (empty for `true`/`false`).
    pub fn names(&self) -> &[String] {
        match self {
            EnvSet::All(_) => &[],
            EnvSet::Only(list) => list,
        }
    }
}

/// A value the variable must have: the same everywhere or per environment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum MustEqual {
    PerEnv(BTreeMap<String, Scalar>),
    Always(Scalar),
}

impl MustEqual {
    pub fn for_env(&self, environment: &str) -> Option<&Scalar> {
        match self {
            MustEqual::Always(value) => Some(value),
            MustEqual::PerEnv(map) => map.get(environment),
        }
    }
}

/// `deprecated: true` or the note saying what to use instead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Deprecated {
    Flag(bool),
    Note(Localized),
}

impl Deprecated {
    pub fn is_deprecated(&self) -> bool {
        !matches!(self, Deprecated::Flag(false))
    }

    pub fn note(&self) -> Option<&Localized> {
        match self {
            Deprecated::Note(note) => Some(note),
            Deprecated::Flag(_) => None,
        }
    }
}
