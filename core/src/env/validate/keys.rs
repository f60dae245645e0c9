//! Checks on names (ENV-RULES.md §6.3): unknown with a suggestion, case mismatch,
//! deprecated, reserved, browser-public secrets, array index gaps, missing required.

use super::super::code::Code;
use super::super::finding::{Finding, Pos, Severity};
use super::super::mask::looks_secret;
use super::super::parse::{Entry, Parsed};
use super::super::schema::{EnvSchema, VarSpec};
use super::problem::Stage;
use super::suggest::Names;
use crate::Localized;
use std::collections::BTreeMap;

const RESERVED: &[&str] = &[
    "PATH",
    "HOME",
    "SHELL",
    "USER",
    "LD_PRELOAD",
    "LD_LIBRARY_PATH",
    "NODE_OPTIONS",
    "DOTNET_STARTUP_HOOKS",
    "PYTHONPATH",
    "PYTHONSTARTUP",
];
const PUBLIC: &[&str] = &[
    "NEXT_PUBLIC_",
    "VITE_",
    "PUBLIC_",
    "REACT_APP_",
    "NUXT_PUBLIC_",
    "EXPO_PUBLIC_",
    "GATSBY_",
];

fn at(entry: &Entry, code: Code, severity: Severity, es: String, en: String) -> Finding {
    Finding::new(code, severity, entry.at, Localized::new(es, en))
        .key(&entry.key)
        .until(entry.at.col + entry.key.chars().count() as u32)
}

/// The schema variable for `entry`, after reporting how its name relates to the schema.
pub fn lookup<'s>(
    entry: &Entry,
    names: &mut Names<'s>,
    stage: Stage,
    out: &mut Vec<Finding>,
) -> Option<&'s VarSpec> {
    let key = entry.key.as_str();
    if let Some(spec) = names.exact(key) {
        if let Some(dep) = spec.deprecated.as_ref().filter(|d| d.is_deprecated()) {
            let (es, en) = dep
                .note()
                .map_or(("", ""), |n| (n.es.as_str(), n.en.as_str()));
            out.push(at(
                entry,
                Code::KeyDeprecated,
                Severity::Warning,
                format!("`{key}` está obsoleta. {es}"),
                format!("`{key}` is deprecated. {en}"),
            ));
        }
        return Some(spec);
    }
    if let Some(spec) = names
        .folded(key)
        .filter(|s| s.name.eq_ignore_ascii_case(key))
    {
        let name = &spec.name;
        out.push(at(entry, Code::KeyCaseMismatch, Severity::Warning, format!("El esquema la llama `{name}`: ASP.NET la leerá, pero el código Node o Python que lee `{name}` no."), format!("The schema calls it `{name}`: ASP.NET will read it, Node or Python code reading `{name}` will not.")).fix(Localized::new(format!("Escribe `{name}`."), format!("Write `{name}`."))));
        return Some(spec);
    }
    let guess = names.folded(key).or_else(|| names.closest(key));
    let severity = stage.pick(Severity::Info, Severity::Warning);
    let finding = at(
        entry,
        Code::KeyUnknown,
        severity,
        format!("`{key}` no está en el esquema."),
        format!("`{key}` is not in the schema."),
    );
    out.push(match guess {
        Some(s) => finding.fix(Localized::new(
            format!("¿Querías decir `{}`?", s.name),
            format!("Did you mean `{}`?", s.name),
        )),
        None => finding.fix(Localized::new(
            "Bórrala si no se usa, o añádela al esquema.",
            "Delete it if unused, or add it to the schema.",
        )),
    });
    None
}

/// Name checks that need no schema.
pub fn generic(entry: &Entry, sensitive: bool, out: &mut Vec<Finding>) {
    let upper = entry.key.to_ascii_uppercase();
    if RESERVED.contains(&upper.as_str()) {
        out.push(
            at(
                entry,
                Code::KeyReserved,
                Severity::Warning,
                format!("`{}` cambia cómo arranca el proceso.", entry.key),
                format!("`{}` changes how the process starts.", entry.key),
            )
            .fix(Localized::new(
                "Bórrala salvo que sepas por qué está.",
                "Delete it unless you know why it is there.",
            )),
        );
    }
    if let Some(prefix) = PUBLIC.iter().find(|p| upper.starts_with(*p)) {
        if sensitive || looks_secret(&upper[prefix.len()..]) {
            out.push(at(entry, Code::KeyPublicSecret, Severity::Error, format!("Las variables con el prefijo `{prefix}` se incluyen en el JavaScript del navegador: este secreto quedaría público."), format!("Variables with the prefix `{prefix}` are bundled into browser JavaScript: this secret would be public.")).fix(Localized::new("Quita el prefijo y léela solo en el servidor.", "Drop the prefix and read it on the server only.")));
        }
    }
}

/// VAL-REQUIRED-MISSING for each required variable with no value, at the end of the file.
pub fn missing(
    schema: &EnvSchema,
    parsed: &Parsed,
    environment: &str,
    out: &mut Vec<Finding>,
) -> u32 {
    let values = parsed.values();
    let lower: std::collections::HashSet<String> =
        values.keys().map(|k| k.to_ascii_lowercase()).collect();
    let line = parsed.line_count.max(1);
    let mut count = 0;
    for spec in schema.vars().filter(|s| s.resolve(environment).required) {
        let mut names = std::iter::once(&spec.name).chain(&spec.aliases);
        if names.any(|n| values.contains_key(n.as_str()) || lower.contains(&n.to_ascii_lowercase()))
        {
            continue;
        }
        count += 1;
        let name = &spec.name;
        out.push(
            Finding::new(
                Code::ValRequiredMissing,
                Severity::Error,
                Pos { line, col: 1 },
                Localized::new(
                    format!("Falta `{name}`, obligatoria en {environment}."),
                    format!("`{name}` is missing; it is required in {environment}."),
                ),
            )
            .key(name)
            .fix(Localized::new(
                format!("Añade `{name}=…`."),
                format!("Add `{name}=…`."),
            )),
        );
    }
    count
}

/// KEY-INDEX-GAP: `X__0`, `X__1`, `X__3` without `X__2`.
pub fn index_gaps(parsed: &Parsed, out: &mut Vec<Finding>) {
    let mut groups: BTreeMap<String, (Vec<u32>, &Entry)> = BTreeMap::new();
    for entry in &parsed.entries {
        let parts: Vec<&str> = entry.key.split("__").collect();
        for (i, part) in parts.iter().enumerate().skip(1) {
            if let Ok(n) = part.parse::<u32>() {
                let g = groups
                    .entry(parts[..i].join("__"))
                    .or_insert((Vec::new(), entry));
                g.0.push(n);
            }
        }
    }
    for (prefix, (mut idx, first)) in groups {
        idx.sort_unstable();
        idx.dedup();
        if let Some(gap) = (0..idx.len() as u32).find(|n| !idx.contains(n)) {
            out.push(at(
                first,
                Code::KeyIndexGap,
                Severity::Info,
                format!(
                    "Falta el índice {gap} en `{prefix}__…`; .NET enlaza una lista con huecos."
                ),
                format!("Index {gap} is missing in `{prefix}__…`; .NET binds a sparse list."),
            ));
        }
    }
}
