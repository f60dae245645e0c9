//! Step 4 of HEALTH-RULES.md §1.2: the components a body reports, format by format;
//! the first extractor that finds any wins.

use super::spec::Format;
use super::spring::{details, spring, spring_1x};
use super::verdict::Component;
use super::words::Word;
use serde_json::{Map, Value};

type Extractor = fn(&Map<String, Value>) -> Vec<Component>;

/// The extractors a declared format allows, in the order §1.2 step 4 tries them.
fn extractors(format: Format) -> &'static [Extractor] {
    match format {
        Format::Auto => &[
            ietf,
            microprofile,
            aspnet_ui,
            spring,
            details,
            spring_1x,
            generic,
        ],
        Format::HealthJson => &[ietf],
        Format::Microprofile => &[microprofile],
        Format::AspnetUi => &[aspnet_ui],
        Format::Spring => &[spring, details, spring_1x],
        Format::Terminus => &[details],
        Format::Aspnet | Format::Text | Format::K8s | Format::StatusOnly => &[],
    }
}

/// Components of a JSON body.
pub fn from_json(value: &Value, format: Format) -> Vec<Component> {
    let Some(top) = value.as_object() else {
        return Vec::new();
    };
    let found = extractors(format).iter().map(|extract| extract(top));
    found
        .into_iter()
        .find(|c| !c.is_empty())
        .unwrap_or_default()
}

/// `status` of an object (string or boolean), or the value itself if it is a word.
pub(super) fn status_of(value: &Value) -> Option<Word> {
    match value {
        Value::String(s) => Some(Word::read(s)),
        Value::Bool(b) => Some(Word::from_bool(*b)),
        Value::Object(o) => o.get("status").and_then(|s| match s {
            Value::Object(_) => None,
            other => status_of(other),
        }),
        _ => None,
    }
}

/// The first message-like field of a component, as sent; Spring nests it in `details`.
pub(super) fn detail_of(value: &Value) -> Option<String> {
    let own = |v: &Value| {
        ["output", "exception", "description", "message", "error"]
            .iter()
            .find_map(|k| v.get(*k)?.as_str().map(str::to_string))
    };
    own(value).or_else(|| own(value.get("details")?))
}

pub(super) fn component(name: String, value: &Value) -> Option<Component> {
    Some(Component {
        name,
        status: status_of(value)?.status(),
        detail: detail_of(value),
    })
}

pub(super) fn object_field<'v>(
    top: &'v Map<String, Value>,
    key: &str,
) -> Option<&'v Map<String, Value>> {
    top.get(key)?.as_object()
}

/// IETF draft: `checks` is an object of arrays; a component is the worst of its nodes.
fn ietf(top: &Map<String, Value>) -> Vec<Component> {
    let Some(checks) = object_field(top, "checks") else {
        return Vec::new();
    };
    if !checks.values().all(Value::is_array) {
        return Vec::new();
    }
    let node = |(name, nodes): (&String, &Value)| {
        let nodes = nodes.as_array()?.iter();
        let found = nodes.filter_map(|n| component(name.clone(), n));
        found.reduce(|a, b| {
            if b.status.worst(a.status) == a.status {
                a
            } else {
                b
            }
        })
    };
    checks.iter().filter_map(node).collect()
}

/// MicroProfile: `checks` is an array of `{name, status}`.
fn microprofile(top: &Map<String, Value>) -> Vec<Component> {
    let Some(checks) = top.get("checks").and_then(Value::as_array) else {
        return Vec::new();
    };
    let named = |c: &Value| component(c.get("name")?.as_str()?.to_string(), c);
    checks.iter().filter_map(named).collect()
}

/// Every `name → {status, …}` member of `map`.
pub(super) fn members(map: &Map<String, Value>, prefix: &str) -> Vec<Component> {
    let each = |(name, v): (&String, &Value)| component(format!("{prefix}{name}"), v);
    map.iter().filter_map(each).collect()
}

/// HealthChecks.UI: `entries: name → {status, description?, exception?}`.
fn aspnet_ui(top: &Map<String, Value>) -> Vec<Component> {
    object_field(top, "entries").map_or_else(Vec::new, |e| members(e, ""))
}

/// `services` / `dependencies` / `checks` / `components` whose values are words or
/// objects with `status`, one level of nesting (seed 001: `services.queues.dian`).
fn generic(top: &Map<String, Value>) -> Vec<Component> {
    let fields = ["services", "dependencies", "checks", "components"];
    let found = fields.iter().filter_map(|f| object_field(top, f));
    found
        .map(|map| generic_level(map, "", true))
        .find(|c| !c.is_empty())
        .unwrap_or_default()
}

fn generic_level(map: &Map<String, Value>, prefix: &str, nest: bool) -> Vec<Component> {
    let mut out = Vec::new();
    for (name, value) in map {
        let full = format!("{prefix}{name}");
        match (status_of(value), value.as_object()) {
            // A string that is no status word (`version: "1.2"`) is not a component.
            (Some(Word::Unrecognised(_)), None) => {}
            (Some(_), _) => out.extend(component(full, value)),
            (None, Some(inner)) if nest => {
                out.extend(generic_level(inner, &format!("{full}/"), false))
            }
            _ => {}
        }
    }
    out
}
