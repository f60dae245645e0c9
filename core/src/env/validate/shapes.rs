//! Types with structure: duration, pattern and length, list, json (ENV-RULES.md §7.2).

use super::super::code::Code;
use super::super::schema::{Rules, Scalar, VarType};
use super::problem::Problem;
use crate::Duration;

/// Parses `30s`, `1h30m`, ISO `PT30S`, .NET `hh:mm:ss[.f]` / `d.hh:mm:ss`, or a bare
/// number when the schema gives its unit.
pub fn parse_duration(v: &str, bare_unit: Option<&str>) -> Option<Duration> {
    if let Ok(d) = v.parse::<Duration>() {
        return Some(d);
    }
    if let Some(iso) = v.strip_prefix("PT").or_else(|| v.strip_prefix("pt")) {
        return iso.to_ascii_lowercase().parse().ok();
    }
    if v.contains(':') {
        return dotnet(v);
    }
    let unit = bare_unit?;
    v.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| format!("{v}{unit}").parse().ok())?
}

fn dotnet(v: &str) -> Option<Duration> {
    let (days, clock) = match v.split_once('.') {
        Some((d, rest)) if rest.contains(':') && !d.contains(':') => (d.parse::<u64>().ok()?, rest),
        _ => (0, v),
    };
    let clock = clock.split('.').next()?;
    let parts: Vec<u64> = clock
        .split(':')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let [h, m, s] = parts[..] else { return None };
    (m < 60 && s < 60).then(|| Duration::from_secs(((days * 24 + h) * 60 + m) * 60 + s))
}

fn duration_bound(s: &Option<Scalar>, unit: Option<&str>) -> Option<Duration> {
    parse_duration(&s.as_ref()?.to_string(), unit)
}

pub fn duration(v: &str, rules: &Rules) -> Option<Problem> {
    let unit = rules.bare_unit.as_deref();
    let Some(d) = parse_duration(v, unit) else {
        return Some(Problem::error(
            Code::TypDuration,
            "No es una duración: escribe p. ej. `30s`, `15m`, `1h30m` o `00:30:00`.",
            "Not a duration: write e.g. `30s`, `15m`, `1h30m` or `00:30:00`.",
        ));
    };
    let (min, max) = (
        duration_bound(&rules.min, unit),
        duration_bound(&rules.max, unit),
    );
    let out = min.is_some_and(|m| d < m) || max.is_some_and(|m| d > m);
    let show = |b: Option<Duration>| b.map_or("—".into(), |b| b.to_string());
    out.then(|| {
        Problem::error(
            Code::TypDuration,
            format!("Duración fuera de rango ({} – {}).", show(min), show(max)),
            format!("Duration out of range ({} – {}).", show(min), show(max)),
        )
    })
}

/// Compiles `pattern` anchored for a full match; `Err` is the engine's message.
pub fn full_match(pattern: &str) -> Result<regex_lite::Regex, String> {
    regex_lite::Regex::new(&format!("^(?:{pattern})$")).map_err(|e| e.to_string())
}

pub fn pattern(v: &str, rules: &Rules) -> Option<Problem> {
    let pattern = rules.pattern.as_deref()?;
    let re = full_match(pattern).ok()?;
    (!re.is_match(v)).then(|| {
        Problem::error(
            Code::TypRegex,
            format!("No cumple el formato `{pattern}`."),
            format!("Does not match the format `{pattern}`."),
        )
    })
}

pub fn length(v: &str, rules: &Rules, code: Code) -> Option<Problem> {
    let n = v.chars().count() as u32;
    if let Some(min) = rules.min_length.filter(|&m| n < m) {
        return Some(Problem::error(
            code,
            format!("{n} caracteres; se necesitan al menos {min}."),
            format!("{n} characters; at least {min} required."),
        ));
    }
    let max = rules.max_length.filter(|&m| n > m)?;
    Some(Problem::error(
        code,
        format!("{n} caracteres; como mucho {max}."),
        format!("{n} characters; at most {max}."),
    ))
}

pub fn json(v: &str) -> Option<Problem> {
    serde_json::from_str::<serde::de::IgnoredAny>(v)
        .err()
        .map(|e| {
            Problem::error(
                Code::TypJson,
                format!("JSON no válido (columna {}).", e.column()),
                format!("Invalid JSON (column {}).", e.column()),
            )
        })
}

/// Each item checked with `item` (default string); the first bad one is reported.
pub fn list(
    v: &str,
    rules: &Rules,
    check: impl Fn(VarType, &str) -> Option<Problem>,
) -> Option<Problem> {
    let sep = rules.separator.as_deref().unwrap_or(",");
    let items: Vec<(usize, &str)> = split_at_offsets(v, sep);
    if let Some(min) = rules.min_items.filter(|&m| (items.len() as u32) < m) {
        return Some(Problem::error(
            Code::TypList,
            format!("{} elementos; se necesitan al menos {min}.", items.len()),
            format!("{} items; at least {min} required.", items.len()),
        ));
    }
    let kind = rules.item.unwrap_or_default();
    for (i, (offset, raw)) in items.iter().enumerate() {
        let item = raw.trim();
        if let Some(p) = check(kind, item) {
            let lead = raw.len() - raw.trim_start().len();
            return Some(
                Problem {
                    code: Code::TypList,
                    message: crate::Localized::new(
                        format!("Elemento {}: {}", i + 1, p.message.es),
                        format!("Item {}: {}", i + 1, p.message.en),
                    ),
                    ..p
                }
                .at_char(v[..offset + lead].chars().count()),
            );
        }
        if rules.unique == Some(true) && items[..i].iter().any(|(_, x)| x.trim() == item) {
            return Some(
                Problem::error(
                    Code::TypList,
                    format!("Elemento {} repetido.", i + 1),
                    format!("Item {} repeated.", i + 1),
                )
                .at_char(v[..*offset].chars().count()),
            );
        }
    }
    None
}

fn split_at_offsets<'v>(v: &'v str, sep: &str) -> Vec<(usize, &'v str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in v.match_indices(sep) {
        out.push((start, &v[start..i]));
        start = i + sep.len();
    }
    out.push((start, &v[start..]));
    out
}
