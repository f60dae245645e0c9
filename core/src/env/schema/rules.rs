//! Rule options of a variable, written once: the macro below makes both the variable
//! (`VarSpec`, options beside `name`/`type`) and the per-environment override (`Rules`),
//! because serde cannot combine `flatten` with `deny_unknown_fields`.

use super::json::{FromJson, Object};
use super::kinds::{ConnFormat, ConnKind, Consumer, Encoding, Phase, Purpose, VarType};
use super::scalar::{Deprecated, EnvSet, MustEqual, Scalar};
use crate::Localized;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

macro_rules! rule_options {
    ($($(#[$doc:meta])* $field:ident: $ty:ty,)*) => {
        /// Rule options, every one optional; also the shape of an `env.<name>` override.
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct Rules {
            /// Only in overrides: required in this environment or not.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub required: Option<bool>,
            $($(#[$doc])* #[serde(default, skip_serializing_if = "Option::is_none")]
            pub $field: Option<$ty>,)*
        }

        /// One variable of the schema.
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct VarSpec {
            pub name: String,
            #[serde(rename = "type", default)]
            pub var_type: VarType,
            /// `true`, `false` or the environments where it is required.
            #[serde(default)]
            pub required: EnvSet,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub default: Option<Scalar>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub example: Option<Scalar>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub description: Option<Localized>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub sensitive: Option<bool>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub deprecated: Option<Deprecated>,
            /// Other names meaning the same variable (`POSTGRESQLCONNSTR_NexusDb`).
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub aliases: Vec<String>,
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub forbidden_in: Vec<String>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub must_equal: Option<MustEqual>,
            /// Part of a connection string → the variable that must hold the same value.
            #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
            pub consistent_with: BTreeMap<String, String>,
            #[serde(default)]
            pub phase: Phase,
            /// Environment name → rules that replace the base ones there.
            #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
            pub env: BTreeMap<String, Rules>,
            $($(#[$doc])* #[serde(default, skip_serializing_if = "Option::is_none")]
            pub $field: Option<$ty>,)*
        }

        impl VarSpec {
            /// The options written beside `name`, before any override.
            pub fn base_rules(&self) -> Rules {
                Rules { required: None, $($field: self.$field.clone(),)* }
            }
        }

        impl Rules {
            /// Every rule option of `o` (all but `required`, whose shape differs).
            fn read_options(o: &Object) -> Rules {
                let mut rules = Rules::default();
                $(o.set(&mut rules.$field, stringify!($field));)*
                rules
            }
        }

        impl FromJson for Rules {
            fn from_json(value: &Value) -> Result<Self, String> {
                let o = Object::new(value, &["required", $(stringify!($field),)*])?;
                let mut rules = Rules::read_options(&o);
                o.set(&mut rules.required, "required");
                o.finish(rules)
            }
        }

        impl FromJson for VarSpec {
            fn from_json(value: &Value) -> Result<Self, String> {
                let o = Object::new(value, &[
                    "name", "type", "required", "default", "example", "description",
                    "sensitive", "deprecated", "aliases", "forbidden_in", "must_equal",
                    "consistent_with", "phase", "env", $(stringify!($field),)*
                ])?;
                let rules = Rules::read_options(&o);
                let mut var = VarSpec {
                    name: o.required("name")?,
                    var_type: VarType::default(),
                    required: EnvSet::default(),
                    default: None,
                    example: None,
                    description: None,
                    sensitive: None,
                    deprecated: None,
                    aliases: Vec::new(),
                    forbidden_in: Vec::new(),
                    must_equal: None,
                    consistent_with: BTreeMap::new(),
                    phase: Phase::default(),
                    env: BTreeMap::new(),
                    $($field: rules.$field,)*
                };
                o.set(&mut var.var_type, "type");
                o.set(&mut var.required, "required");
                o.set(&mut var.default, "default");
                o.set(&mut var.example, "example");
                o.set(&mut var.description, "description");
                o.set(&mut var.sensitive, "sensitive");
                o.set(&mut var.deprecated, "deprecated");
                o.set(&mut var.aliases, "aliases");
                o.set(&mut var.forbidden_in, "forbidden_in");
                o.set(&mut var.must_equal, "must_equal");
                o.set(&mut var.consistent_with, "consistent_with");
                o.set(&mut var.phase, "phase");
                o.set(&mut var.env, "env");
                o.finish(var)
            }
        }

        impl Rules {
            /// These rules with every option `over` sets replacing ours.
            pub fn overlay(mut self, over: &Rules) -> Rules {
                if over.required.is_some() {
                    self.required = over.required;
                }
                $(if over.$field.is_some() {
                    self.$field = over.$field.clone();
                })*
                self
            }
        }
    };
}

rule_options! {
    min_length: u32,
    max_length: u32,
    /// Full-match regular expression (`string`, `regex`).
    pattern: String,
    allow_empty: bool,
    /// Lower bound: a number, or a duration such as `1s`.
    min: Scalar,
    max: Scalar,
    /// Unit shown in the docs (`s`, `MB`).
    unit: String,
    allow_zero: bool,
    consumer: Consumer,
    schemes: Vec<String>,
    require_host: bool,
    allow_localhost: EnvSet,
    allow_credentials: bool,
    no_trailing_slash: bool,
    allowed_hosts: Vec<String>,
    require_path: bool,
    allow_display_name: bool,
    allow_ip: bool,
    allow_port: bool,
    allow_single_label: bool,
    /// IP version, 4 or 6.
    version: u8,
    values: Vec<String>,
    case_sensitive: bool,
    /// Unit of a bare number in a `duration` (`s`, `ms`).
    bare_unit: String,
    formats: Vec<String>,
    min_entropy_bits: u32,
    encoding: Encoding,
    decoded_min_bytes: u32,
    forbid: Vec<String>,
    forbid_prefixes: Vec<String>,
    purpose: Purpose,
    kind: ConnKind,
    format: ConnFormat,
    /// Parts a connection string must have: host, port, database, username, password.
    require: Vec<String>,
    ssl_mode: Vec<String>,
    forbid_hosts: Vec<String>,
    flags: String,
    /// Type of each item of a `list`.
    item: VarType,
    separator: String,
    min_items: u32,
    unique: bool,
    trim: bool,
}

/// What applies to one variable in one environment.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved<'a> {
    pub required: bool,
    pub forbidden: bool,
    pub must_equal: Option<&'a Scalar>,
    pub rules: Rules,
}
