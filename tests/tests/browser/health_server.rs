//! Health endpoints on a loopback port, one path per behaviour the status page must tell
//! apart. Each request gets its own thread so the slow one blocks nobody.

use std::sync::Arc;
use std::time::Duration;

/// The body of `/html`: must show up as text, never as markup.
pub const HOSTILE: &str = "<img src=x onerror=\"window.__pwned=1\"><b>Unhealthy?</b>";

pub struct HealthServer {
    server: Arc<tiny_http::Server>,
    pub port: u16,
}

impl HealthServer {
    pub fn start() -> HealthServer {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("binds loopback"));
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let worker = Arc::clone(&server);
        std::thread::spawn(move || {
            for request in worker.incoming_requests() {
                std::thread::spawn(move || {
                    let response = answer(request.url());
                    let _ = request.respond(response);
                });
            }
        });
        HealthServer { server, port }
    }
}

impl Drop for HealthServer {
    fn drop(&mut self) {
        self.server.unblock();
    }
}

fn answer(url: &str) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let json = "application/json";
    let (status, kind, body, cors) = match url {
        "/ok" => (200, json, r#"{"status":"Healthy"}"#, true),
        "/degraded" => (200, json, r#"{"status":"Degraded"}"#, true),
        "/down" => (503, json, r#"{"status":"Unhealthy"}"#, true),
        "/html" => (200, "text/html", HOSTILE, true),
        "/nocors" => (200, json, r#"{"status":"Healthy"}"#, false),
        "/slow" => {
            std::thread::sleep(Duration::from_secs(5));
            (200, json, r#"{"status":"Healthy"}"#, true)
        }
        _ => (404, "text/plain", "not found", true),
    };
    let mut response = tiny_http::Response::from_data(body.as_bytes().to_vec())
        .with_status_code(status)
        .with_header(tiny_http::Header::from_bytes("Content-Type", kind).expect("valid"));
    if cors {
        let allow =
            tiny_http::Header::from_bytes("Access-Control-Allow-Origin", "*").expect("valid");
        response = response.with_header(allow);
    }
    response
}
