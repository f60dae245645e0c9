//! Booleans, numbers, strings, containers and the closed vocabularies.

use super::{expected, FromJson};
use crate::env::schema::{
    ConnFormat, ConnKind, Consumer, Encoding, Phase, Profile, Purpose, VarType,
};
use serde::de::{value::StrDeserializer, Deserialize, IntoDeserializer};
use serde_json::Value;
use std::collections::BTreeMap;

impl FromJson for bool {
    fn from_json(value: &Value) -> Result<Self, String> {
        value
            .as_bool()
            .map_or_else(|| expected("a boolean", value), Ok)
    }
}

impl FromJson for u32 {
    fn from_json(value: &Value) -> Result<Self, String> {
        let n = value.as_u64().and_then(|n| u32::try_from(n).ok());
        n.map_or_else(|| expected("u32", value), Ok)
    }
}

impl FromJson for u8 {
    fn from_json(value: &Value) -> Result<Self, String> {
        let n = u32::from_json(value)?;
        u8::try_from(n).map_err(|_| format!("{n} is out of range for u8"))
    }
}

impl FromJson for String {
    fn from_json(value: &Value) -> Result<Self, String> {
        value
            .as_str()
            .map_or_else(|| expected("a string", value), |s| Ok(s.to_string()))
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Value) -> Result<Self, String> {
        match value {
            Value::Null => Ok(None),
            _ => T::from_json(value).map(Some),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Value) -> Result<Self, String> {
        let Value::Array(items) = value else {
            return expected("a sequence", value);
        };
        items.iter().map(T::from_json).collect()
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(value: &Value) -> Result<Self, String> {
        let Value::Object(map) = value else {
            return expected("a map", value);
        };
        // Inserting (as serde does) instead of collecting keeps a sort out of the bundle.
        let mut read = BTreeMap::new();
        for (key, value) in map {
            read.insert(key.clone(), T::from_json(value)?);
        }
        Ok(read)
    }
}

/// The closed vocabularies keep serde's derived reading (it is small for unit variants).
macro_rules! by_serde {
    ($($ty:ty),*) => {$(
        impl FromJson for $ty {
            fn from_json(value: &Value) -> Result<Self, String> {
                let Value::String(name) = value else {
                    return expected("a string", value);
                };
                let words: StrDeserializer<serde::de::value::Error> = name.as_str().into_deserializer();
                <$ty>::deserialize(words).map_err(|e| e.to_string())
            }
        }
    )*};
}

by_serde!(VarType, Consumer, Profile, Encoding, Purpose, ConnKind, ConnFormat, Phase);
