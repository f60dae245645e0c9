//! One vector per row of HEALTH-RULES.md §1.1: the formats in the wild, read by
//! `interpret` with the default expectations and `format: auto` (and the declared format
//! where the row has one).

use guardia_core::health::{
    interpret, Component, Expect, Format, Observation, Response, Status, Verdict,
};

fn answer(code: u16, content_type: &str, body: &str) -> Observation {
    Observation::Answered(Response {
        http_status: code,
        content_type: (!content_type.is_empty()).then(|| content_type.to_string()),
        body: body.to_string(),
        latency_ms: 40,
    })
}

fn read(code: u16, ct: &str, body: &str, format: Format) -> Verdict {
    interpret(&answer(code, ct, body), &Expect::default(), format, None)
}

fn comps(v: &Verdict) -> Vec<(String, Status)> {
    v.components
        .iter()
        .map(|c: &Component| (c.name.clone(), c.status))
        .collect()
}

fn c(name: &str, status: Status) -> (String, Status) {
    (name.to_string(), status)
}

use Status::*;

const IETF: &str = r#"{"status":"warn","version":"1","checks":{
  "cassandra:responseTime":[{"componentId":"n1","status":"pass","observedValue":250},
                            {"componentId":"n2","status":"fail","output":"node 2 timeout"}],
  "uptime":[{"componentType":"system","status":"pass","observedValue":1209600.245}]}}"#;

#[test]
fn ietf_health_json() {
    for format in [Format::Auto, Format::HealthJson] {
        let v = read(200, "application/health+json", IETF, format);
        assert_eq!(v.status, Degraded, "{v:?}");
        assert_eq!(
            comps(&v),
            [c("cassandra:responseTime", Down), c("uptime", Ok)]
        );
        assert_eq!(v.components[0].detail.as_deref(), Some("node 2 timeout"));
    }
    let pass = read(
        200,
        "application/health+json",
        r#"{"status":"PASS"}"#,
        Format::Auto,
    );
    assert_eq!(pass.status, Ok);
    let fail = read(
        503,
        "application/health+json",
        r#"{"status":"fail"}"#,
        Format::Auto,
    );
    assert_eq!(fail.status, Down);
    let fail_4xx = read(
        418,
        "application/health+json",
        r#"{"status":"fail"}"#,
        Format::Auto,
    );
    assert_eq!(fail_4xx.status, Down, "the draft allows 4xx for fail");
}

#[test]
fn aspnet_default_writer() {
    for (code, body, want) in [
        (200, "Healthy", Ok),
        (200, "Degraded", Degraded),
        (503, "Unhealthy", Down),
        (200, "Unhealthy", Down),
    ] {
        for format in [Format::Auto, Format::Aspnet, Format::Text] {
            let v = read(code, "text/plain", body, format);
            assert_eq!(v.status, want, "{code} {body} {format:?}: {v:?}");
        }
    }
}

const ASPNET_UI: &str = r#"{"status":"Unhealthy","totalDuration":"00:00:00.1234567",
 "entries":{"postgresql":{"data":{},"duration":"00:00:00.0100000","status":"Healthy","tags":["db"]},
  "rabbitmq":{"data":{},"description":"Connection refused","duration":"00:00:05.0000000",
   "exception":"RabbitMQ.Client.Exceptions.BrokerUnreachableException","status":"Unhealthy"},
  "claude-api":{"data":{},"status":"Degraded","duration":"00:00:01.0000000"}}}"#;

#[test]
fn aspnet_healthchecks_ui() {
    for format in [Format::Auto, Format::AspnetUi] {
        let v = read(503, "application/json", ASPNET_UI, format);
        assert_eq!(v.status, Down);
        assert_eq!(
            comps(&v),
            [
                c("rabbitmq", Down),
                c("claude-api", Degraded),
                c("postgresql", Ok)
            ]
        );
        assert_eq!(
            v.components[0].detail.as_deref(),
            Some("RabbitMQ.Client.Exceptions.BrokerUnreachableException")
        );
    }
}

