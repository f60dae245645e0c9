//! HEALTH-RULES.md §1.2 step by step: a table of vectors per step.

use guardia_core::health::{
    interpret, ComponentPolicy, Expect, Format, Observation, Response, Status, TransportFailure,
    Verdict,
};
use Status::*;

fn answer(code: u16, ct: &str, body: &str, latency_ms: u64) -> Observation {
    Observation::Answered(Response {
        http_status: code,
        content_type: (!ct.is_empty()).then(|| ct.to_string()),
        body: body.to_string(),
        latency_ms,
    })
}

fn expect(json: &str) -> Expect {
    serde_json::from_str(json).expect("expect parses")
}

fn run(code: u16, ct: &str, body: &str) -> Verdict {
    interpret(
        &answer(code, ct, body, 10),
        &Expect::default(),
        Format::Auto,
        None,
    )
}

const JSON: &str = "application/json";

#[test]
fn step_1_transport_failures_are_unreachable_with_a_reason() {
    use TransportFailure::*;
    let cases = [
        (Timeout, "10000 ms", "10000 ms"),
        (MixedContent, "contenido mixto", "mixed content"),
        (Csp, "CSP", "Content-Security-Policy"),
        (Cors, "CORS", "CORS"),
        (Lna, "red local", "Local Network Access"),
        (Network, "No se pudo conectar", "Could not connect"),
        (Offline, "fuera de línea", "offline"),
    ];
    for (failure, es, en) in cases {
        let v = interpret(
            &Observation::Failed(failure),
            &Expect::default(),
            Format::Auto,
            None,
        );
        assert_eq!((v.status, v.failure), (Unreachable, Some(failure)));
        assert!(
            v.reason.es.contains(es) && v.reason.en.contains(en),
            "{failure:?}: {:?}",
            v.reason
        );
        assert_eq!((v.http_status, v.latency_ms), (None, None));
    }
    let json = serde_json::to_string(&Observation::Failed(MixedContent)).unwrap();
    assert_eq!(json, r#"{"failed":"mixed-content"}"#);
}

#[test]
fn step_2_body_classification() {
    let cases: &[(&str, &str, Status, &str)] = &[
        (JSON, r#"{"status":"ok"}"#, Ok, "reports healthy"),
        ("text/json", r#"{"status":"ok"}"#, Ok, "reports healthy"),
        (
            "application/problem+json",
            r#"{"status":"fail"}"#,
            Down,
            "failing status",
        ),
        (
            "text/plain",
            r#"{"status":"warn"}"#,
            Degraded,
            "JSON served as text/plain",
        ),
        ("", r#"{"status":"ok"}"#, Ok, "JSON without a Content-Type"),
        (JSON, r#"{"status": "ok""#, Unknown, "does not parse"),
        (JSON, "", Ok, "judged by the HTTP code"),
        (JSON, "   \n", Ok, "judged by the HTTP code"),
        (
            "text/plain",
            "<HTML><body>x</body></HTML>",
            Unknown,
            "web page",
        ),
        ("text/plain", "{not json", Ok, "judged by the HTTP code"),
        ("text/plain", "\u{feff}Healthy", Ok, "reports healthy"),
    ];
    for (ct, body, want, reason) in cases {
        let v = run(200, ct, body);
        assert_eq!(v.status, *want, "{ct} {body:?}: {:?}", v.reason);
        assert!(
            v.reason.en.contains(reason),
            "{ct} {body:?}: {}",
            v.reason.en
        );
    }
}

#[test]
fn step_3_the_body_s_own_status() {
    let cases: &[(&str, &str, Status)] = &[
        (JSON, r#"{"status":"Healthy"}"#, Ok),
        (JSON, r#"{"status":" GREEN "}"#, Ok),
        (JSON, r#"{"status":true}"#, Ok),
        (JSON, r#"{"status":false}"#, Down),
        (JSON, r#"{"healthy":false}"#, Down),
        (JSON, r#"{"healthy":true,"status":"degraded"}"#, Degraded),
        (JSON, r#"{"status":"partially_degraded"}"#, Degraded),
        (JSON, r#"{"status":"unknown"}"#, Unknown),
        (JSON, r#"{"status":"maintenance"}"#, Unknown),
        (JSON, r#"{"status":200}"#, Ok),
        ("text/plain", "alive", Ok),
        ("text/plain", "FAILED", Down),
        ("text/plain", "all systems go", Ok),
        ("text/plain", "[+]a ok\n[-]b failed\n", Down),
        ("text/plain", "x\nreadyz check failed", Down),
    ];
    for (ct, body, want) in cases {
        assert_eq!(run(200, ct, body).status, *want, "{body:?}");
    }
    let v = run(200, JSON, r#"{"status":"maintenance"}"#);
    assert_eq!(v.reason.en, "Unrecognised status 'maintenance'.");
    assert_eq!(v.reason.es, "Estado no reconocido 'maintenance'.");
}

#[test]
fn step_4_components_first_match_wins_and_non_status_fields_are_ignored() {
    // `checks` as an array is MicroProfile even when `services` is also there.
    let body = r#"{"checks":[{"name":"a","status":"UP"}],"services":{"b":"down"}}"#;
    let v = run(200, JSON, body);
    assert_eq!(v.components.len(), 1);
    assert_eq!(v.components[0].name, "a");
    let generic =
        r#"{"dependencies":{"api":{"status":"ok","responseTime":12},"uptime":99,"version":"1.2"}}"#;
    let v = run(200, JSON, generic);
    let names: Vec<_> = v.components.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["api"]);
    // A declared format looks only where that format puts components.
    let v = interpret(
        &answer(200, JSON, body, 1),
        &Expect::default(),
        Format::AspnetUi,
        None,
    );
    assert!(v.components.is_empty());
}

#[test]
fn step_5_http_code_combination() {
    let ok = r#"{"status":"ok"}"#;
    let down = r#"{"status":"down"}"#;
    let cases: &[(u16, &str, &str, Status, &str)] = &[
        (200, JSON, ok, Ok, "reports healthy"),
        (200, JSON, down, Down, "Answered 200 with a failing status"),
        (
            200,
            JSON,
            r#"{"components":{"db":{"status":"DOWN"}}}"#,
            Down,
            "judged by its components",
        ),
        (
            200,
            JSON,
            r#"{"version":"1"}"#,
            Ok,
            "judged by the HTTP code",
        ),
        (500, JSON, ok, Down, "the HTTP code wins"),
        (503, "text/plain", "", Down, "server error"),
        (502, "text/html", "<html>", Down, "gateway could not reach"),
        (504, "", "", Down, "gateway could not reach"),
        (429, JSON, ok, Unknown, "rate-limited"),
        (401, JSON, down, Unknown, "requires authentication"),
        (403, "", "", Unknown, "requires authentication"),
        (404, "text/html", "<html>", Unknown, "no health endpoint"),
        (405, "", "", Unknown, "no health endpoint"),
        (410, "", "", Unknown, "no health endpoint"),
        (400, JSON, down, Down, "body reports failure"),
        (418, JSON, ok, Unknown, "refused"),
        (302, "", "", Unknown, "Unexpected HTTP code 302"),
    ];
    for (code, ct, body, want, reason) in cases {
        let v = run(*code, ct, body);
        assert_eq!(v.status, *want, "{code} {body}: {:?}", v.reason);
        assert!(v.reason.en.contains(reason), "{code}: {}", v.reason.en);
        assert!(!v.reason.es.is_empty() && v.reason.es != v.reason.en);
        assert_eq!(v.http_status, Some(*code));
    }
}

#[test]
fn step_5_explicit_status_sets() {
    let cases: &[(&str, u16, Status, &str)] = &[
        (r#"{"status":200}"#, 204, Down, "Expected HTTP 200, got 204"),
        (r#"{"status":[200,204]}"#, 204, Ok, ""),
        (
            r#"{"status":"200-202"}"#,
            203,
            Down,
            "Expected HTTP 200-202, got 203",
        ),
        (r#"{"status":"2XX"}"#, 299, Ok, ""),
        (r#"{"status":[200,301]}"#, 301, Ok, ""),
    ];
    for (e, code, want, reason) in cases {
        let v = interpret(&answer(*code, "", "", 5), &expect(e), Format::Auto, None);
        assert_eq!(v.status, *want, "{e} {code}");
        assert!(v.reason.en.contains(reason), "{}", v.reason.en);
    }
}

#[test]
fn step_6_body_conditions_apply_their_else() {
    let body = r#"{"status":"Healthy","entries":{"pg":{"status":"Degraded"}},"queue":{"depth":120},"version":"2.3.1"}"#;
    let cases: &[(&str, Status)] = &[
        (r#"{"path":"status","in":["Healthy","Degraded"]}"#, Ok),
        (r#"{"path":"status","not_in":["Unhealthy"]}"#, Ok),
        (
            r#"{"path":"entries.pg.status","equals":"Healthy","else":"degraded"}"#,
            Degraded,
        ),
        (r#"{"path":"entries.pg.status","equals":"Healthy"}"#, Down),
        (
            r#"{"path":"queue.depth","lt":100,"else":"degraded"}"#,
            Degraded,
        ),
        (r#"{"path":"queue.depth","gt":100}"#, Ok),
        (r#"{"path":"queue.depth","equals":120}"#, Ok),
        (r#"{"path":"version","matches":"^2\\."}"#, Ok),
        (r#"{"path":"version","matches":"^3\\."}"#, Down),
        (r#"{"path":"missing","exists":false}"#, Ok),
        (r#"{"path":"missing","exists":true}"#, Down),
        (r#"{"path":"missing","not_in":["x"]}"#, Down),
        (r#"{"path":"version","contains":"2.3"}"#, Ok),
    ];
    for (cond, want) in cases {
        let e = expect(&format!(r#"{{"body":[{cond}]}}"#));
        let v = interpret(&answer(200, JSON, body, 5), &e, Format::Auto, None);
        assert_eq!(v.status, *want, "{cond}: {:?}", v.reason);
        if *want != Ok {
            assert!(v.reason.en.contains("does not hold"), "{}", v.reason.en);
        }
    }
    // Text bodies: the whole body is the value; a condition never improves a 5xx.
    let e = expect(r#"{"body":[{"contains":"OK"}]}"#);
    let v = interpret(
        &answer(200, "text/plain", "OK\n", 5),
        &e,
        Format::Text,
        None,
    );
    assert_eq!(v.status, Ok);
    let v = interpret(&answer(503, "text/plain", "OK", 5), &e, Format::Text, None);
    assert_eq!(v.status, Down);
}

fn policy(critical: &[&str], ignore: &[&str]) -> ComponentPolicy {
    ComponentPolicy {
        critical: critical.iter().map(|s| s.to_string()).collect(),
        ignore: ignore.iter().map(|s| s.to_string()).collect(),
    }
}

#[test]
fn step_7_component_policy() {
    let body = r#"{"status":"Unhealthy","entries":{"postgresql":{"status":"Healthy"},
        "rabbitmq":{"status":"Degraded"},"claude-api":{"status":"Unhealthy"}}}"#;
    let cases: &[(&[&str], &[&str], Status, &str)] = &[
        (&[], &[], Down, "server error"),
        (
            &["postgresql"],
            &["claude-api"],
            Degraded,
            "Component 'rabbitmq' is degraded",
        ),
        (
            &["claude-api"],
            &[],
            Down,
            "Critical component 'claude-api' is down",
        ),
        (
            &[],
            &["claude-api", "rabbitmq"],
            Ok,
            "Every component that counts is ok",
        ),
        (&["postgresql", "rabbitmq"], &[], Degraded, ""),
    ];
    for (critical, ignore, want, reason) in cases {
        let p = policy(critical, ignore);
        let v = interpret(
            &answer(503, JSON, body, 5),
            &Expect::default(),
            Format::Auto,
            Some(&p),
        );
        assert_eq!(v.status, *want, "{critical:?} {ignore:?}: {:?}", v.reason);
        assert!(v.reason.en.contains(reason), "{}", v.reason.en);
        assert_eq!(v.components.len(), 3, "components are always shown");
    }
    // Nested names: `db` covers `db/replica`.
    let spring = r#"{"status":"DOWN","components":{"db":{"status":"DOWN","components":{"replica":{"status":"DOWN"}}},"mail":{"status":"UP"}}}"#;
    let v = interpret(
        &answer(503, JSON, spring, 5),
        &Expect::default(),
        Format::Auto,
        Some(&policy(&["db"], &[])),
    );
    assert_eq!(v.status, Down);
    let v = interpret(
        &answer(503, JSON, spring, 5),
        &Expect::default(),
        Format::Auto,
        Some(&policy(&[], &["db"])),
    );
    assert_eq!(v.status, Ok);
    // No components found: the policy does not apply.
    let v = interpret(
        &answer(503, "", "", 5),
        &Expect::default(),
        Format::Auto,
        Some(&policy(&[], &["x"])),
    );
    assert_eq!(v.status, Down);
}

#[test]
fn step_8_latency_turns_ok_into_degraded_only() {
    let e = expect(r#"{"max_latency_ms":2000}"#);
    let at = |code, body: &str, ms| interpret(&answer(code, "", body, ms), &e, Format::Auto, None);
    let slow = at(200, "ok", 3500);
    assert_eq!(slow.status, Degraded);
    assert!(
        slow.reason.en.contains("Slow: 3500 ms > 2000 ms"),
        "{}",
        slow.reason.en
    );
    assert!(
        slow.reason.es.contains("Lento: 3500 ms > 2000 ms"),
        "{}",
        slow.reason.es
    );
    assert_eq!(at(200, "ok", 2000).status, Ok, "equal is not slower");
    assert_eq!(at(200, "down", 9000).status, Down);
    assert_eq!(at(404, "", 9000).status, Unknown);
    assert_eq!(slow.latency_ms, Some(3500));
}

#[test]
fn components_come_worst_first() {
    let body = r#"{"entries":{"a":{"status":"Healthy"},"b":{"status":"Unhealthy"},"c":{"status":"Degraded"},"d":{"status":"what"}}}"#;
    let v = run(200, JSON, body);
    let order: Vec<_> = v
        .components
        .iter()
        .map(|c| (c.name.as_str(), c.status))
        .collect();
    assert_eq!(
        order,
        [("b", Down), ("c", Degraded), ("d", Unknown), ("a", Ok)]
    );
    assert_eq!(
        v.status, Down,
        "no top-level status: worst of the components"
    );
}

#[test]
fn verdict_serializes_for_the_page_and_the_cli() {
    let v = run(200, JSON, r#"{"status":"ok"}"#);
    let json = serde_json::to_value(&v).unwrap();
    assert_eq!(json["status"], "ok");
    assert_eq!(json["http_status"], 200);
    assert!(json["reason"]["es"].is_string() && json["reason"]["en"].is_string());
    let back: Verdict = serde_json::from_value(json).unwrap();
    assert_eq!(back, v);
}

#[test]
fn hostile_bodies_never_panic() {
    let deep = format!("{}{}", "{\"components\":".repeat(200), "1");
    let nested_ok = format!(
        "{}{{\"status\":\"UP\"}}{}",
        "{\"status\":\"UP\",\"components\":{\"c\":".repeat(60),
        "}}".repeat(60)
    );
    let bodies: Vec<(String, Status)> = vec![
        (deep, Unknown),
        (nested_ok.clone(), Ok),
        (r#"{"status":{}}"#.into(), Ok),
        (r#"{"status":null,"healthy":"yes"}"#.into(), Ok),
        (r#"[1,2,3]"#.into(), Ok),
        (r#"{"checks":{"a":[]}}"#.into(), Ok),
        (r#"{"checks":[{"status":"UP"}]}"#.into(), Ok),
        (r#"{"entries":{"a":"Healthy"}}"#.into(), Ok),
        (r#"{"status":"\u0000"}"#.into(), Unknown),
        // Declared JSON that is not: unknown, whatever it looks like.
        ("[-]".into(), Unknown),
        ("[+]".into(), Unknown),
        ("\u{1F600}".into(), Unknown),
        (r#"{"n":1e999}"#.into(), Unknown),
        ("\"".into(), Unknown),
    ];
    for (body, want) in &bodies {
        let v = run(200, JSON, body);
        assert_eq!(v.status, *want, "{body:.60}: {:?}", v.reason);
    }
    let cut = format!("{{\"status\":\"ok\",\"pad\":\"{}", "x".repeat(70_000));
    let cut = &cut[..guardia_core::health::MAX_BODY_BYTES];
    let v = run(200, JSON, cut);
    assert_eq!(v.status, Unknown);
    assert!(
        v.reason.en.contains("Only the first 64 KiB"),
        "{}",
        v.reason.en
    );
    assert!(!run(200, JSON, r#"{"status":"ok"}"#)
        .reason
        .en
        .contains("64 KiB"));
    let v = run(200, JSON, &nested_ok);
    assert_eq!(v.components.len(), 1);
    assert!(
        v.components[0].name.starts_with("c/c/c/"),
        "{}",
        v.components[0].name
    );
}
