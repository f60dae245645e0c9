//! The dev server's request handling: static files from the output directory, the build
//! counter the reload script polls, and the last rebuild's errors injected into pages.

use super::files::{self, Refusal};
use super::State;
use std::sync::atomic::Ordering;
use tiny_http::{Header, Request, Response};

/// The path `assets/reload.js` polls.
pub const BUILD_PATH: &str = "/__guardia/build";

/// The reload script: from the site once built, from the embedded theme before that.
const RELOAD_PATH: &str = "/assets/reload.js";

fn reload_script() -> Vec<u8> {
    crate::embedded::THEME
        .iter()
        .find(|(p, _)| *p == "static/reload.js")
        .map(|(_, b)| b.to_vec())
        .unwrap_or_default()
}

pub fn serve(server: &tiny_http::Server, state: &State) {
    for request in server.incoming_requests() {
        handle(request, state);
    }
}

fn handle(request: Request, state: &State) {
    if request.url() == BUILD_PATH {
        let id = state.build.load(Ordering::SeqCst).to_string();
        let _ = request.respond(with_type(Response::from_string(id), "text/plain"));
        return;
    }
    if request.url() == RELOAD_PATH && !state.root.join("assets/reload.js").is_file() {
        let _ = request.respond(with_type(
            Response::from_data(reload_script()),
            "text/javascript",
        ));
        return;
    }
    let response = match files::resolve(&state.root, request.url()) {
        Ok(path) => match std::fs::read(&path) {
            Ok(bytes) => {
                let kind = files::content_type(&path);
                let body = if kind.starts_with("text/html") {
                    inject_errors(bytes, state)
                } else {
                    bytes
                };
                with_type(Response::from_data(body), kind)
            }
            Err(_) => not_found(state),
        },
        Err(Refusal::Forbidden) => with_type(
            Response::from_string("403 forbidden / prohibido"),
            "text/plain",
        )
        .with_status_code(403),
        Err(Refusal::Missing) => not_found(state),
    };
    let _ = request.respond(response);
}

/// The site's 404 page; before any good build, a bare page (that still shows errors).
fn not_found(state: &State) -> Response<std::io::Cursor<Vec<u8>>> {
    let body = std::fs::read(state.root.join("404.html")).unwrap_or_else(|_| {
        b"<!DOCTYPE html><meta charset=\"utf-8\"><title>404</title><script src=\"/assets/reload.js\" defer></script><main><h1>404</h1></main>".to_vec()
    });
    let body = inject_errors(body, state);
    with_type(Response::from_data(body), "text/html; charset=utf-8").with_status_code(404)
}

fn with_type<R: std::io::Read>(response: Response<R>, kind: &str) -> Response<R> {
    let header = Header::from_bytes("Content-Type", kind).expect("valid header");
    let no_cache = Header::from_bytes("Cache-Control", "no-store").expect("valid header");
    response.with_header(header).with_header(no_cache)
}

/// After a failed rebuild, every page shows the errors at the top of `<main>`.
fn inject_errors(bytes: Vec<u8>, state: &State) -> Vec<u8> {
    let errors = state.errors.lock().ok().and_then(|e| e.clone());
    let (Some(errors), Ok(html)) = (errors, String::from_utf8(bytes.clone())) else {
        return bytes;
    };
    let Some(at) = html
        .find("<main")
        .and_then(|i| html[i..].find('>').map(|j| i + j + 1))
    else {
        return bytes;
    };
    let escaped = errors
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let banner = format!(
        "<div class=\"build-errors\" role=\"alert\"><p lang=\"es\">La última reconstrucción falló; se muestra la versión anterior.</p><p lang=\"en\">The last rebuild failed; showing the previous version.</p><pre>{escaped}</pre></div>"
    );
    let mut out = html;
    out.insert_str(at, &banner);
    out.into_bytes()
}
