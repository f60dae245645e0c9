//! What the browser poller decides around a fetch (HEALTH-RULES.md §3.1, §4): CSP
//! origins, mixed content, Local Network Access, failure classification and delays.

use guardia_core::health::schedule::{
    backoff_delay_ms, first_delay_ms, next_delay_ms, rate_limited_delay_ms, MAX_DELAY_MS,
};
use guardia_core::health::{
    classify_failure, connect_src_origin, route, AddressSpace, EndpointUrl, FailureEvidence,
    TransportFailure, UrlError,
};

#[test]
fn connect_src_origins() {
    let cases = [
        ("https://api.example.org/health", "https://api.example.org"),
        (
            "HTTPS://API.Example.org:443/health?x=1",
            "https://api.example.org",
        ),
        ("http://localhost:5001/health", "http://localhost:5001"),
        ("http://127.0.0.1:80/h", "http://127.0.0.1"),
        ("http://[::1]:8080/h", "http://[::1]:8080"),
        (
            "https://user@api.example.org:8443/h",
            "https://api.example.org:8443",
        ),
    ];
    for (url, origin) in cases {
        assert_eq!(connect_src_origin(url).as_deref(), Ok(origin), "{url}");
    }
    assert!(matches!(
        connect_src_origin("ftp://x.org/h"),
        Err(UrlError::Scheme(_))
    ));
    assert!(connect_src_origin("api.example.org/health").is_err());
    assert!(matches!(
        connect_src_origin("http://exa mple.org/"),
        Err(UrlError::Syntax(_))
    ));
    assert!(matches!(
        connect_src_origin("http:///health"),
        Err(UrlError::NoHost(_))
    ));
    assert!(matches!(
        connect_src_origin("http://x.org:99999/"),
        Err(UrlError::Syntax(_))
    ));
}

#[test]
fn address_spaces() {
    use AddressSpace::*;
    let cases = [
        ("http://localhost/", Loopback),
        ("http://app.localhost/", Loopback),
        ("http://127.8.0.1/", Loopback),
        ("http://[::1]/", Loopback),
        ("http://0.0.0.0/", Loopback),
        ("http://10.1.2.3/", Local),
        ("http://172.16.0.1/", Local),
        ("http://172.32.0.1/", Public),
        ("http://192.168.1.10/", Local),
        ("http://169.254.1.1/", Local),
        ("http://[fd00::1]/", Local),
        ("http://[fe80::1]/", Local),
        ("http://[::ffff:192.168.0.1]/", Local),
        ("http://printer.local/", Local),
        ("https://api.example.org/", Public),
        ("http://8.8.8.8/", Public),
    ];
    for (url, want) in cases {
        assert_eq!(EndpointUrl::parse(url).unwrap().space, want, "{url}");
    }
}

#[test]
fn routes_from_a_page() {
    let public = "https://ops.example.org/es/pagos/estado/";
    let dev = "http://127.0.0.1:8000/es/";
    let cases = [
        // (url, page, mixed_content, local_network_access)
        ("http://api.example.org/h", public, true, false),
        ("https://api.example.org/h", public, false, false),
        ("http://localhost:5001/h", public, false, true),
        ("http://192.168.1.5/h", public, true, true),
        ("https://192.168.1.5/h", public, false, true),
        ("http://localhost:5001/h", dev, false, false),
        ("http://192.168.1.5/h", dev, false, false),
        ("http://api.example.org/h", dev, false, false),
    ];
    for (url, page, mixed, lna) in cases {
        let r = route(url, page).unwrap();
        assert_eq!(
            (r.mixed_content, r.local_network_access),
            (mixed, lna),
            "{url} from {page}"
        );
    }
}

#[test]
fn failure_classification() {
    use TransportFailure::*;
    let public = route("https://api.example.org/h", "https://ops.example.org/").unwrap();
    let local = route("http://localhost:1/h", "https://ops.example.org/").unwrap();
    let mixed = route("http://api.example.org/h", "https://ops.example.org/").unwrap();
    let e = |offline, csp, timed_out, probe| FailureEvidence {
        offline,
        csp_violation: csp,
        timed_out,
        opaque_probe_answered: probe,
    };
    let cases = [
        (public, e(true, true, true, true), Offline),
        (mixed, e(false, false, false, false), MixedContent),
        (public, e(false, true, true, false), Csp),
        (public, e(false, false, true, true), Timeout),
        (public, e(false, false, false, true), Cors),
        (local, e(false, false, false, true), Cors),
        (local, e(false, false, false, false), Lna),
        (public, e(false, false, false, false), Network),
    ];
    for (r, ev, want) in cases {
        assert_eq!(classify_failure(&r, &ev), want, "{r:?} {ev:?}");
    }
}

#[test]
fn backoff_with_equal_jitter() {
    let interval = 30_000;
    // (failures, random, expected): d = min(5 min, interval × 2^(n−1)); d/2 + r·d/2.
    let cases = [
        (1, 0.0, 15_000),
        (1, 0.5, 22_500),
        (1, 1.0, 30_000),
        (2, 0.0, 30_000),
        (3, 0.999_999, 120_000),
        (4, 0.0, 120_000),
        (5, 0.0, 150_000),
        (5, 1.0, MAX_DELAY_MS),
        (60, 0.25, 187_500),
        (u32::MAX, 1.0, MAX_DELAY_MS),
        (0, 0.0, 15_000),
    ];
    for (n, r, want) in cases {
        assert_eq!(backoff_delay_ms(interval, n, r), want, "n={n} r={r}");
    }
    assert_eq!(
        backoff_delay_ms(interval, 1, f64::NAN),
        15_000,
        "bad random → lower bound"
    );
    assert_eq!(backoff_delay_ms(interval, 1, 7.0), 30_000, "clamped");
}

#[test]
fn regular_first_and_rate_limited_delays() {
    assert_eq!(next_delay_ms(30_000, 0.0), 24_000);
    assert_eq!(next_delay_ms(30_000, 0.5), 30_000);
    assert_eq!(next_delay_ms(30_000, 1.0), 36_000);
    assert_eq!(first_delay_ms(30_000, 1.0), 3_000);
    assert_eq!(first_delay_ms(2_000, 0.5), 1_000);
    assert_eq!(rate_limited_delay_ms(30_000, None), 60_000);
    assert_eq!(rate_limited_delay_ms(30_000, Some(5)), 30_000);
    assert_eq!(rate_limited_delay_ms(30_000, Some(120)), 120_000);
    assert_eq!(rate_limited_delay_ms(30_000, Some(u64::MAX)), MAX_DELAY_MS);
}
