//! Reading a schema back from a JSON tree without serde's derived visitors.
//!
//! The browser gets the schema as JSON inlined by the generator ([`crate::islands`]).
//! serde's derived `Deserialize` for the ~60 fields of a variable costs the wasm bundle
//! about 30 KB gzipped; this reader walks a `serde_json::Value` instead and shares one
//! small function per field *type*. It accepts what the derived impls accept (unknown
//! keys refused, the same defaults, the same untagged variants, in the same order); the
//! tests check both readers agree. YAML and the CLI keep using serde.

mod plain;
mod shapes;
#[cfg(test)]
mod tests;

use serde_json::{Map, Value};
use std::cell::RefCell;

/// A value read from JSON the way its serde `Deserialize` reads it.
pub trait FromJson: Sized {
    fn from_json(value: &Value) -> Result<Self, String>;
}

/// The error for a value of the wrong kind (named, not printed: printing a JSON value
/// would pull serde_json's serializer into the bundle).
pub(crate) fn expected<T>(what: &str, value: &Value) -> Result<T, String> {
    let found = match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a sequence",
        Value::Object(_) => "a map",
    };
    Err(format!("invalid type: {found}, expected {what}"))
}

/// A JSON object whose keys are all known; fields are taken by name. Fields with a
/// default are written into place and the first error is kept for [`Object::finish`]:
/// one call per field keeps the code per field tiny (no inlined reads, no drop paths).
pub struct Object<'a> {
    map: &'a Map<String, Value>,
    error: RefCell<Option<String>>,
}

impl<'a> Object<'a> {
    pub fn new(value: &'a Value, known: &[&str]) -> Result<Self, String> {
        let Value::Object(map) = value else {
            return expected("an object", value);
        };
        match map.keys().find(|k| !known.contains(&k.as_str())) {
            Some(key) => Err(format!("unknown field `{key}`, expected one of {known:?}")),
            None => Ok(Object {
                map,
                error: RefCell::new(None),
            }),
        }
    }

    /// A field with a default (`#[serde(default)]`, every `Option`): `slot` keeps its
    /// value when the key is absent.
    #[inline(never)]
    pub fn set<T: FromJson>(&self, slot: &mut T, key: &str) {
        let Some(value) = self.map.get(key) else {
            return;
        };
        match T::from_json(value) {
            Ok(read) => *slot = read,
            Err(e) => {
                let mut error = self.error.borrow_mut();
                error.get_or_insert_with(|| format!("{key}: {e}"));
            }
        }
    }

    /// A field that must be present.
    #[inline(never)]
    pub fn required<T: FromJson>(&self, key: &str) -> Result<T, String> {
        match self.map.get(key) {
            Some(value) => T::from_json(value).map_err(|e| format!("{key}: {e}")),
            None => Err(format!("missing field `{key}`")),
        }
    }

    /// `value`, unless a field given to [`Object::set`] could not be read.
    pub fn finish<T>(self, value: T) -> Result<T, String> {
        match self.error.into_inner() {
            Some(error) => Err(error),
            None => Ok(value),
        }
    }
}
