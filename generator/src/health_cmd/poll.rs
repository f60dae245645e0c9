//! Polling: one thread per endpoint, each with its own declared timeout, at most
//! `MAX_BODY_BYTES` of body read. ureq is a small blocking client with rustls, so https
//! works with no system TLS library.

use super::targets::Target;
use super::Checked;
use guardia_core::health::{interpret, Observation, Response, TransportFailure, MAX_BODY_BYTES};
use std::io::Read;
use std::time::{Duration, Instant};

const ACCEPT: &str = "application/health+json, application/json;q=0.9, */*;q=0.1";

/// Polls every target at once and interprets each answer; keeps the targets' order.
pub fn all(targets: Vec<Target>) -> Vec<Checked> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = targets
            .into_iter()
            .map(|target| scope.spawn(move || check(target)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a poll thread never panics"))
            .collect()
    })
}

fn check(target: Target) -> Checked {
    let (observation, error) = observe(&target.url, target.expect.timeout_ms);
    let policy = target.components.as_ref();
    let mut verdict = interpret(&observation, &target.expect, target.format, policy);
    if let Some(error) = error {
        // What the OS or TLS said: the browser cannot know it, the CLI can.
        verdict.reason.es = format!("{} ({error})", verdict.reason.es);
        verdict.reason.en = format!("{} ({error})", verdict.reason.en);
    }
    Checked { target, verdict }
}

fn agent(timeout_ms: u64) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_millis(timeout_ms)))
        .http_status_as_error(false)
        .user_agent(concat!("guardia-health/", env!("CARGO_PKG_VERSION")))
        .build()
        .into()
}

/// One GET; a transport error comes back with its message.
fn observe(url: &str, timeout_ms: u64) -> (Observation, Option<String>) {
    let start = Instant::now();
    let answer = agent(timeout_ms).get(url).header("Accept", ACCEPT).call();
    let latency_ms = start.elapsed().as_millis() as u64;
    match answer {
        Ok(response) => (Observation::Answered(answered(response, latency_ms)), None),
        Err(e) => (Observation::Failed(failure(&e)), Some(e.to_string())),
    }
}

fn answered(mut response: ureq::http::Response<ureq::Body>, latency_ms: u64) -> Response {
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    Response {
        http_status: response.status().as_u16(),
        content_type,
        body: read_body(response.body_mut()),
        latency_ms,
    }
}

/// The first `MAX_BODY_BYTES`; a body cut short by the timeout keeps what arrived.
fn read_body(body: &mut ureq::Body) -> String {
    let mut bytes = Vec::with_capacity(4096);
    let limit = MAX_BODY_BYTES as u64;
    let _ = body.as_reader().take(limit).read_to_end(&mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}

fn failure(e: &ureq::Error) -> TransportFailure {
    match e {
        ureq::Error::Timeout(_) => TransportFailure::Timeout,
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
            TransportFailure::Timeout
        }
        _ => TransportFailure::Network,
    }
}
