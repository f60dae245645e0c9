//! A fixture portal copied to a temp dir, rewritten, built with the real `guardia build`
//! and served from `public/` on 127.0.0.1 by a server that counts the requests it gets
//! (the proof that validating a `.env` sends nothing).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

pub struct Site {
    pub dir: tempfile::TempDir,
    server: Arc<tiny_http::Server>,
    pub addr: std::net::SocketAddr,
    requests: Arc<AtomicUsize>,
    paths: Arc<std::sync::Mutex<Vec<String>>>,
}

impl Site {
    /// `tests/fixtures/<fixture>` with each `(from, to)` replaced in every YAML file.
    pub fn build(fixture: &str, rewrites: &[(&str, String)]) -> Site {
        let dir = guardia_tests::fixture(fixture);
        rewrite_yaml(dir.path(), rewrites);
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("binds loopback"));
        let addr = server.server_addr().to_ip().expect("an IP address");
        let site = Site {
            dir,
            server,
            addr,
            requests: Arc::default(),
            paths: Arc::default(),
        };
        site.rebuild();
        site.serve();
        site
    }

    /// Runs `guardia build` again (after an edit); the server picks up the new files.
    pub fn rebuild(&self) {
        let run = guardia_tests::guardia(self.dir.path(), &["build"]);
        assert_eq!(
            run.code, 0,
            "guardia build failed:\n{}\n{}",
            run.stdout, run.stderr
        );
    }

    /// Replaces `from` with `to` in the content file `rel` (which must contain it).
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let path = self.dir.path().join(rel);
        let text = std::fs::read_to_string(&path).expect("content file");
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        std::fs::write(&path, text.replace(from, to)).expect("writable");
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Requests the server has answered so far.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    /// Paths requested so far, in order.
    pub fn paths(&self) -> Vec<String> {
        self.paths.lock().expect("not poisoned").clone()
    }

    fn serve(&self) {
        let (server, count) = (Arc::clone(&self.server), Arc::clone(&self.requests));
        let paths = Arc::clone(&self.paths);
        let root = self.dir.path().join("public");
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                count.fetch_add(1, Ordering::SeqCst);
                paths
                    .lock()
                    .expect("not poisoned")
                    .push(request.url().to_string());
                let response = respond(&root, request.url());
                let _ = request.respond(response);
            }
        });
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        self.server.unblock();
    }
}

fn rewrite_yaml(dir: &Path, rewrites: &[(&str, String)]) {
    for (path, _) in guardia_tests::snapshot_tree(dir) {
        let path = dir.join(path);
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&path).expect("utf-8 yaml");
            let text = rewrites
                .iter()
                .fold(text, |t, (from, to)| t.replace(from, to));
            std::fs::write(&path, text).expect("writable");
        }
    }
}

fn respond(root: &Path, url: &str) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    let mut file: PathBuf = root.join(decoded.trim_start_matches('/'));
    if file.is_dir() {
        file = file.join("index.html");
    }
    let inside = !decoded.split('/').any(|part| part == "..");
    match std::fs::read(&file).ok().filter(|_| inside) {
        Some(bytes) => {
            let kind = content_type(&file);
            let header = tiny_http::Header::from_bytes("Content-Type", kind).expect("valid header");
            tiny_http::Response::from_data(bytes).with_header(header)
        }
        None => tiny_http::Response::from_data(b"not found".to_vec()).with_status_code(404),
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css",
        "js" => "text/javascript",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        _ => "application/octet-stream",
    }
}
