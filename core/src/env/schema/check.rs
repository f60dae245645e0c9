//! The schema checked against itself and the portal's environments, so mistakes in
//! `env.yaml` fail the build with a position (the generator maps each issue's path into
//! the YAML): defaults and examples that break their own rule, bad patterns, unknown
//! environment names, duplicate names.

use super::{EnvSchema, Scalar, VarSpec, VarType};
use crate::env::validate::{check_scalar, full_match};
use crate::Localized;
use serde::Serialize;
use std::collections::HashSet;

/// One step into the YAML: a mapping key or a sequence index.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum PathSeg {
    Key(String),
    Index(usize),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SchemaIssue {
    /// Where, e.g. `["groups", 1, "vars", 3, "default"]`.
    pub path: Vec<PathSeg>,
    pub message: Localized,
}

fn key(k: &str) -> PathSeg {
    PathSeg::Key(k.to_string())
}

pub fn self_check(schema: &EnvSchema, environments: &[String]) -> Vec<SchemaIssue> {
    let mut out = Vec::new();
    let mut names = HashSet::new();
    for (g, group) in schema.groups.iter().enumerate() {
        for (v, var) in group.vars.iter().enumerate() {
            let base = vec![
                key("groups"),
                PathSeg::Index(g),
                key("vars"),
                PathSeg::Index(v),
            ];
            let at = |tail: &[PathSeg]| [base.as_slice(), tail].concat();
            for name in std::iter::once(&var.name).chain(&var.aliases) {
                if !names.insert(name.clone()) {
                    out.push(SchemaIssue {
                        path: at(&[key("name")]),
                        message: Localized::new(
                            format!("`{name}` está repetida en el esquema."),
                            format!("`{name}` appears twice in the schema."),
                        ),
                    });
                }
            }
            check_var(var, environments, &at, &mut out);
        }
    }
    out
}

fn check_var(
    var: &VarSpec,
    envs: &[String],
    at: &dyn Fn(&[PathSeg]) -> Vec<PathSeg>,
    out: &mut Vec<SchemaIssue>,
) {
    let unknown = |e: &String| !envs.contains(e);
    let lists: [(&str, Vec<&String>); 4] = [
        ("required", var.required.names().iter().collect()),
        ("forbidden_in", var.forbidden_in.iter().collect()),
        ("env", var.env.keys().collect()),
        (
            "must_equal",
            match &var.must_equal {
                Some(super::MustEqual::PerEnv(m)) => m.keys().collect(),
                _ => Vec::new(),
            },
        ),
    ];
    for (field, names) in lists {
        for e in names.into_iter().filter(|e| unknown(e)) {
            out.push(SchemaIssue {
                path: at(&[key(field)]),
                message: Localized::new(
                    format!(
                        "Entorno desconocido `{e}`; los de portal.yaml son: {}.",
                        envs.join(", ")
                    ),
                    format!(
                        "Unknown environment `{e}`; portal.yaml lists: {}.",
                        envs.join(", ")
                    ),
                ),
            });
        }
    }
    if let Some(p) = &var.pattern {
        if let Err(e) = full_match(p) {
            out.push(SchemaIssue {
                path: at(&[key("pattern")]),
                message: Localized::new(
                    format!("Expresión regular no válida: {e}"),
                    format!("Invalid regular expression: {e}"),
                ),
            });
        }
    }
    if var.var_type == VarType::Enum && var.values.as_ref().is_none_or(|v| v.is_empty()) {
        out.push(SchemaIssue {
            path: at(&[key("type")]),
            message: Localized::new("Un `enum` necesita `values`.", "An `enum` needs `values`."),
        });
    }
    for (field, value) in [("default", &var.default), ("example", &var.example)] {
        if let Some(problem) = value.as_ref().and_then(|v| own_rule(var, v)) {
            out.push(SchemaIssue {
                path: at(&[key(field)]),
                message: Localized::new(
                    format!("`{field}` no cumple su propia regla: {}", problem.es),
                    format!("`{field}` breaks its own rule: {}", problem.en),
                ),
            });
        }
    }
}

/// Why `value` fails the variable's base rule, if it does (secrets and connection
/// strings are not judged: their examples are placeholders on purpose).
fn own_rule(var: &VarSpec, value: &Scalar) -> Option<Localized> {
    if matches!(var.var_type, VarType::Secret | VarType::ConnectionString) {
        return None;
    }
    check_scalar(
        var.var_type,
        &value.to_string(),
        &var.base_rules(),
        Default::default(),
    )
    .map(|p| p.message)
}
