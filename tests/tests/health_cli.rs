//! `guardia health` as a process against real HTTP servers on 127.0.0.1: ok, degraded,
//! down, slow, hanging, HTML, a 10 MB body and a refused connection, in text and JSON,
//! and the usage errors.

#[path = "health_cli/server.rs"]
mod server;

use guardia_tests::{fixture, free_port, guardia, Run};
use serde_json::Value;
use std::path::Path;

/// The fixture with its `{PORT}` / `{REFUSED}` placeholders pointed at this test's ports.
fn content() -> tempfile::TempDir {
    let dir = fixture("health");
    let port = server::start().port().to_string();
    let refused = free_port().to_string();
    for system in ["tienda", "blog"] {
        let file = dir.path().join("content").join(system).join("system.yaml");
        let text = std::fs::read_to_string(&file).expect("fixture system.yaml");
        let text = text.replace("{PORT}", &port).replace("{REFUSED}", &refused);
        std::fs::write(&file, text).expect("rewritten");
    }
    dir
}

fn health(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["health", "--content", "content"];
    all.extend_from_slice(args);
    guardia(dir, &all)
}

fn results(run: &Run) -> Vec<Value> {
    let doc: Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {run:?}"));
    doc["results"].as_array().expect("results").clone()
}

fn find<'a>(results: &'a [Value], service: &str) -> &'a Value {
    let found = results.iter().find(|r| r["service"] == service);
    &found.unwrap_or_else(|| panic!("no result for {service}: {results:?}"))["verdict"]
}

#[test]
fn every_behaviour_in_json() {
    let dir = content();
    let run = health(
        dir.path(),
        &[
            "--env",
            "development",
            "--system",
            "tienda",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        run.code, 1,
        "down and unreachable services fail the run: {run:?}"
    );
    let results = results(&run);
    let expected = [
        ("ok", "ok", Some(200u64)),
        ("degraded", "degraded", Some(200)),
        ("down", "down", Some(503)),
        ("slow", "degraded", Some(200)),
        ("hanging", "unreachable", None),
        ("html", "unknown", Some(200)),
        ("huge", "unknown", Some(200)),
        ("refused", "unreachable", None),
        ("tls", "unreachable", None),
    ];
    assert_eq!(
        results.len(),
        expected.len(),
        "`none` declares no endpoint: {results:?}"
    );
    for (service, status, code) in expected {
        let v = find(&results, service);
        assert_eq!(v["status"], status, "{service}: {v}");
        assert_eq!(v["http_status"].as_u64(), code, "{service}: {v}");
        assert!(
            v["reason"]["es"].is_string() && v["reason"]["en"].is_string(),
            "{v}"
        );
    }
    assert_eq!(find(&results, "hanging")["failure"], "timeout");
    assert_eq!(find(&results, "refused")["failure"], "network");
    // The TLS handshake fails against a plain-HTTP port: rustls is in, and says why.
    let tls = find(&results, "tls");
    assert_eq!(tls["failure"], "network");
    assert!(
        tls["reason"]["en"]
            .as_str()
            .unwrap()
            .contains("Could not connect ("),
        "{tls}"
    );
    assert!(find(&results, "slow")["reason"]["en"]
        .as_str()
        .unwrap()
        .contains("Slow:"));
    let down = find(&results, "down");
    assert_eq!(down["components"][0]["name"], "db");
    assert_eq!(down["components"][0]["detail"], "Connection refused");
    let degraded = find(&results, "degraded");
    assert_eq!(degraded["components"][0]["name"], "redis");
    let huge = find(&results, "huge")["reason"]["en"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(huge.contains("Only the first 64 KiB"), "{huge}");
    assert!(find(&results, "html")["reason"]["en"]
        .as_str()
        .unwrap()
        .contains("web page"));
}

#[test]
fn a_healthy_system_exits_zero_with_a_table() {
    let dir = content();
    let run = health(
        dir.path(),
        &["--env", "development", "--system", "blog", "--lang", "en"],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines[0].starts_with("SYSTEM") && lines[0].contains("LATENCY"),
        "{}",
        run.stdout
    );
    assert!(
        lines.iter().any(|l| l.starts_with("blog")
            && l.contains(" web ")
            && l.contains(" ok ")
            && l.contains("200")),
        "{}",
        run.stdout
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains(" api ") && l.contains(" ok ")),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("2 service(s): 2 ok"), "{}", run.stdout);
}

#[test]
fn spanish_table_for_every_system() {
    let dir = content();
    let run = health(dir.path(), &["--env", "development", "--lang", "es"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.starts_with("SISTEMA"), "{}", run.stdout);
    for word in [
        "operativo",
        "degradado",
        "caído",
        "inalcanzable",
        "desconocido",
        "Lento:",
    ] {
        assert!(run.stdout.contains(word), "missing {word}: {}", run.stdout);
    }
    assert!(run.stdout.contains("11 servicio(s)"), "{}", run.stdout);
}

#[test]
fn usage_and_input_errors_exit_two() {
    let dir = content();
    let run = health(dir.path(), &["--env", "qa", "--lang", "en"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("portal.yaml") && run.stderr.contains("development, production"),
        "{}",
        run.stderr
    );
    let run = health(
        dir.path(),
        &["--env", "development", "--system", "nada", "--lang", "es"],
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("nada") && run.stderr.contains("system.yaml"),
        "{}",
        run.stderr
    );
    let run = health(dir.path(), &["--system", "blog"]);
    assert_eq!(run.code, 2, "missing --env: {run:?}");
}

#[test]
fn bad_yaml_is_reported_with_a_position() {
    let dir = content();
    let file = dir.path().join("content/blog/system.yaml");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("status: 200", "status: 2x");
    std::fs::write(&file, text).unwrap();
    let run = health(dir.path(), &["--env", "development", "--lang", "en"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("blog/system.yaml:"), "{}", run.stderr);
    assert!(run.stderr.contains("2x"), "{}", run.stderr);
}

#[test]
fn a_typo_in_the_long_form_is_named_at_its_line() {
    let dir = content();
    let file = dir.path().join("content/tienda/system.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    let line = 1 + text
        .lines()
        .position(|l| l.contains("max_latency_ms: 100"))
        .unwrap();
    std::fs::write(
        &file,
        text.replace(
            "expect: { max_latency_ms: 100 }",
            "expct: { max_latency_ms: 100 }",
        ),
    )
    .unwrap();
    let run = health(dir.path(), &["--env", "development", "--lang", "en"]);
    assert_eq!(run.code, 2, "{run:?}");
    let at = format!("tienda/system.yaml:{line}:");
    assert!(
        run.stderr.contains(&at) && run.stderr.contains("expct"),
        "{at}: {}",
        run.stderr
    );
}

#[test]
fn nothing_declared_for_the_environment_is_not_a_failure() {
    let dir = content();
    let run = health(
        dir.path(),
        &["--env", "production", "--system", "tienda", "--lang", "en"],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .contains("No service declares a health endpoint for 'production'"),
        "{}",
        run.stdout
    );
}
