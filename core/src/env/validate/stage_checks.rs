//! Checks that depend on the environment picked, with or without a schema
//! (ENV-RULES.md §6.6): localhost, plain transport, debug switches, names that disagree.

use super::super::code::Code;
use super::super::finding::Severity;
use super::problem::{Problem, Stage};
use super::url::split;

const LOCAL_HOSTS: &[&str] = &[
    "localhost",
    "127.0.0.1",
    "::1",
    "host.docker.internal",
    "0.0.0.0",
];
const ENV_NAME_KEYS: &[&str] = &[
    "ASPNETCORE_ENVIRONMENT",
    "DOTNET_ENVIRONMENT",
    "NODE_ENV",
    "ENVIRONMENT",
    "APP_ENV",
    "RAILS_ENV",
    "FLASK_ENV",
    "ENV",
];
const DEBUG_KEYS: &[&str] = &[
    "DEBUG",
    "APP_DEBUG",
    "FLASK_DEBUG",
    "DJANGO_DEBUG",
    "ASPNETCORE_DETAILEDERRORS",
];

/// The host a value points at: a URL's host, `Host=` of a key/value string, or itself.
fn host_of(v: &str) -> Option<String> {
    if v.contains("://") {
        return split(v).map(|p| p.host.to_ascii_lowercase());
    }
    let kv = v
        .split(';')
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| {
            matches!(
                k.trim().to_ascii_lowercase().as_str(),
                "host" | "server" | "data source"
            )
        });
    Some(
        kv.map_or(v, |(_, h)| h)
            .trim()
            .split(':')
            .next()?
            .to_ascii_lowercase(),
    )
}

pub fn checks(key: &str, v: &str, stage: Stage, environment: &str, local_ok: bool) -> Vec<Problem> {
    let mut out = Vec::new();
    let upper = key.to_ascii_uppercase();
    let host = host_of(v);
    let local = host.as_deref().is_some_and(|h| LOCAL_HOSTS.contains(&h));
    if local && stage != Stage::Development && !local_ok {
        out.push(
            Problem::error(
                Code::EnvLocalhost,
                format!("Apunta a la máquina local, en {environment}."),
                format!("Points at the local machine, in {environment}."),
            )
            .fix(
                "Pon el host real del servicio.",
                "Use the service's real host.",
            ),
        );
    }
    out.extend(transport(v, local, stage));
    let truthy = matches!(v.to_ascii_lowercase().as_str(), "true" | "1" | "yes" | "on");
    if stage == Stage::Production && truthy && DEBUG_KEYS.contains(&upper.as_str()) {
        out.push(
            Problem::error(
                Code::EnvDebug,
                "Modo depuración activado en producción.",
                "Debug mode on in production.",
            )
            .fix(
                format!("Escribe `{key}=false`."),
                format!("Write `{key}=false`."),
            ),
        );
    }
    if ENV_NAME_KEYS.contains(&upper.as_str())
        && Stage::of(v) != stage
        && !environment.eq_ignore_ascii_case(v)
    {
        out.push(Problem::error(
            Code::EnvNameMismatch,
            format!("Has elegido {environment}, pero el archivo dice otro entorno."),
            format!("You picked {environment}, but this file names another environment."),
        ));
    }
    if stage == Stage::Production
        && upper.contains("LOG")
        && upper.contains("LEVEL")
        && matches!(
            v.to_ascii_lowercase().as_str(),
            "debug" | "trace" | "verbose"
        )
    {
        out.push(Problem::error(Code::EnvVerboseLog, "Registro detallado en producción: más coste y riesgo de datos sensibles en los logs.", "Verbose logging in production: more cost and risk of sensitive data in logs.").with(Severity::Info));
    }
    if stage == Stage::Production
        && upper.contains("CORS")
        && (v.split(',').any(|o| o.trim() == "*") || v.contains("http://localhost"))
    {
        out.push(
            Problem::error(
                Code::EnvCorsWildcard,
                "CORS abierto a cualquier origen o a localhost en producción.",
                "CORS open to any origin or to localhost in production.",
            )
            .with(Severity::Warning),
        );
    }
    out.extend(cross_env(v, stage));
    out
}

fn transport(v: &str, local: bool, stage: Stage) -> Option<Problem> {
    let lower = v.to_ascii_lowercase().replace(' ', "");
    let plain = lower.starts_with("http://") && !local;
    let weak_tls =
        lower.contains("sslmode=disable") || lower.contains("trustservercertificate=true");
    let severity = match stage {
        Stage::Development => return None,
        Stage::Staging => Severity::Warning,
        Stage::Production => Severity::Error,
    };
    (plain || weak_tls).then(|| {
        Problem::error(
            Code::EnvInsecureTransport,
            "Conexión sin cifrar o sin verificar el certificado.",
            "Unencrypted connection or certificate not verified.",
        )
        .with(severity)
        .fix(
            "Usa `https://` / `sslmode=require` (o `verify-full`).",
            "Use `https://` / `sslmode=require` (or `verify-full`).",
        )
    })
}

fn cross_env(v: &str, stage: Stage) -> Option<Problem> {
    let lower = v.to_ascii_lowercase();
    let words = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .collect::<Vec<_>>();
    let other = match stage {
        Stage::Production => ["staging", "development"]
            .iter()
            .find(|w| words.contains(w)),
        Stage::Staging => ["production", "development"]
            .iter()
            .find(|w| words.contains(w)),
        Stage::Development => None,
    }?;
    Some(
        Problem::error(
            Code::EnvCrossEnvValue,
            format!("El valor nombra otro entorno ({other})."),
            format!("The value names another environment ({other})."),
        )
        .with(Severity::Warning),
    )
}
