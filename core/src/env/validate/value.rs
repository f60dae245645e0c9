//! Every check of one value, in order: empty, stand-ins, forbidden, fixed value, type,
//! secret strength, interpolation risk, environment rules.

use super::super::code::Code;
use super::super::finding::Severity;
use super::super::parse::Quote;
use super::super::schema::{Consumer, VarType};
use super::placeholder::{classify, StandIn};
use super::problem::Problem;
use super::{connstr, secret, shapes, stage_checks, types, url, Subject};

pub fn check(s: &Subject<'_>) -> Vec<Problem> {
    let v = s.value.text.as_str();
    if v.trim().is_empty() {
        let required = s.required && s.rules.allow_empty != Some(true);
        return required
            .then(|| {
                Problem::error(
                    Code::ValRequiredEmpty,
                    format!("`{}` es obligatoria en {} y está vacía.", s.key, s.env),
                    format!("`{}` is required in {} and is empty.", s.key, s.env),
                )
                .fix("Escribe el valor real.", "Write the real value.")
            })
            .into_iter()
            .collect();
    }
    if let Some(p) = stand_in(s, v) {
        return vec![p];
    }
    let mut out = Vec::new();
    if s.forbidden {
        out.push(
            Problem::error(
                Code::ValForbidden,
                format!("`{}` no debe estar en {}.", s.key, s.env),
                format!("`{}` must not be set in {}.", s.key, s.env),
            )
            .fix("Borra la línea.", "Delete the line."),
        );
    }
    if let Some(fixed) = s.must_equal.map(|m| m.to_string()).filter(|m| m != v) {
        out.push(
            Problem::error(
                Code::ValMustEqual,
                format!("En {} debe valer `{fixed}`.", s.env),
                format!("In {} it must be `{fixed}`.", s.env),
            )
            .fix(
                format!("Escribe `{}={fixed}`.", s.key),
                format!("Write `{}={fixed}`.", s.key),
            ),
        );
    }
    if s.value.quote != Quote::None && v.trim() != v {
        out.push(Problem::error(Code::ValQuotedWs, "Espacios al principio o al final dentro de las comillas; probablemente sin querer.", "Leading or trailing spaces inside the quotes; probably accidental.").with(Severity::Warning));
    }
    let kind = s.spec.map(|spec| spec.var_type);
    if kind.is_some_and(single_line) && v.contains('\n') {
        out.push(Problem::error(
            Code::ValNewline,
            "Salto de línea en un valor de una sola línea.",
            "Line break in a single-line value.",
        ));
        return out;
    }
    if let Some(kind) = kind {
        out.extend(typed(s, kind, v));
    }
    out.extend(dollar(s));
    let local_ok = s
        .rules
        .allow_localhost
        .as_ref()
        .is_some_and(|a| a.contains(s.env));
    let mut env = stage_checks::checks(s.key, v, s.stage, s.env, local_ok);
    if s.must_equal.is_some() {
        env.retain(|p| !matches!(p.code, Code::EnvNameMismatch | Code::EnvCrossEnvValue));
    }
    out.extend(env);
    out
}

fn single_line(kind: VarType) -> bool {
    !matches!(
        kind,
        VarType::String | VarType::Secret | VarType::Json | VarType::ConnectionString
    )
}

fn stand_in(s: &Subject<'_>, v: &str) -> Option<Problem> {
    match classify(v, s.placeholders)? {
        StandIn::Mask => Some(Problem::error(Code::ValMasked, "Esto es una copia enmascarada (de la documentación o de una interfaz), no el valor.", "This is a masked copy (from docs or a UI), not the value.").fix("Pega el valor real.", "Paste the real value.")),
        StandIn::Placeholder => Some(Problem::error(Code::ValPlaceholder, "Marcador de posición sin reemplazar.", "Placeholder left in.").with(s.stage.pick(Severity::Warning, Severity::Error)).fix("Reemplázalo por el valor real.", "Replace it with the real value.")),
    }
}

fn typed(s: &Subject<'_>, kind: VarType, v: &str) -> Vec<Problem> {
    let r = &s.rules;
    match kind {
        VarType::Url => url::url(v, r, s.sensitive),
        VarType::Secret => secret::checks(v, r, s.key, s.stage),
        VarType::ConnectionString => connstr::check(v, r).1,
        _ => scalar(kind, v, r, s.consumer).into_iter().collect(),
    }
}

/// Single-value types, also used for list items.
pub fn scalar(
    kind: VarType,
    v: &str,
    r: &super::super::schema::Rules,
    consumer: Consumer,
) -> Option<Problem> {
    match kind {
        VarType::String => shapes::length(v, r, Code::TypLength).or_else(|| shapes::pattern(v, r)),
        VarType::Regex => shapes::pattern(v, r),
        VarType::Int => types::int(v, r),
        VarType::Number => types::number(v, r),
        VarType::Port => types::port(v, r),
        VarType::Bool => types::boolean(v, r.consumer.unwrap_or(consumer)),
        VarType::Enum => types::enumeration(v, r),
        VarType::Email => types::email(v, r),
        VarType::Hostname => types::hostname(v, r),
        VarType::Ip => types::ip(v, r),
        VarType::Hostport => types::hostport(v),
        VarType::Duration => shapes::duration(v, r),
        VarType::Json => shapes::json(v),
        VarType::List => shapes::list(v, r, |k, item| scalar(k, item, r, consumer)),
        VarType::Url => url::url(v, r, false).into_iter().next(),
        VarType::Secret | VarType::ConnectionString => None,
    }
}

/// INT-DOLLAR-IN-VALUE: `$` interpolation inside a value meant literally (a secret).
fn dollar(s: &Subject<'_>) -> Option<Problem> {
    let secretish = s.spec.map_or(s.sensitive, |spec| {
        spec.var_type == VarType::Secret || spec.is_sensitive()
    });
    (s.value.interpolated && secretish).then(|| {
        let strict = s.spec.is_some_and(|spec| spec.var_type == VarType::Secret)
            && s.stage != super::Stage::Development;
        Problem::error(
            Code::IntDollarInValue,
            "`$` sin comillas simples en un secreto: Compose lo sustituye por otra variable.",
            "`$` outside single quotes in a secret: Compose replaces it with another variable.",
        )
        .with(if strict {
            Severity::Error
        } else {
            Severity::Warning
        })
        .fix(
            "Usa comillas simples (`'…'`) o escribe `$$`.",
            "Use single quotes (`'…'`) or write `$$`.",
        )
    })
}
