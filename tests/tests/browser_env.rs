//! The `.env` validator in headless Chromium on the built fixture portal: a file with
//! known problems gives exactly the expected findings (the same as `guardia env check`),
//! secrets stay masked outside the textarea, and validating makes no request at all.

mod browser;

use browser::{Browser, Site};
use fantoccini::Locator;
use serde_json::{json, Value};

const PAGE: &str = "/es/lab/env/";
const FILE: &str = "env/known-problems.env";
const SECRET: &str = "Corta-9";
const FINDINGS: &str = "return [...document.querySelectorAll('[data-guardia=env-validator] [data-code]')].map(f => [Number(f.dataset.line), f.dataset.code, f.dataset.severity])";
const RESOURCES: &str = "return performance.getEntriesByType('resource').map(e => e.name)";

/// (line, code, severity) as the rules give them for `FILE` in development. Line 3's
/// bad port is reported because the duplicate is another key (line 8); the missing
/// required `JWT_SECRET` is reported at the end of the file.
fn expected() -> Value {
    json!([
        [2, "SEC-SHORT", "error"],
        [3, "TYP-PORT", "error"],
        [4, "TYP-URL-SCHEME", "error"],
        [5, "TYP-ENUM", "error"],
        [6, "KEY-UNKNOWN", "info"],
        [8, "VAL-REQUIRED-MISSING", "error"],
        [8, "KEY-DUPLICATE", "warning"],
    ])
}

/// What the CLI finds in the same file: the page must agree with it.
fn cli_findings(site: &Site) -> Value {
    let args = [
        "env",
        "check",
        FILE,
        "--system",
        "lab",
        "--env",
        "development",
        "--format",
        "json",
    ];
    let run = guardia_tests::guardia(site.dir.path(), &args);
    assert_eq!(run.code, 1, "findings exit 1: {}", run.stderr);
    let out: Value = serde_json::from_str(&run.stdout).expect("JSON output");
    let findings = out["report"]["findings"]
        .as_array()
        .expect("findings")
        .iter();
    findings
        .map(|f| json!([f["line"], f["code"], f["severity"]]))
        .collect()
}

async fn findings_settle(browser: &Browser, count: usize) -> Value {
    let script = format!("const f = (() => {{ {FINDINGS} }})(); return f.length === {count} && f");
    browser.until("the findings", &script).await
}

#[tokio::test]
async fn a_pasted_env_gives_exactly_the_expected_findings_and_no_request() {
    if !browser::enabled("a_pasted_env_gives_exactly_the_expected_findings_and_no_request") {
        return;
    }
    let _serial = browser::serial();
    let site = Site::build("browser", &[]);
    assert_eq!(
        cli_findings(&site),
        expected(),
        "the CLI reads the fixture as intended"
    );
    let browser = Browser::start().await;
    browser.goto(&site.url(PAGE)).await;
    browser
        .until(
            "the validator",
            "return document.querySelector('[data-role=input]:not([disabled])')",
        )
        .await;
    browser.js("document.querySelector('[data-role=environment]').value = 'development'; document.querySelector('[data-role=environment]').dispatchEvent(new Event('change'))", vec![]).await;
    let before_paste = browser
        .js(&format!("return [(() => {{ {FINDINGS} }})().length, document.querySelector('[data-empty]').dataset.empty]"), vec![])
        .await;
    assert_eq!(
        before_paste,
        json!([0, "true"]),
        "before anything is pasted the validator prompts instead of listing every required variable as missing"
    );
    let (requests, resources) = (site.paths(), browser.js(RESOURCES, vec![]).await);

    let loaded = resources.to_string();
    assert!(
        loaded.contains("guardia_env_bg.wasm") && !loaded.contains("guardia_live"),
        "the env page loads only the env bundle: {loaded}"
    );

    let text = std::fs::read_to_string(site.dir.path().join(FILE)).expect("fixture .env");
    let input = browser
        .client
        .find(Locator::Css("[data-role=input]"))
        .await
        .expect("textarea");
    input.send_keys(&text).await.expect("typing");
    assert_eq!(findings_settle(&browser, 7).await, expected());
    let summary = browser
        .js(
            "return document.querySelector('[data-role=summary]').textContent",
            vec![],
        )
        .await;
    assert_eq!(
        summary,
        "5 errores, 1 avisos, 1 obligatorias ausentes para development"
    );
    let message = browser
        .js(
            "return document.querySelector('[data-code=TYP-PORT] .env-message').textContent",
            vec![],
        )
        .await;
    assert_eq!(
        message, "Se esperaba un puerto entre 1 y 65535.",
        "messages in the page's language"
    );

    let outside = "const page = document.documentElement.cloneNode(true); page.querySelectorAll('textarea[data-role=input]').forEach(t => t.remove()); return [page.outerHTML.includes(arguments[0]), document.querySelector('[data-export]').value.includes(arguments[0]), document.querySelector('[data-code=SEC-SHORT] .env-line').textContent]";
    let leaks = browser.js(outside, vec![json!(SECRET)]).await;
    assert_eq!(
        leaks,
        json!([false, false, "DB_PASSWORD=••••••(7 chars)"]),
        "the secret shows only masked"
    );
    let report = browser
        .js(
            "return document.querySelector('[data-export]').value",
            vec![],
        )
        .await;
    assert!(
        report
            .as_str()
            .unwrap()
            .contains(".env:3:12: error[TYP-PORT]"),
        "copyable report: {report}"
    );

    let new_requests: Vec<String> = site.paths()[requests.len()..]
        .iter()
        .filter(|p| *p != "/favicon.ico")
        .cloned()
        .collect();
    assert_eq!(
        new_requests,
        Vec::<String>::new(),
        "validating made requests"
    );
    assert_eq!(
        browser.js(RESOURCES, vec![]).await,
        resources,
        "validating loaded resources"
    );
    let stored = browser
        .js(
            "return [localStorage.length, sessionStorage.length]",
            vec![],
        )
        .await;
    assert_eq!(stored, json!([0, 0]), "nothing stored");
    browser.close().await;
}

#[tokio::test]
async fn an_opened_file_and_another_environment_revalidate_in_place() {
    if !browser::enabled("an_opened_file_and_another_environment_revalidate_in_place") {
        return;
    }
    let _serial = browser::serial();
    let site = Site::build("browser", &[]);
    let browser = Browser::start().await;
    browser.goto(&site.url("/en/lab/env/")).await;
    browser
        .until(
            "the validator",
            "return document.querySelector('[data-role=file]:not([disabled])')",
        )
        .await;
    browser.js("const s = document.querySelector('[data-role=environment]'); s.value = 'development'; s.dispatchEvent(new Event('change'))", vec![]).await;
    let path = site.dir.path().join(FILE);
    let picker = browser
        .client
        .find(Locator::Css("[data-role=file]"))
        .await
        .expect("file input");
    picker
        .send_keys(path.to_str().unwrap())
        .await
        .expect("file chosen");
    assert_eq!(findings_settle(&browser, 7).await, expected());
    let message = browser
        .js(
            "return document.querySelector('[data-code=TYP-PORT] .env-message').textContent",
            vec![],
        )
        .await;
    assert_eq!(message, "Expected a port between 1 and 65535.");
    browser.js("const s = document.querySelector('[data-role=environment]'); s.value = 'production'; s.dispatchEvent(new Event('change'))", vec![]).await;
    let summary = browser.until("production summary", "const t = document.querySelector('[data-role=summary]').textContent; return t.endsWith('for production') && t").await;
    assert!(summary.as_str().unwrap().contains("errors"), "{summary}");
    browser.close().await;
}
