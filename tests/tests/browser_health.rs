//! Live health in headless Chromium on the built fixture portal, against health servers
//! on loopback: every status reached for the right reason, a hostile body shown as text,
//! the environment remembered per system, and the home page's badge.

mod browser;

use browser::health_server::{HealthServer, HOSTILE};
use browser::{Browser, Site};
use serde_json::{json, Value};

const SETTLED: &str = "const rows = [...document.querySelectorAll('[data-guardia=health] [data-service]')]; return rows.length > 0 && rows.every(r => r.dataset.status !== 'pending') && Object.fromEntries(rows.map(r => [r.dataset.service, { status: r.dataset.status, reason: r.dataset.reason || null, http: r.dataset.http || null }]))";

const CHOOSE: &str = "const s = document.querySelector('[data-guardia=health] [data-role=environment]'); s.value = arguments[0]; s.dispatchEvent(new Event('change'));";

/// Opens the status page and picks `env` the way a user does.
async fn status_page(browser: &Browser, site: &Site, lang: &str, env: &str) -> Value {
    browser
        .goto(&site.url(&format!("/{lang}/lab/status/")))
        .await;
    browser
        .until(
            "the environment select",
            "return document.querySelector('[data-role=environment]:not([disabled])')",
        )
        .await;
    browser.js(CHOOSE, vec![json!(env)]).await;
    browser.until("every service checked", SETTLED).await
}

fn lab(health: &HealthServer) -> Site {
    let refused = guardia_tests::free_port(); // bound, then released: nothing listens
    Site::build(
        "browser",
        &[
            ("127.0.0.1:9/", format!("127.0.0.1:{}/", health.port)),
            ("127.0.0.1:8/", format!("127.0.0.1:{refused}/")),
        ],
    )
}

#[tokio::test]
async fn each_status_is_reached_for_the_right_reason() {
    if !browser::enabled("each_status_is_reached_for_the_right_reason") {
        return;
    }
    let _serial = browser::serial();
    let health = HealthServer::start();
    let site = lab(&health);
    let browser = Browser::start().await;
    let seen = status_page(&browser, &site, "es", "development").await;
    let want = json!({
        "ok": { "status": "ok", "reason": null, "http": "200" },
        "degraded": { "status": "degraded", "reason": null, "http": "200" },
        "down": { "status": "down", "reason": null, "http": "503" },
        "html": { "status": "unknown", "reason": null, "http": "200" },
        "missing": { "status": "unknown", "reason": null, "http": "404" },
        "slow": { "status": "unreachable", "reason": "timeout", "http": null },
        "nocors": { "status": "unreachable", "reason": "cors", "http": null },
        "refused": { "status": "unreachable", "reason": "network", "http": null },
    });
    assert_eq!(seen, want);
    let reason = |id: &str| {
        format!("return document.querySelector('[data-service={id}] .health-reason').textContent")
    };
    let down = browser.js(&reason("down"), vec![]).await;
    assert!(
        down.as_str().unwrap().contains("503"),
        "the reason names the HTTP status: {down}"
    );
    let latency = browser
        .js(
            "return document.querySelector('[data-service=ok] .health-latency').textContent",
            vec![],
        )
        .await;
    assert!(latency.as_str().unwrap().contains(" ms"), "{latency}");
    let history = browser.js("return document.querySelectorAll('[data-service=ok] .health-history li[data-status=ok]').length", vec![]).await;
    assert_eq!(history, 1);
    browser.close().await;
}

#[tokio::test]
async fn a_hostile_body_is_shown_as_text() {
    if !browser::enabled("a_hostile_body_is_shown_as_text") {
        return;
    }
    let _serial = browser::serial();
    let health = HealthServer::start();
    let site = lab(&health);
    let browser = Browser::start().await;
    status_page(&browser, &site, "en", "development").await;
    let body = browser
        .js(
            "return document.querySelector('[data-service=html] .health-body pre').textContent",
            vec![],
        )
        .await;
    assert_eq!(body, HOSTILE);
    let markup = browser.js("return [document.querySelectorAll('[data-guardia=health] img, [data-guardia=health] b').length, window.__pwned === undefined]", vec![]).await;
    assert_eq!(
        markup,
        json!([0, true]),
        "no element was made from the body and its handler never ran"
    );
    browser.close().await;
}

#[tokio::test]
async fn the_environment_is_remembered_and_the_home_badge_follows_it() {
    if !browser::enabled("the_environment_is_remembered_and_the_home_badge_follows_it") {
        return;
    }
    let _serial = browser::serial();
    let health = HealthServer::start();
    let site = lab(&health);
    let browser = Browser::start().await;
    browser.goto(&site.url("/es/")).await;
    let badge = "const b = document.querySelector('[data-guardia=health][data-mode=summary] [data-role=badge]'); return b.dataset.status !== 'pending' && [b.dataset.status, b.textContent]";
    let first = browser.until("the home badge", badge).await;
    assert_eq!(
        first[0], "ok",
        "production (the default) polls only `ok`: {first}"
    );

    browser.goto(&site.url("/es/lab/status/")).await;
    let production = browser.until("production checked", SETTLED).await;
    assert_eq!(production["ok"]["status"], "ok");
    assert_eq!(
        production["down"]["status"], "unknown",
        "no production endpoint: {production}"
    );
    browser.js(CHOOSE, vec![json!("development")]).await;
    let development = browser.until("development checked", SETTLED).await;
    assert_eq!(development["down"]["status"], "down");

    browser.client.refresh().await.expect("reload");
    let env: Value = browser
        .until(
            "the select",
            "return document.querySelector('[data-role=environment]:not([disabled])')?.value",
        )
        .await;
    assert_eq!(env, "development", "the choice survives a reload");
    browser.goto(&site.url("/en/")).await;
    let again = browser.until("the home badge", badge).await;
    assert_eq!(
        again[0], "down",
        "the badge uses the remembered environment, worst first: {again}"
    );
    assert!(
        again[1].as_str().unwrap().starts_with("down · 1/8"),
        "{again}"
    );
    browser.close().await;
}