const SPRING: &str = r#"{"status":"OUT_OF_SERVICE","components":{
  "db":{"status":"UP","components":{"primary":{"status":"UP"},"replica":{"status":"DOWN","details":{"error":"timeout"}}}},
  "diskSpace":{"status":"UP","details":{"total":100,"free":50}},
  "ping":{"status":"UP"}},"groups":["liveness","readiness"]}"#;

#[test]
fn spring_boot_actuator() {
    let v = read(
        503,
        "application/vnd.spring-boot.actuator.v3+json",
        SPRING,
        Format::Auto,
    );
    assert_eq!(v.status, Down);
    assert_eq!(
        comps(&v),
        [
            c("db/replica", Down),
            c("db/primary", Ok),
            c("diskSpace", Ok),
            c("ping", Ok)
        ]
    );
    assert_eq!(
        v.components[0].detail.as_deref(),
        Some("timeout"),
        "Spring nests it"
    );
    let spring = |code, body| read(code, "application/json", body, Format::Spring).status;
    assert_eq!(spring(200, r#"{"status":"UP"}"#), Ok);
    assert_eq!(spring(200, r#"{"status":"UNKNOWN"}"#), Unknown);
    assert_eq!(spring(200, r#"{"status":"MAINTENANCE"}"#), Unknown);
    assert_eq!(spring(503, r#"{"status":"DOWN"}"#), Down);
}

#[test]
fn spring_boot_2_0_details_and_1_x_siblings() {
    let v2 = r#"{"status":"UP","details":{"db":{"status":"UP","details":{"database":"PostgreSQL"}},"diskSpace":{"status":"UP"}}}"#;
    let v = read(
        200,
        "application/vnd.spring-boot.actuator.v2+json",
        v2,
        Format::Auto,
    );
    assert_eq!(
        (v.status, comps(&v)),
        (Ok, vec![c("db", Ok), c("diskSpace", Ok)])
    );
    let v1 = r#"{"status":"DOWN","diskSpace":{"status":"UP","free":1},"db":{"status":"DOWN","error":"no route"},"version":"1.5"}"#;
    let v = read(503, "application/json", v1, Format::Spring);
    assert_eq!(
        (v.status, comps(&v)),
        (Down, vec![c("db", Down), c("diskSpace", Ok)])
    );
    assert_eq!(v.components[0].detail.as_deref(), Some("no route"));
}

#[test]
fn kubernetes_plain_and_verbose() {
    assert_eq!(read(200, "text/plain", "ok", Format::Auto).status, Ok);
    assert_eq!(read(200, "text/plain", "ok", Format::K8s).status, Ok);
    assert_eq!(read(500, "text/plain", "ok", Format::K8s).status, Down);
    let passed = "[+]ping ok\n[+]etcd ok\nlivez check passed\n";
    let v = read(200, "text/plain; charset=utf-8", passed, Format::Auto);
    assert_eq!(
        (v.status, comps(&v)),
        (Ok, vec![c("ping", Ok), c("etcd", Ok)])
    );
    let failed = "[+]ping ok\n[-]etcd failed: reason withheld\nreadyz check failed\n";
    let v = read(500, "text/plain", failed, Format::K8s);
    assert_eq!(
        (v.status, comps(&v)),
        (Down, vec![c("etcd", Down), c("ping", Ok)])
    );
    assert_eq!(
        v.components[0].detail.as_deref(),
        Some("failed: reason withheld")
    );
    // A proxy that turns the 500 into 200 still cannot hide the failing line.
    assert_eq!(read(200, "text/plain", failed, Format::Auto).status, Down);
}

#[test]
fn microprofile() {
    let body = r#"{"status":"DOWN","checks":[{"name":"db","status":"UP","data":{}},{"name":"kafka","status":"DOWN"}]}"#;
    for format in [Format::Auto, Format::Microprofile] {
        let v = read(503, "application/json", body, format);
        assert_eq!(
            (v.status, comps(&v)),
            (Down, vec![c("kafka", Down), c("db", Ok)])
        );
    }
    assert_eq!(
        read(
            200,
            "application/json",
            r#"{"status":"UP","checks":[]}"#,
            Format::Auto
        )
        .status,
        Ok
    );
}

#[test]
fn nestjs_terminus() {
    let body = r#"{"status":"error","info":{"db":{"status":"up"}},"error":{"redis":{"status":"down","message":"ECONNREFUSED"}},
      "details":{"db":{"status":"up"},"redis":{"status":"down","message":"ECONNREFUSED"}}}"#;
    for format in [Format::Auto, Format::Terminus] {
        let v = read(503, "application/json", body, format);
        assert_eq!(
            (v.status, comps(&v)),
            (Down, vec![c("redis", Down), c("db", Ok)])
        );
        assert_eq!(v.components[0].detail.as_deref(), Some("ECONNREFUSED"));
    }
    let shutting = read(
        503,
        "application/json",
        r#"{"status":"shutting_down"}"#,
        Format::Terminus,
    );
    assert_eq!(shutting.status, Down);
}

const ORION: &str = r#"{"status":"degraded","timestamp":"2024-01-01T00:00:00Z","uptime":1234,
 "services":{"database":"connected","redis":"disconnected",
  "queues":{"dian":{"status":"connected","waiting":3,"active":1,"failed":0},
            "email":{"status":"disconnected","waiting":0}}}}"#;

#[test]
fn ad_hoc_seed_001() {
    let v = read(200, "application/json", ORION, Format::Auto);
    assert_eq!(v.status, Degraded);
    assert_eq!(
        comps(&v),
        [
            c("queues/email", Down),
            c("redis", Down),
            c("database", Ok),
            c("queues/dian", Ok)
        ]
    );
    let error = ORION.replace(r#""status":"degraded""#, r#""status":"error""#);
    assert_eq!(
        read(200, "application/json", &error, Format::Auto).status,
        Down
    );
    let ok = r#"{"status":"ok","services":{"database":"connected"}}"#;
    assert_eq!(read(200, "application/json", ok, Format::Auto).status, Ok);
}

#[test]
fn plain_status_code() {
    for (code, body, want) in [
        (200, "", Ok),
        (204, "", Ok),
        (200, "pong pong", Ok),
        (503, "", Down),
    ] {
        let v = read(code, "", body, Format::StatusOnly);
        assert_eq!(v.status, want, "{code} {body:?}");
    }
    // status-only ignores what the body says, even when it is a web page.
    assert_eq!(
        read(200, "text/html", "<html></html>", Format::StatusOnly).status,
        Ok
    );
    assert_eq!(
        read(200, "application/json", "{oops", Format::StatusOnly).status,
        Ok
    );
    assert_eq!(
        read(200, "text/plain", "Unhealthy", Format::StatusOnly).status,
        Ok
    );
}

#[test]
fn nginx_return_200_ok_seed_003() {
    for body in ["OK", "OK\n", "\"OK\""] {
        for format in [Format::Auto, Format::Text] {
            assert_eq!(
                read(200, "application/octet-stream", body, format).status,
                Ok,
                "{body:?}"
            );
        }
    }
}

#[test]
fn not_a_health_response() {
    let spa = "<!DOCTYPE html><html><head><title>App</title></head><body><div id=root></div></body></html>";
    let v = read(200, "text/html; charset=utf-8", spa, Format::Auto);
    assert_eq!(v.status, Unknown);
    assert!(v.reason.en.contains("web page"), "{}", v.reason.en);
    assert!(v.reason.es.contains("página web"), "{}", v.reason.es);
    assert_eq!(
        read(200, "text/plain", spa, Format::Auto).status,
        Unknown,
        "sniffed"
    );
    assert_eq!(
        read(502, "text/html", "<html>Bad Gateway</html>", Format::Auto).status,
        Down
    );
}
