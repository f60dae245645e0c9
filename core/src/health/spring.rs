//! Spring Boot Actuator components (HEALTH-RULES.md §1.1): ≥ 2.2 `components` (nested
//! composites), 2.0–2.1 `details` (the same shape as NestJS Terminus) and 1.x siblings.

use super::components::{component, members, object_field};
use super::verdict::Component;
use serde_json::{Map, Value};

/// Spring Boot ≥ 2.2: `components`, nested composites joined with `/`; leaves only.
pub fn spring(top: &Map<String, Value>) -> Vec<Component> {
    object_field(top, "components").map_or_else(Vec::new, |c| spring_level(c, ""))
}

fn spring_level(map: &Map<String, Value>, prefix: &str) -> Vec<Component> {
    let mut out = Vec::new();
    for (name, value) in map {
        let full = format!("{prefix}{name}");
        match value.get("components").and_then(Value::as_object) {
            Some(children) => out.extend(spring_level(children, &format!("{full}/"))),
            None => out.extend(component(full, value)),
        }
    }
    out
}

/// Spring Boot 2.0–2.1 and NestJS Terminus: `details: name → {status, …}`.
pub fn details(top: &Map<String, Value>) -> Vec<Component> {
    let Some(map) = object_field(top, "details") else {
        return Vec::new();
    };
    let with_status = map.values().all(|v| v.get("status").is_some());
    if with_status {
        members(map, "")
    } else {
        Vec::new()
    }
}

/// Spring Boot 1.x: sibling objects of `status` that carry their own `status`.
pub fn spring_1x(top: &Map<String, Value>) -> Vec<Component> {
    let objects = top.iter().filter(|(k, v)| *k != "status" && v.is_object());
    let each = |(name, v): (&String, &Value)| {
        v.get("status")?;
        component(name.clone(), v)
    };
    objects.filter_map(each).collect()
}
