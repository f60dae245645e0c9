//! Step 6 of HEALTH-RULES.md §1.2: the declared `expect.body` conditions.

use super::body::Body;
use super::condition::{BodyCondition, Comparison, ConditionFailure, Scalar};
use super::reason::Judgement;
use super::verdict::Status;
use serde_json::Value;

/// One judgement per failed condition (its `else` status and which condition it was).
pub fn failures(conditions: &[BodyCondition], body: &Body) -> Vec<Judgement> {
    conditions
        .iter()
        .filter(|c| !holds(c, body))
        .map(failed)
        .collect()
}

fn failed(c: &BodyCondition) -> Judgement {
    let status = match c.otherwise {
        ConditionFailure::Down => Status::Down,
        ConditionFailure::Degraded => Status::Degraded,
    };
    let path = if c.path.is_root() {
        "."
    } else {
        c.path.as_str()
    };
    Judgement::new(
        status,
        format!(
            "No se cumple la condición sobre '{path}' ({}).",
            describe(&c.test)
        ),
        format!(
            "The condition on '{path}' does not hold ({}).",
            describe(&c.test)
        ),
    )
}

fn describe(test: &Comparison) -> String {
    match test {
        Comparison::Equals(v) => format!("equals {}", scalar(v)),
        Comparison::In(vs) => format!("in [{}]", list(vs)),
        Comparison::NotIn(vs) => format!("not_in [{}]", list(vs)),
        Comparison::Matches(p) => format!("matches /{}/", p.as_str()),
        Comparison::Exists(b) => format!("exists: {b}"),
        Comparison::Contains(t) => format!("contains \"{t}\""),
        Comparison::Lt(n) => format!("lt {n}"),
        Comparison::Gt(n) => format!("gt {n}"),
    }
}

fn scalar(v: &Scalar) -> String {
    match v {
        Scalar::Bool(b) => b.to_string(),
        Scalar::Number(n) => n.to_string(),
        Scalar::Text(t) => t.clone(),
    }
}

fn list(vs: &[Scalar]) -> String {
    vs.iter().map(scalar).collect::<Vec<_>>().join(", ")
}

/// The value a path points at: inside JSON, or the whole text for a text body.
fn target(c: &BodyCondition, body: &Body) -> Option<Value> {
    match body {
        Body::Json { value, .. } => c.path.resolve(value).cloned(),
        Body::Text(text) if c.path.is_root() => Some(Value::String(text.clone())),
        _ => None,
    }
}

fn holds(c: &BodyCondition, body: &Body) -> bool {
    let value = target(c, body);
    match (&c.test, value) {
        (Comparison::Exists(want), v) => v.is_some() == *want,
        (_, None) => false,
        (Comparison::Equals(s), Some(v)) => same(s, &v),
        (Comparison::In(ss), Some(v)) => ss.iter().any(|s| same(s, &v)),
        (Comparison::NotIn(ss), Some(v)) => !ss.iter().any(|s| same(s, &v)),
        (Comparison::Matches(p), Some(v)) => p.is_match(&text_of(&v)),
        (Comparison::Contains(t), Some(v)) => text_of(&v).contains(t.as_str()),
        (Comparison::Lt(n), Some(v)) => v.as_f64().is_some_and(|x| x < *n),
        (Comparison::Gt(n), Some(v)) => v.as_f64().is_some_and(|x| x > *n),
    }
}

fn same(s: &Scalar, v: &Value) -> bool {
    match (s, v) {
        (Scalar::Bool(a), Value::Bool(b)) => a == b,
        (Scalar::Number(a), Value::Number(b)) => b.as_f64() == Some(*a),
        (Scalar::Text(a), Value::String(b)) => a == b,
        _ => false,
    }
}

/// Strings as they are, anything else as compact JSON (`42`, `true`, `{"a":1}`).
fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
