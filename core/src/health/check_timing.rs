//! Timing sanity of a health declaration: timeouts, latency limits and the poll interval
//! (HEALTH-RULES.md §4 and §5).

use super::check::{PathStep, Severity, SpecIssue};
use super::spec::{Expect, Poll, ServiceSpec};
use crate::Localized;

/// The browser's minimum interval between checks.
pub const MIN_INTERVAL_S: u32 = 10;

fn issue(
    path: Vec<PathStep>,
    severity: Severity,
    code: &'static str,
    es: String,
    en: String,
) -> SpecIssue {
    SpecIssue {
        path,
        severity,
        code,
        message: Localized::new(es, en),
    }
}

fn at(base: &[PathStep], key: &str) -> Vec<PathStep> {
    let mut path = base.to_vec();
    path.push(key.into());
    path
}

/// `poll:` of a service.
pub fn poll(service: &ServiceSpec) -> Vec<SpecIssue> {
    let mut out = Vec::new();
    let p = &service.poll;
    if p.interval_s < MIN_INTERVAL_S {
        out.push(issue(at(&["poll".into()], "interval_s"), Severity::Error, "health-interval",
            format!("`interval_s: {}` es menor que el mínimo de {MIN_INTERVAL_S} s; use {MIN_INTERVAL_S} o más.", p.interval_s),
            format!("`interval_s: {}` is below the minimum of {MIN_INTERVAL_S} s; use {MIN_INTERVAL_S} or more.", p.interval_s)));
    }
    if p.failures_before_down == 0 {
        out.push(issue(
            at(&["poll".into()], "failures_before_down"),
            Severity::Error,
            "health-failures",
            "`failures_before_down: 0` no tiene sentido; use 1 o más (por defecto 2).".into(),
            "`failures_before_down: 0` makes no sense; use 1 or more (default 2).".into(),
        ));
    }
    out
}

/// An `expect:` block at `base`, judged against the service's poll interval.
pub fn expect(e: &Expect, poll: &Poll, base: Vec<PathStep>) -> Vec<SpecIssue> {
    let mut out = Vec::new();
    let limit_ms = u64::from(poll.interval_s) * 500;
    if e.timeout_ms == 0 {
        out.push(issue(
            at(&base, "timeout_ms"),
            Severity::Error,
            "health-timeout",
            "`timeout_ms: 0` no deja tiempo para responder; use p. ej. 10000.".into(),
            "`timeout_ms: 0` leaves no time to answer; use e.g. 10000.".into(),
        ));
    } else if e.timeout_ms > limit_ms {
        out.push(issue(at(&base, "timeout_ms"), Severity::Warning, "health-timeout",
            format!("`timeout_ms: {}` supera la mitad del intervalo ({limit_ms} ms): una comprobación se solaparía con la siguiente.", e.timeout_ms),
            format!("`timeout_ms: {}` exceeds half the poll interval ({limit_ms} ms): one check would overlap the next.", e.timeout_ms)));
    }
    if e.timeout_ms > 0 && e.max_latency_ms >= e.timeout_ms {
        out.push(issue(at(&base, "max_latency_ms"), Severity::Warning, "health-latency",
            format!("`max_latency_ms: {}` no es menor que `timeout_ms: {}`: una respuesta lenta nunca se marcaría como degradada.", e.max_latency_ms, e.timeout_ms),
            format!("`max_latency_ms: {}` is not below `timeout_ms: {}`: a slow answer would never show as degraded.", e.max_latency_ms, e.timeout_ms)));
    }
    out
}
