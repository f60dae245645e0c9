//! Checks across variables: duplicates that matter, reused secrets, and parts of a
//! connection string that disagree with their own variable (compared, never shown).

use super::super::code::Code;
use super::super::finding::{Finding, Severity};
use super::super::parse::Parsed;
use super::super::schema::EnvSchema;
use super::connstr;
use crate::Localized;
use std::collections::{HashMap, HashSet};

pub fn check(
    parsed: &Parsed,
    schema: Option<&EnvSchema>,
    env: &str,
    sensitive: &HashMap<&str, bool>,
    out: &mut Vec<Finding>,
) {
    if let Some(schema) = schema {
        escalate_duplicates(parsed, schema, env, out);
        inconsistent(parsed, schema, env, out);
    }
    reused(parsed, sensitive, out);
}

/// KEY-DUPLICATE becomes an error when a required key gets two different values.
fn escalate_duplicates(parsed: &Parsed, schema: &EnvSchema, env: &str, out: &mut [Finding]) {
    let mut values: HashMap<&str, HashSet<Option<&str>>> = HashMap::new();
    for e in &parsed.entries {
        values
            .entry(&e.key)
            .or_default()
            .insert(e.value.as_ref().map(|v| v.text.as_str()));
    }
    let mut required: HashMap<&str, bool> = HashMap::new();
    for f in out.iter_mut().filter(|f| f.code == Code::KeyDuplicate) {
        let Some(key) = f.key.as_deref() else {
            continue;
        };
        let Some((&stored, seen)) = values.get_key_value(key) else {
            continue;
        };
        let key_required = *required
            .entry(stored)
            .or_insert_with(|| schema.var(key).is_some_and(|s| s.resolve(env).required));
        if seen.len() > 1 && key_required {
            f.severity = Severity::Error;
        }
    }
}

/// SEC-REUSED: the same secret in two keys (values compared in memory only).
fn reused(parsed: &Parsed, sensitive: &HashMap<&str, bool>, out: &mut Vec<Finding>) {
    let mut seen: HashMap<&str, &str> = HashMap::new();
    let last = parsed.last_entries();
    let finals = parsed.entries.iter().filter(|e| {
        last.get(e.key.as_str())
            .is_some_and(|l| std::ptr::eq(*l, *e))
    });
    for entry in finals {
        let key = entry.key.as_str();
        let Some(v) = entry
            .value
            .as_ref()
            .filter(|v| v.text.len() >= 8 && sensitive.get(key) == Some(&true))
        else {
            continue;
        };
        match seen.get(v.text.as_str()) {
            Some(other) => out.push(
                Finding::new(
                    Code::SecReused,
                    Severity::Warning,
                    v.at,
                    Localized::new(
                        format!("`{key}` tiene el mismo secreto que `{other}`."),
                        format!("`{key}` holds the same secret as `{other}`."),
                    ),
                )
                .key(key)
                .fix(Localized::new(
                    "Usa un secreto distinto para cada uso.",
                    "Use a different secret for each purpose.",
                )),
            ),
            None => {
                seen.insert(&v.text, key);
            }
        }
    }
}

/// VAL-INCONSISTENT: `consistent_with: { password: DB_PASSWORD }` and they differ.
fn inconsistent(parsed: &Parsed, schema: &EnvSchema, env: &str, out: &mut Vec<Finding>) {
    let values = parsed.values();
    for spec in schema.vars().filter(|s| !s.consistent_with.is_empty()) {
        let Some(entry) = parsed.last_entries().get(spec.name.as_str()).copied() else {
            continue;
        };
        let Some(v) = &entry.value else { continue };
        let (Some(parts), _) = connstr::check(&v.text, &spec.resolve(env).rules) else {
            continue;
        };
        for (part, other) in &spec.consistent_with {
            let (Some(mine), Some(theirs)) = (
                parts.get(part.to_ascii_lowercase().as_str()),
                values.get(other.as_str()),
            ) else {
                continue;
            };
            if mine != theirs {
                out.push(
                    Finding::new(
                        Code::ValInconsistent,
                        Severity::Warning,
                        v.at,
                        Localized::new(
                            format!("`{part}` de `{}` no coincide con `{other}`.", spec.name),
                            format!("The `{part}` in `{}` does not match `{other}`.", spec.name),
                        ),
                    )
                    .key(&spec.name),
                );
            }
        }
    }
}
