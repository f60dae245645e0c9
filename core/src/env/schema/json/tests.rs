//! The JSON reader and serde's derived impls must agree on every input.

use super::FromJson;
use crate::env::schema::{EnvSchema, MustEqual, Rules, Scalar, VarSpec};
use serde::de::DeserializeOwned;
use std::fmt::Debug;

/// Both readers accept `json` with the same result, or both refuse it.
fn agree<T: FromJson + DeserializeOwned + PartialEq + Debug>(json: &str) -> Option<T> {
    let by_serde = serde_json::from_str::<T>(json).ok();
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    let ours = T::from_json(&value);
    assert_eq!(ours.as_ref().ok(), by_serde.as_ref(), "{json}: {ours:?}");
    by_serde
}

const EVERY_RULE: &str = r#""min_length": 1, "max_length": 64, "pattern": "^[a-z]+$",
    "allow_empty": false, "min": 1, "max": "30s", "unit": "s", "allow_zero": true,
    "consumer": "dotnet", "schemes": ["https"], "require_host": true,
    "allow_localhost": ["development"], "allow_credentials": false,
    "no_trailing_slash": true, "allowed_hosts": ["example.org"], "require_path": false,
    "allow_display_name": true, "allow_ip": false, "allow_port": true,
    "allow_single_label": false, "version": 4, "values": ["a", "b"],
    "case_sensitive": true, "bare_unit": "ms", "formats": ["iso"], "min_entropy_bits": 128,
    "encoding": "base64url", "decoded_min_bytes": 32, "forbid": ["changeme"],
    "forbid_prefixes": ["sk_test_"], "purpose": "jwt-hs256", "kind": "postgres",
    "format": "keyvalue", "require": ["host"], "ssl_mode": ["require"],
    "forbid_hosts": ["localhost"], "flags": "i", "item": "connection-string",
    "separator": ",", "min_items": 1, "unique": true, "trim": false"#;

#[test]
fn a_variable_with_every_field_reads_the_same() {
    let var = format!(
        r#"{{"name": "DB", "type": "connection-string", "required": ["production"],
        "default": 5432, "example": 1.5, "description": {{"es": "Base", "en": "Db"}},
        "sensitive": true, "deprecated": {{"es": "Usa X", "en": "Use X"}},
        "aliases": ["DATABASE"], "forbidden_in": ["ci"],
        "must_equal": {{"production": "x", "staging": true}},
        "consistent_with": {{"host": "DB_HOST"}}, "phase": "both",
        "env": {{"production": {{"required": true, {EVERY_RULE}}}}}, {EVERY_RULE}}}"#
    );
    let read: VarSpec = agree(&var).expect("a valid variable");
    assert_eq!(read.env["production"].trim, Some(false));
    assert!(agree::<Rules>(&format!("{{{EVERY_RULE}}}")).is_some());
    let schema = format!(
        r#"{{"consumer": "node", "profiles": ["compose", "docker-run"], "placeholders": ["tbd"],
        "groups": [{{"id": "db", "title": {{"es": "Datos", "en": "Data"}}, "vars": [{var}]}}]}}"#
    );
    let read: EnvSchema = agree(&schema).expect("a valid schema");
    let again = serde_json::to_string(&read).unwrap();
    assert_eq!(agree::<EnvSchema>(&again), Some(read));
}

#[test]
fn defaults_and_untagged_shapes_read_the_same() {
    assert_eq!(agree::<EnvSchema>("{}"), Some(EnvSchema::default()));
    for json in [
        r#"{"name": "A"}"#,
        r#"{"name": "A", "required": true, "deprecated": false}"#,
    ] {
        assert!(agree::<VarSpec>(json).is_some());
    }
    for scalar in ["true", "-3", "18446744073709551615", "2.5", "1e3", r#""x""#] {
        assert!(agree::<Scalar>(scalar).is_some(), "{scalar}");
    }
    assert_eq!(
        agree::<MustEqual>("7"),
        Some(MustEqual::Always(Scalar::Int(7)))
    );
    for bad in ["null", "[1]", r#"{"a": [1]}"#] {
        assert!(agree::<MustEqual>(bad).is_none(), "{bad}");
    }
}

#[test]
fn what_serde_refuses_is_refused() {
    for bad in [
        r#"{"type": "string"}"#,
        r#"{"name": "A", "typo": 1}"#,
        r#"{"name": "A", "type": "strnig"}"#,
        r#"{"name": "A", "min_length": -1}"#,
        r#"{"name": "A", "min_length": 1.0}"#,
        r#"{"name": "A", "version": 300}"#,
        r#"{"name": "A", "required": "yes"}"#,
        r#"{"name": "A", "required": null}"#,
        r#"{"name": "A", "aliases": null}"#,
        r#"{"name": "A", "deprecated": {"es": "x"}}"#,
        r#"{"name": "A", "env": {"prod": {"name": "B"}}}"#,
        r#"[]"#,
    ] {
        assert!(agree::<VarSpec>(bad).is_none(), "{bad}");
    }
    assert!(agree::<VarSpec>(r#"{"name": "A", "sensitive": null, "min": null}"#).is_some());
}
