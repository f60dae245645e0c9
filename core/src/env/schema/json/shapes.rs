//! The untagged shapes (tried in serde's variant order) and the schema's structs.

use super::{FromJson, Object};
use crate::env::schema::{Deprecated, EnvSchema, EnvSet, Group, MustEqual, Scalar};
use crate::Localized;
use serde_json::Value;
use std::collections::BTreeMap;

fn no_variant<T>(name: &str) -> Result<T, String> {
    Err(format!(
        "data did not match any variant of untagged enum {name}"
    ))
}

impl FromJson for Scalar {
    fn from_json(value: &Value) -> Result<Self, String> {
        match value {
            Value::Bool(b) => Ok(Scalar::Bool(*b)),
            Value::Number(n) => match (n.as_i64(), n.as_f64()) {
                (Some(i), _) => Ok(Scalar::Int(i)),
                (None, Some(x)) => Ok(Scalar::Float(x)),
                (None, None) => no_variant("Scalar"),
            },
            Value::String(s) => Ok(Scalar::Text(s.clone())),
            _ => no_variant("Scalar"),
        }
    }
}

impl FromJson for EnvSet {
    fn from_json(value: &Value) -> Result<Self, String> {
        match value {
            Value::Bool(b) => Ok(EnvSet::All(*b)),
            _ => Vec::from_json(value)
                .map(EnvSet::Only)
                .or_else(|_| no_variant("EnvSet")),
        }
    }
}

impl FromJson for MustEqual {
    fn from_json(value: &Value) -> Result<Self, String> {
        BTreeMap::from_json(value)
            .map(MustEqual::PerEnv)
            .or_else(|_| Scalar::from_json(value).map(MustEqual::Always))
            .or_else(|_| no_variant("MustEqual"))
    }
}

impl FromJson for Deprecated {
    fn from_json(value: &Value) -> Result<Self, String> {
        match value {
            Value::Bool(b) => Ok(Deprecated::Flag(*b)),
            _ => Localized::from_json(value)
                .map(Deprecated::Note)
                .or_else(|_| no_variant("Deprecated")),
        }
    }
}

impl FromJson for Localized {
    fn from_json(value: &Value) -> Result<Self, String> {
        let o = Object::new(value, &["es", "en"])?;
        Ok(Localized {
            es: o.required("es")?,
            en: o.required("en")?,
        })
    }
}

impl FromJson for Group {
    fn from_json(value: &Value) -> Result<Self, String> {
        let o = Object::new(value, &["id", "title", "description", "vars"])?;
        let mut group = Group {
            id: o.required("id")?,
            title: o.required("title")?,
            description: None,
            vars: Vec::new(),
        };
        o.set(&mut group.description, "description");
        o.set(&mut group.vars, "vars");
        o.finish(group)
    }
}

impl FromJson for EnvSchema {
    fn from_json(value: &Value) -> Result<Self, String> {
        let o = Object::new(value, &["consumer", "profiles", "placeholders", "groups"])?;
        let mut schema = EnvSchema::default();
        o.set(&mut schema.consumer, "consumer");
        o.set(&mut schema.profiles, "profiles");
        o.set(&mut schema.placeholders, "placeholders");
        o.set(&mut schema.groups, "groups");
        o.finish(schema)
    }
}
