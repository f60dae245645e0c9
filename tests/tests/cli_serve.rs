//! `guardia serve` as a real process on loopback: it serves the site, refuses every
//! attempt to leave the output directory, rebuilds on change and shows a failed
//! rebuild's errors on the page while serving the last good site.

use guardia_tests::{fixture, free_port, guardia_bin, http_get, wait_for_port};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The server process, killed when the test ends however it ends.
struct Server(Child, SocketAddr);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(dir: &Path) -> Server {
    let port = free_port();
    let child = Command::new(guardia_bin())
        .args(["serve", "--port", &port.to_string()])
        .current_dir(dir)
        .env("GUARDIA_LANG", "en")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("guardia serve starts");
    let addr: SocketAddr = ([127, 0, 0, 1], port).into();
    let server = Server(child, addr);
    assert!(
        wait_for_port(addr, Duration::from_secs(60)),
        "the server never listened"
    );
    server
}

/// Polls until `check` holds (a rebuild is asynchronous); patience, not a speed test.
fn eventually(mut check: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        if check() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

#[test]
fn serves_the_site_and_refuses_traversal() {
    let dir = fixture("portal");
    let server = start(dir.path());
    let home = http_get(server.1, "/es/pagos/").unwrap();
    assert_eq!(home.status, 200);
    assert!(home.body.contains("<h1>Pagos</h1>"));
    assert_eq!(
        home.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    std::os::unix::fs::symlink("/etc/hostname", dir.path().join("public/leak.txt")).unwrap();
    for path in [
        "/../../../../etc/passwd",
        "/es/../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/es/..%2f..%2f..%2fetc%2fpasswd",
        "/%2E%2E%5c%2E%2E%5cetc%5cpasswd",
        "/leak.txt",
        "/es/%00",
    ] {
        let r = http_get(server.1, path).unwrap();
        assert_eq!(r.status, 403, "{path}: {}", r.body);
        assert!(!r.body.contains("root:"), "{path} leaked");
    }
    assert_eq!(http_get(server.1, "/nope/").unwrap().status, 404);
}

#[test]
fn rebuilds_on_change_and_shows_errors_of_a_failed_rebuild() {
    let dir = fixture("portal");
    let server = start(dir.path());
    let build = || http_get(server.1, "/__guardia/build").unwrap().body;
    let first = build();
    let page = dir.path().join("content/pagos/despliegue.es.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(
        &page,
        text.replace(
            "Hacer copia de seguridad",
            "Hacer copia de seguridad completa",
        ),
    )
    .unwrap();
    assert!(eventually(|| http_get(server.1, "/es/pagos/despliegue/")
        .unwrap()
        .body
        .contains("copia de seguridad completa")));
    assert!(
        eventually(|| build() != first),
        "the reload counter never moved"
    );
    std::fs::write(
        dir.path().join("content/pagos/roto.es.md"),
        "---\ntitle: [\n---\n",
    )
    .unwrap();
    assert!(eventually(|| {
        let body = http_get(server.1, "/es/pagos/despliegue/").unwrap().body;
        body.contains("class=\"build-errors\"") && body.contains("content/pagos/roto.es.md:2:8")
    }));
    let still = http_get(server.1, "/es/pagos/despliegue/").unwrap().body;
    assert!(
        still.contains("copia de seguridad completa"),
        "the last good site is still served"
    );
}

#[test]
fn a_first_build_that_fails_shows_its_errors_until_fixed() {
    let dir = fixture("portal");
    let broken = dir.path().join("content/pagos/roto.es.md");
    std::fs::write(&broken, "---\ntitle: [\n---\n").unwrap();
    let server = start(dir.path());
    let first = http_get(server.1, "/es/").unwrap();
    assert_eq!(first.status, 404);
    assert!(
        first.body.contains("content/pagos/roto.es.md:2:8"),
        "{}",
        first.body
    );
    assert!(first.body.contains("/assets/reload.js"));
    assert_eq!(http_get(server.1, "/assets/reload.js").unwrap().status, 200);
    std::fs::remove_file(&broken).unwrap();
    assert!(eventually(
        || http_get(server.1, "/es/").unwrap().status == 200
    ));
}

#[test]
fn a_body_edit_does_not_hide_errors_elsewhere() {
    let dir = fixture("portal");
    let server = start(dir.path());
    let system = dir.path().join("content/pagos/system.yaml");
    let text = std::fs::read_to_string(&system).unwrap();
    std::fs::write(
        &system,
        text.replace("availability: 99.9", "availability: alta"),
    )
    .unwrap();
    let shows_error = || {
        let body = http_get(server.1, "/es/pagos/despliegue/").unwrap().body;
        body.contains("content/pagos/system.yaml:20:19")
    };
    assert!(eventually(shows_error), "the failed rebuild is shown");
    let counter = http_get(server.1, "/__guardia/build").unwrap().body;
    let page = dir.path().join("content/pagos/despliegue.es.md");
    let body = std::fs::read_to_string(&page).unwrap();
    std::fs::write(
        &page,
        body.replace("Aplicar migraciones", "Aplicar las migraciones"),
    )
    .unwrap();
    assert!(eventually(|| http_get(server.1, "/__guardia/build")
        .unwrap()
        .body
        != counter));
    assert!(shows_error(), "system.yaml is still broken");
}
