//! The env-var schema of a system, `content/<system>/env.yaml` (ENV-RULES.md §7.1/§7.2).
//!
//! The generator reads it from YAML through serde; the browser gets it as JSON and reads
//! it with [`FromJson`] (much smaller in wasm than serde's derived visitors).
//! Unknown keys are refused so a typo in a rule never silently disables it.

mod check;
mod json;
mod kinds;
mod rules;
mod scalar;

pub use check::{self_check, PathSeg, SchemaIssue};
pub use json::{FromJson, Object};
pub use kinds::{ConnFormat, ConnKind, Consumer, Encoding, Phase, Profile, Purpose, VarType};
pub use rules::{Resolved, Rules, VarSpec};
pub use scalar::{Deprecated, EnvSet, MustEqual, Scalar};

use crate::Localized;
use serde::{Deserialize, Serialize};

/// A whole `env.yaml`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvSchema {
    #[serde(default)]
    pub consumer: Consumer,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub profiles: Vec<Profile>,
    /// Extra placeholder words for this system (ENV-RULES.md §7.4).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub placeholders: Vec<String>,
    #[serde(default)]
    pub groups: Vec<Group>,
}

/// A titled group of variables; groups keep their order in docs and `.env.example`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub title: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Localized>,
    #[serde(default)]
    pub vars: Vec<VarSpec>,
}

impl EnvSchema {
    /// Every variable in group order.
    pub fn vars(&self) -> impl Iterator<Item = &VarSpec> {
        self.groups.iter().flat_map(|g| g.vars.iter())
    }

    /// The variable named `name` exactly, or one of its aliases.
    pub fn var(&self, name: &str) -> Option<&VarSpec> {
        self.vars()
            .find(|v| v.name == name || v.aliases.iter().any(|a| a == name))
    }
}

impl VarSpec {
    /// Whether values are masked: the explicit `sensitive`, else the type's default.
    pub fn is_sensitive(&self) -> bool {
        self.sensitive
            .unwrap_or_else(|| self.var_type.sensitive_by_default())
    }

    /// The rules for `environment`: base rules with `env.<environment>` laid over them.
    pub fn resolve(&self, environment: &str) -> Resolved<'_> {
        let over = self.env.get(environment);
        let rules = match over {
            Some(over) => self.base_rules().overlay(over),
            None => self.base_rules(),
        };
        let required = over
            .and_then(|o| o.required)
            .unwrap_or_else(|| self.required.contains(environment));
        Resolved {
            required,
            forbidden: self.forbidden_in.iter().any(|e| e == environment),
            must_equal: self
                .must_equal
                .as_ref()
                .and_then(|m| m.for_env(environment)),
            rules,
        }
    }
}
