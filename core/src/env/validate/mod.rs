//! Validation of a `.env` text against a system's schema, for one environment
//! (ENV-RULES.md §6): the parser's findings plus name, value, type, secret and
//! environment checks, gathered into a [`Report`] that holds no secret.

mod connstr;
mod keys;
mod placeholder;
pub mod problem;
mod relations;
mod secret;
mod shapes;
mod stage_checks;
mod suggest;
mod types;
mod url;
mod value;

pub use problem::Stage;
pub use shapes::{full_match, parse_duration};
pub use value::scalar as check_scalar;

use super::finding::{Finding, Pos};
use super::mask::looks_secret;
use super::parse::{parse, parse_bytes, Entry, Parsed, Value};
use super::report::Report;
use super::schema::{Consumer, EnvSchema, Rules, Scalar, VarSpec};
use problem::Problem;
use std::collections::HashMap;
use suggest::Names;

/// Everything one value's checks need to know.
pub struct Subject<'a> {
    pub key: &'a str,
    pub value: &'a Value,
    pub spec: Option<&'a VarSpec>,
    pub rules: Rules,
    pub required: bool,
    pub forbidden: bool,
    pub must_equal: Option<&'a Scalar>,
    pub sensitive: bool,
    pub stage: Stage,
    pub env: &'a str,
    pub consumer: Consumer,
    pub placeholders: &'a [String],
}

/// Validates `text` for `environment`; without a schema only schema-free checks run.
pub fn validate(text: &str, schema: Option<&EnvSchema>, environment: &str) -> Report {
    validate_parsed(&parse(text), schema, environment)
}

/// As [`validate`], from raw bytes (reports ENC-UTF8 when they are not UTF-8).
pub fn validate_bytes(bytes: &[u8], schema: Option<&EnvSchema>, environment: &str) -> Report {
    validate_parsed(&parse_bytes(bytes), schema, environment)
}

pub fn validate_parsed(parsed: &Parsed, schema: Option<&EnvSchema>, environment: &str) -> Report {
    let stage = Stage::of(environment);
    let mut out = parsed.findings.clone();
    let mut names = schema.map(Names::new);
    let mut sensitive: HashMap<&str, bool> = HashMap::new();
    let finals = parsed.last_entries();
    for entry in finals.values() {
        let spec = names
            .as_mut()
            .and_then(|n| keys::lookup(entry, n, stage, &mut out));
        let secret = match spec {
            Some(spec) => spec.is_sensitive(),
            None => {
                looks_secret(&entry.key)
                    || names
                        .as_mut()
                        .and_then(|n| n.closest(&entry.key))
                        .is_some_and(VarSpec::is_sensitive)
            }
        };
        sensitive.insert(&entry.key, secret);
        keys::generic(entry, secret, &mut out);
        if let Some(value) = &entry.value {
            let subject = subject(entry, value, spec, schema, secret, stage, environment);
            out.extend(
                value::check(&subject)
                    .into_iter()
                    .map(|p| place(p, entry, value)),
            );
        }
    }
    redact_references(&mut out, &sensitive);
    keys::index_gaps(parsed, &mut out);
    let missing = schema.map_or(0, |s| keys::missing(s, parsed, environment, &mut out));
    relations::check(parsed, schema, environment, &sensitive, &mut out);
    Report::new(parsed, out, environment, missing, &sensitive)
}

fn subject<'a>(
    entry: &'a Entry,
    value: &'a Value,
    spec: Option<&'a VarSpec>,
    schema: Option<&'a EnvSchema>,
    sensitive: bool,
    stage: Stage,
    env: &'a str,
) -> Subject<'a> {
    let resolved = spec.map(|s| s.resolve(env));
    Subject {
        key: &entry.key,
        value,
        spec,
        required: resolved.as_ref().is_some_and(|r| r.required),
        forbidden: resolved.as_ref().is_some_and(|r| r.forbidden),
        must_equal: resolved.as_ref().and_then(|r| r.must_equal),
        rules: resolved.map(|r| r.rules).unwrap_or_default(),
        sensitive,
        stage,
        env,
        consumer: schema.map(|s| s.consumer).unwrap_or_default(),
        placeholders: schema.map_or(&[], |s| s.placeholders.as_slice()),
    }
}

/// A problem placed at its value (or at a character inside it).
fn place(p: Problem, entry: &Entry, value: &Value) -> Finding {
    let quoted = u32::from(value.quote != super::parse::Quote::None);
    let col = match p.offset {
        Some(o) => value.at.col + quoted + o as u32,
        None => value.at.col,
    };
    let mut f = Finding::new(
        p.code,
        p.severity,
        Pos {
            line: value.at.line,
            col,
        },
        p.message,
    )
    .key(&entry.key)
    .until(value.end_col);
    f.fix = p.fix;
    f
}

/// In a secret, what follows `$` is part of the secret, not a variable name: findings
/// about references there get a message that does not repeat it.
fn redact_references(out: &mut [Finding], sensitive: &HashMap<&str, bool>) {
    use super::code::Code::*;
    for f in out.iter_mut() {
        let secret = f
            .key
            .as_deref()
            .is_some_and(|k| sensitive.get(k).copied().unwrap_or(true));
        if secret
            && matches!(
                f.code,
                IntUndefined
                    | IntForwardRef
                    | IntCycle
                    | IntUnsupported
                    | IntRequiredUnset
                    | IntUnbalanced
            )
        {
            f.message = crate::Localized::new(
                "Este valor secreto contiene `$`: Compose y dotenv-expand lo tratan como una referencia a otra variable y cambian el valor.",
                "This secret value contains `$`: Compose and dotenv-expand treat it as a reference to another variable and change the value.",
            );
            f.fix = Some(crate::Localized::new(
                "Ponlo entre comillas simples (`'…'`) o escribe `$$`.",
                "Quote it with single quotes (`'…'`) or write `$$`.",
            ));
        }
    }
}
