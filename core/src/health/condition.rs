//! One condition on the body (HEALTH-RULES.md §5): a path and exactly one comparison.
//! Checked when the YAML is read: a condition with no comparison, two comparisons or a
//! regex that does not compile is refused there, with its position.

use super::body_path::BodyPath;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawCondition", into = "RawCondition")]
pub struct BodyCondition {
    pub path: BodyPath,
    pub test: Comparison,
    /// What a failed condition means: `down` (default) or `degraded`.
    pub otherwise: ConditionFailure,
}

/// The one comparison of a condition.
#[derive(Clone, Debug, PartialEq)]
pub enum Comparison {
    Equals(Scalar),
    In(Vec<Scalar>),
    NotIn(Vec<Scalar>),
    Matches(Pattern),
    Exists(bool),
    Contains(String),
    Lt(f64),
    Gt(f64),
}

/// A scalar a condition compares with, as written in YAML.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Scalar {
    Bool(bool),
    Number(f64),
    Text(String),
}

/// A compiled `matches` regex (regex-lite: small in the wasm bundle); it searches, so
/// anchor it with `^…$` to match the whole value.
#[derive(Clone, Debug)]
pub struct Pattern(regex_lite::Regex);

impl Pattern {
    pub fn new(source: &str) -> Result<Self, regex_lite::Error> {
        regex_lite::Regex::new(source).map(Pattern)
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.0.is_match(text)
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConditionFailure {
    #[default]
    Down,
    Degraded,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConditionError {
    #[error("la condición sobre '{0}' necesita exactamente una comparación (equals, in, not_in, matches, exists, contains, lt o gt) | the condition on '{0}' needs exactly one comparison (equals, in, not_in, matches, exists, contains, lt or gt)")]
    Comparisons(String),
    #[error("la expresión regular '{0}' no compila: {1} | the regular expression '{0}' does not compile: {1}")]
    Regex(String, String),
}

#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    #[serde(default = "BodyPath::root", skip_serializing_if = "BodyPath::is_root")]
    path: BodyPath,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    equals: Option<Scalar>,
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "in")]
    one_of: Option<Vec<Scalar>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    not_in: Option<Vec<Scalar>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    matches: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exists: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    contains: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lt: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    gt: Option<f64>,
    #[serde(default, rename = "else")]
    otherwise: ConditionFailure,
}

impl TryFrom<RawCondition> for BodyCondition {
    type Error = ConditionError;
    fn try_from(raw: RawCondition) -> Result<Self, Self::Error> {
        let path = raw.path.to_string();
        let mut tests: Vec<Result<Comparison, ConditionError>> = [
            raw.equals.map(|v| Ok(Comparison::Equals(v))),
            raw.one_of.map(|v| Ok(Comparison::In(v))),
            raw.not_in.map(|v| Ok(Comparison::NotIn(v))),
            raw.matches.map(|r| compile(&r)),
            raw.exists.map(|v| Ok(Comparison::Exists(v))),
            raw.contains.map(|v| Ok(Comparison::Contains(v))),
            raw.lt.map(|v| Ok(Comparison::Lt(v))),
            raw.gt.map(|v| Ok(Comparison::Gt(v))),
        ]
        .into_iter()
        .flatten()
        .collect();
        match (tests.pop(), tests.is_empty()) {
            (Some(test), true) => Ok(BodyCondition {
                path: raw.path,
                test: test?,
                otherwise: raw.otherwise,
            }),
            _ => Err(ConditionError::Comparisons(path)),
        }
    }
}

fn compile(source: &str) -> Result<Comparison, ConditionError> {
    Pattern::new(source)
        .map(Comparison::Matches)
        .map_err(|e| ConditionError::Regex(source.to_string(), e.to_string()))
}

impl From<BodyCondition> for RawCondition {
    fn from(c: BodyCondition) -> Self {
        let mut raw = RawCondition {
            path: c.path,
            otherwise: c.otherwise,
            ..RawCondition::default()
        };
        match c.test {
            Comparison::Equals(v) => raw.equals = Some(v),
            Comparison::In(v) => raw.one_of = Some(v),
            Comparison::NotIn(v) => raw.not_in = Some(v),
            Comparison::Matches(p) => raw.matches = Some(p.as_str().to_string()),
            Comparison::Exists(v) => raw.exists = Some(v),
            Comparison::Contains(v) => raw.contains = Some(v),
            Comparison::Lt(v) => raw.lt = Some(v),
            Comparison::Gt(v) => raw.gt = Some(v),
        }
        raw
    }
}
