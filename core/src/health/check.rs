//! Build-time checks of a service's health declaration (HEALTH-RULES.md §5). Each issue
//! carries a path into the YAML (`["services", 0, "health", "production"]`) that the
//! generator turns into `file:line:col`. Status patterns, body paths and `matches`
//! regexes are checked earlier, when the YAML is read (they cannot be represented).

use super::address::{AddressSpace, EndpointUrl};
use super::spec::{Endpoint, ServiceSpec};
use crate::Localized;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// One step of a YAML path: a mapping key or a sequence index.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum PathStep {
    Key(String),
    Index(usize),
}

impl From<&str> for PathStep {
    fn from(key: &str) -> Self {
        PathStep::Key(key.to_string())
    }
}

impl From<usize> for PathStep {
    fn from(index: usize) -> Self {
        PathStep::Index(index)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SpecIssue {
    pub path: Vec<PathStep>,
    pub severity: Severity,
    /// Stable identifier, e.g. `health-insecure`.
    pub code: &'static str,
    pub message: Localized,
}

impl SpecIssue {
    fn new(
        path: Vec<PathStep>,
        severity: Severity,
        code: &'static str,
        es: String,
        en: String,
    ) -> Self {
        SpecIssue {
            path,
            severity,
            code,
            message: Localized::new(es, en),
        }
    }
}

/// Every service of a `system.yaml`, paths starting at `services`.
pub fn check_services(
    services: &[ServiceSpec],
    environments: &[String],
    base_url_is_https: bool,
) -> Vec<SpecIssue> {
    let mut out = Vec::new();
    for (i, service) in services.iter().enumerate() {
        for mut issue in check(service, environments, base_url_is_https) {
            issue.path.splice(0..0, ["services".into(), i.into()]);
            out.push(issue);
        }
    }
    out
}

/// One service; paths relative to the service's own mapping (`["health", "production"]`).
pub fn check(
    service: &ServiceSpec,
    environments: &[String],
    base_url_is_https: bool,
) -> Vec<SpecIssue> {
    let mut out = super::check_timing::poll(service);
    out.extend(super::check_timing::expect(
        &service.expect,
        &service.poll,
        vec!["expect".into()],
    ));
    for (env, endpoint) in &service.health {
        let at = vec![PathStep::from("health"), PathStep::Key(env.clone())];
        if !environments.contains(env) {
            out.push(SpecIssue::new(at.clone(), Severity::Error, "health-env-unknown",
                format!("El entorno '{env}' no está en `environments` de portal.yaml ({}); añádalo allí o corrija el nombre.", environments.join(", ")),
                format!("Environment '{env}' is not in portal.yaml's `environments` ({}); add it there or fix the name.", environments.join(", "))));
        }
        out.extend(url_issues(service, env, endpoint, &at, base_url_is_https));
        if let Endpoint::Detailed {
            expect: Some(e), ..
        } = endpoint
        {
            let mut path = at.clone();
            path.push("expect".into());
            out.extend(super::check_timing::expect(e, &service.poll, path));
        }
    }
    out
}

fn url_issues(
    service: &ServiceSpec,
    env: &str,
    endpoint: &Endpoint,
    at: &[PathStep],
    base_url_is_https: bool,
) -> Vec<SpecIssue> {
    let mut path = at.to_vec();
    if matches!(endpoint, Endpoint::Detailed { .. }) {
        path.push("url".into());
    }
    let url = match EndpointUrl::parse(endpoint.url()) {
        Ok(url) => url,
        Err(e) => {
            let m = e.localized();
            return vec![SpecIssue::new(
                path,
                Severity::Error,
                "health-url",
                m.es,
                m.en,
            )];
        }
    };
    let mut out = Vec::new();
    let loopback = url.space == AddressSpace::Loopback;
    if matches!(env, "staging" | "production") && !url.https && !loopback {
        let (severity, es_fix, en_fix) = if service.allow_insecure {
            (
                Severity::Warning,
                "aceptado por `allow_insecure: true`",
                "accepted because of `allow_insecure: true`",
            )
        } else {
            (
                Severity::Error,
                "use https o declare `allow_insecure: true` en el servicio",
                "use https or set `allow_insecure: true` on the service",
            )
        };
        out.push(SpecIssue::new(
            path.clone(),
            severity,
            "health-insecure",
            format!("La URL de {env} usa http:// en lugar de https://: {es_fix}."),
            format!("The {env} URL uses http:// instead of https://: {en_fix}."),
        ));
    }
    if base_url_is_https && !url.https && !loopback {
        out.push(SpecIssue::new(path.clone(), Severity::Warning, "health-mixed-content",
            "El portal se sirve por https y esta URL es http://: los navegadores la bloquean como contenido mixto; solo `guardia health` puede comprobarla.".into(),
            "The portal is served over https and this URL is http://: browsers block it as mixed content; only `guardia health` can check it.".into()));
    }
    if base_url_is_https && url.space != AddressSpace::Public {
        out.push(SpecIssue::new(path, Severity::Info, "health-lna",
            "Un portal público que consulta una dirección local o de loopback: Chrome pedirá permiso de acceso a la red local (Local Network Access).".into(),
            "A public portal polling a local or loopback address: Chrome asks for Local Network Access.".into()));
    }
    out
}
