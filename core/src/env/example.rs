//! `.env.example` from a schema, per environment and language (ENV-RULES.md §7.5):
//! keys in group order, descriptions as comments, defaults filled, required values as
//! `<REQUERIDO>`/`<REQUIRED>` (so the placeholder check flags them), safest quoting.

use super::schema::{EnvSchema, VarSpec};
use crate::Lang;
use std::fmt::Write;

pub fn render(schema: &EnvSchema, environment: &str, lang: Lang) -> String {
    let mut out = String::new();
    let _ = match lang {
        Lang::Es => writeln!(out, "# Variables de entorno para {environment}. Generado desde env.yaml; no lo edites a mano."),
        Lang::En => writeln!(out, "# Environment variables for {environment}. Generated from env.yaml; do not edit by hand."),
    };
    for group in &schema.groups {
        let _ = write!(out, "\n# --- {} ---\n", group.title.get(lang));
        for var in group
            .vars
            .iter()
            .filter(|v| !v.deprecated.as_ref().is_some_and(|d| d.is_deprecated()))
        {
            if let Some(d) = &var.description {
                for line in d.get(lang).lines() {
                    let _ = writeln!(out, "# {line}");
                }
            }
            let _ = writeln!(
                out,
                "{}={}",
                var.name,
                quote(&value(var, environment, lang))
            );
        }
    }
    out
}

fn value(var: &VarSpec, environment: &str, lang: Lang) -> String {
    let resolved = var.resolve(environment);
    if let Some(fixed) = resolved.must_equal {
        return fixed.to_string();
    }
    if let Some(default) = &var.default {
        return default.to_string();
    }
    let required = match lang {
        Lang::Es => "<REQUERIDO>",
        Lang::En => "<REQUIRED>",
    };
    match (&var.example, resolved.required) {
        (Some(example), true) if !var.is_sensitive() => example.to_string(),
        (_, true) => required.to_string(),
        _ => String::new(),
    }
}

/// Bare when plain; single quotes when the value holds `$`, `#`, blanks, quotes or
/// backslashes; double quotes (escaped) only when it holds a single quote.
pub fn quote(value: &str) -> String {
    let plain = !value.contains(['$', '#', ' ', '\t', '\'', '"', '\\', '`', '\n']);
    if plain {
        return value.to_string();
    }
    if !value.contains(['\'', '\n']) {
        return format!("'{value}'");
    }
    let escaped = value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('$', "\\$")
        .replace('\n', "\\n");
    format!("\"{escaped}\"")
}
