//! HEALTH-RULES.md §1.2 end to end: one observation and the endpoint's expectations in,
//! one verdict out. Pure: shared by the browser poller and `guardia health`.
//!
//! Order: transport failure (1), body (2–4), HTTP code (5), component policy (7, which
//! replaces step 5's status when it applies), body conditions (6, can only worsen), and
//! latency (8, only turns ok into degraded). Conditions run after the policy so that a
//! declared condition is never overridden by it.

use super::body::{self, Body};
use super::combine::{self, Reading};
use super::observation::{Observation, Response, MAX_BODY_BYTES};
use super::reason::{self, Judgement};
use super::spec::{ComponentPolicy, Expect, Format};
use super::verdict::{worst_first, Component, Status, Verdict};
use super::{body_check, components, k8s, policy};

/// Reads one check of an endpoint.
pub fn interpret(
    observation: &Observation,
    expect: &Expect,
    format: Format,
    policy: Option<&ComponentPolicy>,
) -> Verdict {
    match observation {
        Observation::Failed(failure) => {
            let j = reason::unreachable(*failure, expect.timeout_ms);
            Verdict {
                status: j.status,
                reason: j.reason,
                components: Vec::new(),
                failure: Some(*failure),
                http_status: None,
                latency_ms: None,
            }
        }
        Observation::Answered(response) => answered(response, expect, format, policy),
    }
}

fn answered(
    r: &Response,
    expect: &Expect,
    format: Format,
    policy: Option<&ComponentPolicy>,
) -> Verdict {
    let body = body::classify(r.content_type.as_deref(), &r.body);
    let mut found = components_of(&body, format);
    let j = judge(r, expect, format, policy, &body, &found);
    worst_first(&mut found);
    Verdict {
        status: j.status,
        reason: j.reason,
        components: found,
        failure: None,
        http_status: Some(r.http_status),
        latency_ms: Some(r.latency_ms),
    }
}

/// Steps 3 and 5–8 on a classified body and its components.
fn judge(
    r: &Response,
    expect: &Expect,
    format: Format,
    policy: Option<&ComponentPolicy>,
    body: &Body,
    found: &[Component],
) -> Judgement {
    let word = body::own_status(body, format);
    let reading = Reading {
        code: r.http_status,
        expected: &expect.status,
        // `status-only` judges by the code alone, whatever the body is (HTML included).
        body: if format == Format::StatusOnly {
            &Body::None
        } else {
            body
        },
        word: word.as_ref(),
        components: found,
    };
    let by_code = combine::judge(&reading);
    let j = policy
        .and_then(|p| policy::apply(p, found))
        .unwrap_or(by_code);
    let failures = body_check::failures(&expect.body, body);
    let j = failures.into_iter().fold(j, Judgement::worsen);
    let j = served_as(slow(j, r.latency_ms, expect.max_latency_ms), body);
    truncated(j, &r.body)
}

fn components_of(body: &Body, format: Format) -> Vec<Component> {
    match body {
        Body::Json { value, .. } => components::from_json(value, format),
        Body::Text(text) if matches!(format, Format::Auto | Format::K8s) => k8s::components(text),
        _ => Vec::new(),
    }
}

/// Step 8: an ok answer slower than `max_latency_ms` is degraded.
fn slow(j: Judgement, latency_ms: u64, max_ms: u64) -> Judgement {
    if j.status != Status::Ok || latency_ms <= max_ms {
        return j;
    }
    j.worsen(Judgement::new(
        Status::Degraded,
        format!("Lento: {latency_ms} ms > {max_ms} ms."),
        format!("Slow: {latency_ms} ms > {max_ms} ms."),
    ))
}

fn served_as(j: Judgement, body: &Body) -> Judgement {
    match body {
        Body::Json {
            served_as: Some(ct),
            ..
        } if ct.is_empty() => j.note("(JSON sin Content-Type.)", "(JSON without a Content-Type.)"),
        Body::Json {
            served_as: Some(ct),
            ..
        } => j.note(
            &format!("(JSON servido como {ct}.)"),
            &format!("(JSON served as {ct}.)"),
        ),
        _ => j,
    }
}

/// A body at the read limit was probably cut: say so, it explains invalid JSON.
fn truncated(j: Judgement, body: &str) -> Judgement {
    if body.len() < MAX_BODY_BYTES {
        return j;
    }
    j.note(
        "(Solo se leyeron los primeros 64 KiB del cuerpo.)",
        "(Only the first 64 KiB of the body were read.)",
    )
}
