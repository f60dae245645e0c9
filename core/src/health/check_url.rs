//! Build-time checks of one endpoint URL (HEALTH-RULES.md §5): it parses, it is https
//! where it must be, and what a browser on the published portal will make of it.

use super::address::{AddressSpace, EndpointUrl};
use super::check::{PathStep, Severity, SpecIssue};
use super::spec::{Endpoint, ServiceSpec};

/// Issues of `endpoint` (environment `env`), at `at` or at its `url` key (long form).
pub fn issues(
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
    let mut out: Vec<SpecIssue> = insecure(service, env, &url, &path).into_iter().collect();
    if base_url_is_https {
        out.extend(mixed_content(&url, &path));
        out.extend(local_network(&url, &path));
    }
    out
}

/// staging/production over plain http to a non-loopback host.
fn insecure(
    service: &ServiceSpec,
    env: &str,
    url: &EndpointUrl,
    path: &[PathStep],
) -> Option<SpecIssue> {
    let exposed = matches!(env, "staging" | "production") && !url.https;
    if !exposed || url.space == AddressSpace::Loopback {
        return None;
    }
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
    Some(SpecIssue::new(
        path.to_vec(),
        severity,
        "health-insecure",
        format!("La URL de {env} usa http:// en lugar de https://: {es_fix}."),
        format!("The {env} URL uses http:// instead of https://: {en_fix}."),
    ))
}

/// An https portal cannot fetch http:// from a non-loopback host.
fn mixed_content(url: &EndpointUrl, path: &[PathStep]) -> Option<SpecIssue> {
    (!url.https && url.space != AddressSpace::Loopback).then(|| SpecIssue::new(
        path.to_vec(),
        Severity::Warning,
        "health-mixed-content",
        "El portal se sirve por https y esta URL es http://: los navegadores la bloquean como contenido mixto; solo `guardia health` puede comprobarla.".into(),
        "The portal is served over https and this URL is http://: browsers block it as mixed content; only `guardia health` can check it.".into(),
    ))
}

/// A published (https) portal polling a private or loopback address.
fn local_network(url: &EndpointUrl, path: &[PathStep]) -> Option<SpecIssue> {
    (url.space != AddressSpace::Public).then(|| SpecIssue::new(
        path.to_vec(),
        Severity::Info,
        "health-lna",
        "Un portal público que consulta una dirección local o de loopback: Chrome pedirá permiso de acceso a la red local (Local Network Access).".into(),
        "A public portal polling a local or loopback address: Chrome asks for Local Network Access.".into(),
    ))
}
