//! One check of one endpoint from the page (HEALTH-RULES.md §3.1, §4): a plain CORS
//! `GET` with no credentials and a timeout; when it fails, a `no-cors` probe tells "the
//! server answered but CORS hides it" from "nothing answered".

use super::csp::CspLog;
use crate::dom;
use gloo_net::http::Request;
use guardia_core::health::{
    classify_failure, FailureEvidence, Observation, Response, Route, TransportFailure,
    MAX_BODY_BYTES,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortSignal, ReadableStreamDefaultReader, ReferrerPolicy, RequestCache, RequestCredentials,
    RequestMode, RequestRedirect,
};

const ACCEPT: &str = "application/health+json, application/json;q=0.9, */*;q=0.1";

/// Checks `url`; `None` when `cancel` aborted it (tab hidden, environment changed).
pub async fn observe(
    url: &str,
    timeout_ms: u64,
    route: &Route,
    cancel: &AbortSignal,
    csp: &CspLog,
) -> Option<Observation> {
    if !dom::window().navigator().on_line() {
        return Some(Observation::Failed(TransportFailure::Offline));
    }
    if route.mixed_content {
        return Some(Observation::Failed(TransportFailure::MixedContent));
    }
    let signal = with_timeout(cancel, timeout_ms);
    let started = now();
    let sent = request(url, RequestMode::Cors, &signal).send().await;
    if cancel.aborted() {
        return None;
    }
    match sent {
        Ok(response) => Some(Observation::Answered(
            answered(response, started, &signal).await,
        )),
        Err(error) => {
            let timed_out =
                matches!(&error, gloo_net::Error::JsError(e) if e.name == "TimeoutError");
            let evidence = FailureEvidence {
                offline: !dom::window().navigator().on_line(),
                timed_out,
                opaque_probe_answered: !timed_out && opaque_answer(url, timeout_ms, cancel).await,
                csp_violation: csp.blocked(url),
            };
            (!cancel.aborted()).then(|| Observation::Failed(classify_failure(route, &evidence)))
        }
    }
}

fn request(url: &str, mode: RequestMode, signal: &AbortSignal) -> gloo_net::http::RequestBuilder {
    Request::get(url)
        .mode(mode)
        .credentials(RequestCredentials::Omit)
        .cache(RequestCache::NoStore)
        .redirect(RequestRedirect::Follow)
        .referrer_policy(ReferrerPolicy::NoReferrer)
        .header("Accept", ACCEPT)
        .abort_signal(Some(signal))
}

/// `cancel` or the timeout, whichever comes first.
fn with_timeout(cancel: &AbortSignal, timeout_ms: u64) -> AbortSignal {
    let timeout = AbortSignal::timeout_with_u32(timeout_ms.min(u64::from(u32::MAX)) as u32);
    AbortSignal::any(&js_sys::Array::of2(cancel, &timeout))
}

/// The `no-cors` probe: resolves (opaque) if anything answered at all.
async fn opaque_answer(url: &str, timeout_ms: u64, cancel: &AbortSignal) -> bool {
    let signal = with_timeout(cancel, timeout_ms);
    Request::get(url)
        .mode(RequestMode::NoCors)
        .credentials(RequestCredentials::Omit)
        .cache(RequestCache::NoStore)
        .referrer_policy(ReferrerPolicy::NoReferrer)
        .abort_signal(Some(&signal))
        .send()
        .await
        .is_ok()
}

async fn answered(
    response: gloo_net::http::Response,
    started: f64,
    signal: &AbortSignal,
) -> Response {
    let latency_ms = (now() - started).max(0.0).round() as u64;
    let content_type = response.headers().get("content-type");
    let body = match response.body() {
        Some(stream) => read_limited(stream, signal).await,
        None => String::new(),
    };
    Response {
        http_status: response.status(),
        content_type,
        body,
        latency_ms,
    }
}

/// The first [`MAX_BODY_BYTES`] of the body; the rest is cancelled, never read.
async fn read_limited(stream: web_sys::ReadableStream, signal: &AbortSignal) -> String {
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    while bytes.len() < MAX_BODY_BYTES && !signal.aborted() {
        let Ok(chunk) = JsFuture::from(reader.read()).await else {
            break;
        };
        let done = js_sys::Reflect::get(&chunk, &JsValue::from_str("done"))
            .ok()
            .and_then(|d| d.as_bool());
        if done != Some(false) {
            break;
        }
        let value =
            js_sys::Reflect::get(&chunk, &JsValue::from_str("value")).unwrap_or(JsValue::UNDEFINED);
        bytes.extend(js_sys::Uint8Array::new(&value).to_vec());
    }
    let _ = reader.cancel();
    bytes.truncate(MAX_BODY_BYTES);
    String::from_utf8_lossy(&bytes).into_owned()
}

fn now() -> f64 {
    dom::window().performance().map_or(0.0, |p| p.now())
}
