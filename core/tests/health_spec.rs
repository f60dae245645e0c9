//! The health declaration (HEALTH-RULES.md §5): what deserializes, what is refused when
//! read, and the build-time checks with their YAML paths.

use guardia_core::health::{
    check, check_services, Comparison, PathStep, ServiceSpec, Severity, StatusExpect,
};
use serde_json::json;

fn service(value: serde_json::Value) -> ServiceSpec {
    serde_json::from_value(value).expect("service parses")
}

fn envs() -> Vec<String> {
    ["development", "staging", "production"]
        .map(String::from)
        .to_vec()
}

#[test]
fn status_patterns_parse_or_are_refused() {
    let ok = [
        (json!(200), StatusExpect::Code(200)),
        (json!([200, 204]), StatusExpect::Codes(vec![200, 204])),
        (
            json!("2xx"),
            StatusExpect::Range {
                first: 200,
                last: 299,
            },
        ),
        (
            json!("200-299"),
            StatusExpect::Range {
                first: 200,
                last: 299,
            },
        ),
        (json!("204"), StatusExpect::Code(204)),
    ];
    for (raw, want) in ok {
        assert_eq!(
            serde_json::from_value::<StatusExpect>(raw.clone()).unwrap(),
            want,
            "{raw}"
        );
        let back = serde_json::to_value(&want).unwrap();
        assert_eq!(serde_json::from_value::<StatusExpect>(back).unwrap(), want);
    }
    for bad in [
        json!("2x"),
        json!("299-200"),
        json!(99),
        json!(600),
        json!([]),
        json!("abc"),
        json!("999xx"),
        json!([200, 1000]),
    ] {
        let err = serde_json::from_value::<StatusExpect>(bad.clone())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("invalid expected HTTP status") && err.contains("no válido"),
            "{bad}: {err}"
        );
    }
}

#[test]
fn body_conditions_need_exactly_one_comparison_and_a_valid_regex() {
    let parse = |v| serde_json::from_value::<guardia_core::health::BodyCondition>(v);
    let c = parse(json!({"path": "entries.pg.status", "equals": "Healthy", "else": "degraded"}))
        .unwrap();
    assert!(matches!(c.test, Comparison::Equals(_)));
    assert_eq!(c.path.as_str(), "entries.pg.status");
    for bad in [
        json!({"path": "status"}),
        json!({"path": "status", "equals": "a", "in": ["b"]}),
        json!({"path": "status", "matches": "(unclosed"}),
        json!({"path": "a..b", "exists": true}),
        json!({"path": "status", "equals": "a", "typo": 1}),
        json!({"path": "status", "equals": "a", "else": "panic"}),
    ] {
        assert!(parse(bad.clone()).is_err(), "{bad} should be refused");
    }
    let err = parse(json!({"path": "v", "matches": "(x"}))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("does not compile") && err.contains("no compila"),
        "{err}"
    );
    let round = serde_json::to_value(&c).unwrap();
    assert_eq!(
        round,
        json!({"path": "entries.pg.status", "equals": "Healthy", "else": "degraded"})
    );
}

#[test]
fn long_form_and_defaults() {
    let s = service(json!({
        "id": "admin", "name": "Admin",
        "health": {
            "development": "http://localhost:5002/health",
            "production": {"url": "https://app.example.org/health", "expect": {"max_latency_ms": 800}}
        },
        "format": "text",
        "components": {"critical": ["db"], "ignore": ["claude-api"]}
    }));
    let prod = &s.health["production"];
    assert_eq!(prod.url(), "https://app.example.org/health");
    assert_eq!(prod.expect(&s.expect).max_latency_ms, 800);
    assert_eq!(
        s.health["development"].expect(&s.expect).max_latency_ms,
        2000
    );
    assert_eq!(
        (
            s.expect.timeout_ms,
            s.poll.interval_s,
            s.poll.failures_before_down
        ),
        (10_000, 60, 2)
    );
    assert!(s.expect.status.contains(204) && !s.expect.status.contains(301));
    assert!(
        serde_json::from_value::<ServiceSpec>(json!({"id": "x", "name": "x", "tls": {}})).is_err()
    );
}

fn paths(issues: &[guardia_core::health::SpecIssue]) -> Vec<(String, Severity, &'static str)> {
    issues
        .iter()
        .map(|i| {
            let p: Vec<String> = i
                .path
                .iter()
                .map(|s| match s {
                    PathStep::Key(k) => k.clone(),
                    PathStep::Index(n) => n.to_string(),
                })
                .collect();
            (p.join("."), i.severity, i.code)
        })
        .collect()
}

#[test]
fn build_time_checks_point_into_the_yaml() {
    let s = service(json!({
        "id": "api", "name": "API",
        "health": {
            "development": "http://localhost:5001/health",
            "qa": "https://qa.example.org/health",
            "staging": "http://staging.example.org/health",
            "production": {"url": "ftp://example.org/health", "expect": {"timeout_ms": 40000, "max_latency_ms": 50000}}
        },
        "poll": {"interval_s": 5}
    }));
    let got = paths(&check(&s, &envs(), true));
    let want = [
        ("poll.interval_s", Severity::Error, "health-interval"),
        // The default timeout (10 s) is over half of a 5 s interval; the key is not
        // written, so the generator points at the deepest ancestor that is.
        ("expect.timeout_ms", Severity::Warning, "health-timeout"),
        ("health.development", Severity::Info, "health-lna"),
        ("health.production.url", Severity::Error, "health-url"),
        (
            "health.production.expect.timeout_ms",
            Severity::Warning,
            "health-timeout",
        ),
        (
            "health.production.expect.max_latency_ms",
            Severity::Warning,
            "health-latency",
        ),
        ("health.qa", Severity::Error, "health-env-unknown"),
        ("health.staging", Severity::Error, "health-insecure"),
        ("health.staging", Severity::Warning, "health-mixed-content"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|(p, s, c)| (p.to_string(), *s, *c))
        .collect();
    assert_eq!(got, want);
    for issue in check(&s, &envs(), true) {
        assert!(
            !issue.message.es.is_empty() && issue.message.es != issue.message.en,
            "{issue:?}"
        );
    }
}

#[test]
fn allow_insecure_loopback_and_http_portals() {
    let mut s = service(
        json!({"id": "w", "name": "W", "allow_insecure": true, "health": {
        "production": "http://10.0.0.5:8000/health",
        "staging": "http://localhost:8000/health"}}),
    );
    let got = paths(&check(&s, &envs(), false));
    assert_eq!(
        got,
        [(
            "health.production".to_string(),
            Severity::Warning,
            "health-insecure"
        )]
    );
    s.allow_insecure = false;
    let got = paths(&check(&s, &envs(), false));
    assert_eq!(
        got,
        [(
            "health.production".to_string(),
            Severity::Error,
            "health-insecure"
        )]
    );
    let clean = service(
        json!({"id": "a", "name": "A", "health": {"production": "https://api.example.org/health"}}),
    );
    assert!(check(&clean, &envs(), true).is_empty());
}

#[test]
fn check_services_prefixes_the_index() {
    let a = service(json!({"id": "a", "name": "A"}));
    let b = service(json!({"id": "b", "name": "B", "health": {"prod": "https://x.org/h"}}));
    let issues = check_services(&[a, b], &envs(), true);
    assert_eq!(
        paths(&issues),
        [(
            "services.1.health.prod".to_string(),
            Severity::Error,
            "health-env-unknown"
        )]
    );
    assert_eq!(
        serde_json::to_value(&issues[0].path).unwrap(),
        json!(["services", 1, "health", "prod"])
    );
}
