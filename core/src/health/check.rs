//! Build-time checks of a service's health declaration (HEALTH-RULES.md §5). Each issue
//! carries a path into the YAML (`["services", 0, "health", "production"]`) that the
//! generator turns into `file:line:col`. Status patterns, body paths and `matches`
//! regexes are checked earlier, when the YAML is read (they cannot be represented).

use super::spec::{Endpoint, ServiceSpec};
use super::{check_timing, check_url};
use crate::Localized;
use serde::Serialize;

pub use crate::severity::Severity;

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
    pub(crate) fn new(
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
    let mut out = check_timing::poll(service);
    let expect_path = vec![PathStep::from("expect")];
    out.extend(check_timing::expect(
        &service.expect,
        &service.poll,
        expect_path,
    ));
    for (env, endpoint) in &service.health {
        let at = vec![PathStep::from("health"), PathStep::Key(env.clone())];
        out.extend(unknown_env(env, environments, &at));
        out.extend(check_url::issues(
            service,
            env,
            endpoint,
            &at,
            base_url_is_https,
        ));
        if let Endpoint::Detailed {
            expect: Some(e), ..
        } = endpoint
        {
            let path = [at, vec![PathStep::from("expect")]].concat();
            out.extend(check_timing::expect(e, &service.poll, path));
        }
    }
    out
}

fn unknown_env(env: &str, environments: &[String], at: &[PathStep]) -> Option<SpecIssue> {
    if environments.iter().any(|e| e == env) {
        return None;
    }
    let known = environments.join(", ");
    Some(SpecIssue::new(
        at.to_vec(),
        Severity::Error,
        "health-env-unknown",
        format!("El entorno '{env}' no está en `environments` de portal.yaml ({known}); añádalo allí o corrija el nombre."),
        format!("Environment '{env}' is not in portal.yaml's `environments` ({known}); add it there or fix the name."),
    ))
}
