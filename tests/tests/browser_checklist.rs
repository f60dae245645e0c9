//! Checklists in headless Chromium on the built fixture portal: ticks survive a reload
//! and a language switch, an edited item loses only its own tick, new run and exports,
//! the incident clock on runbooks, and a browser that refuses localStorage.

mod browser;

use browser::{Browser, Site};
use serde_json::{json, Value};

const ES: &str = "/es/lab/despliegue/";
const EN: &str = "/en/lab/despliegue/";
const READY: &str = "return document.querySelectorAll('[data-guardia=checklist] li[data-item] > input:not([disabled])').length > 0";
const IDS: &str =
    "return [...document.querySelectorAll('li[data-item]')].map(li => li.dataset.item)";
const TICKED: &str = "return [...document.querySelectorAll('li[data-item]')].filter(li => li.firstElementChild.checked).map(li => li.dataset.item)";

fn site() -> Site {
    Site::build("browser", &[])
}

async fn open(browser: &Browser, url: &str) -> Vec<String> {
    browser.goto(url).await;
    browser.until("checklists mounted", READY).await;
    strings(browser.js(IDS, vec![]).await)
}

fn strings(value: Value) -> Vec<String> {
    serde_json::from_value(value).expect("a list of strings")
}

async fn tick(browser: &Browser, id: &str) {
    browser
        .click(&format!("li[data-item='{id}'] > input"))
        .await;
}

async fn ticked(browser: &Browser) -> Vec<String> {
    strings(browser.js(TICKED, vec![]).await)
}

#[tokio::test]
async fn ticks_survive_reload_and_language_switch_and_edits_drop_only_their_tick() {
    if !browser::enabled("ticks_survive_reload_and_language_switch") {
        return;
    }
    let _serial = browser::serial();
    let site = site();
    let browser = Browser::start().await;
    let ids = open(&browser, &site.url(ES)).await;
    assert_eq!(ids.len(), 6, "six items, two of them nested: {ids:?}");
    for id in [&ids[0], &ids[1], &ids[2], &ids[4]] {
        tick(&browser, id).await;
    }
    let want = vec![
        ids[0].clone(),
        ids[1].clone(),
        ids[2].clone(),
        ids[4].clone(),
    ];
    assert_eq!(ticked(&browser).await, want);
    let progress = browser.js("return [...document.querySelectorAll('.guardia-progress')].map(p => p.dataset.done + '/' + p.dataset.total)", vec![]).await;
    assert_eq!(progress, json!(["3/4", "1/2"]));

    browser.client.refresh().await.expect("reload");
    browser.until("checklists mounted", READY).await;
    assert_eq!(ticked(&browser).await, want, "ticks after reload");

    browser.click("nav.langs a[hreflang=en]").await;
    browser
        .until(
            "English page",
            "return document.documentElement.lang === 'en'",
        )
        .await;
    assert_eq!(
        open(&browser, &site.url(EN)).await,
        ids,
        "both languages share ids"
    );
    assert_eq!(
        ticked(&browser).await,
        want,
        "ticks after switching language"
    );

    site.edit(
        "content/lab/despliegue.es.md",
        "Hacer copia de seguridad\n",
        "Hacer copia de seguridad completa\n",
    );
    site.rebuild();
    let edited = open(&browser, &site.url(ES)).await;
    assert_ne!(edited[1], ids[1], "the edited item has a new id");
    assert_eq!(
        [&edited[0], &edited[2], &edited[3], &edited[4], &edited[5]],
        [&ids[0], &ids[2], &ids[3], &ids[4], &ids[5]]
    );
    assert_eq!(
        ticked(&browser).await,
        vec![ids[0].clone(), ids[2].clone(), ids[4].clone()],
        "only the edited item lost its tick"
    );
    let stored = browser
        .js(
            "return JSON.parse(localStorage.getItem('guardia:checklist:lab/despliegue')).ticks",
            vec![],
        )
        .await;
    assert!(
        stored.get(&ids[1]).is_none(),
        "the stale tick is dropped from storage: {stored}"
    );
    browser.close().await;
}

#[tokio::test]
async fn new_run_records_who_and_exports_carry_tick_times() {
    if !browser::enabled("new_run_records_who_and_exports_carry_tick_times") {
        return;
    }
    let _serial = browser::serial();
    let site = site();
    let browser = Browser::start().await;
    let ids = open(&browser, &site.url(ES)).await;
    tick(&browser, &ids[3]).await;
    browser.js("const i = document.querySelector('[data-field=run-by]'); i.value = 'Ana Pérez'; i.dispatchEvent(new Event('input'));", vec![]).await;
    browser.click("[data-action=new-run]").await;
    assert!(
        ticked(&browser).await.is_empty(),
        "a new run starts with nothing ticked"
    );
    let status = browser
        .js(
            "return document.querySelector('.guardia-run-status').textContent",
            vec![],
        )
        .await;
    assert!(status.as_str().unwrap().contains("Ana Pérez"), "{status}");
    tick(&browser, &ids[0]).await;

    browser.click("[data-action=export-md]").await;
    let md = browser
        .js(
            "return document.querySelector('[data-export]').value",
            vec![],
        )
        .await;
    let md = md.as_str().unwrap().to_string();
    assert!(md.starts_with("# Despliegue del laboratorio\n"), "{md}");
    assert!(md.contains("- Ejecutado por: Ana Pérez\n"), "{md}");
    assert!(
        md.contains("- [x] Avisar al equipo — 20"),
        "tick with its ISO time: {md}"
    );
    assert!(
        md.contains("\n  - [ ] Base de datos\n"),
        "nested item indented: {md}"
    );

    browser.click("[data-action=export-json]").await;
    let text = browser
        .js(
            "return document.querySelector('[data-export]').value",
            vec![],
        )
        .await;
    let run: Value = serde_json::from_str(text.as_str().unwrap()).expect("JSON export parses");
    assert_eq!(run["page"], "lab/despliegue");
    assert_eq!(run["run_by"], "Ana Pérez");
    assert_eq!(run["items"].as_array().unwrap().len(), 6);
    assert!(run["items"][0]["ticked_at"]
        .as_str()
        .unwrap()
        .ends_with('Z'));
    assert!(
        run["items"][3]["ticked_at"].is_null(),
        "the tick before the new run is gone"
    );
    browser.close().await;
}

#[tokio::test]
async fn runbook_steps_show_time_since_first_tick() {
    if !browser::enabled("runbook_steps_show_time_since_first_tick") {
        return;
    }
    let _serial = browser::serial();
    let site = site();
    let browser = Browser::start().await;
    let ids = open(&browser, &site.url("/es/runbooks/lab/rb-001-lab-caido/")).await;
    let modes = browser.js("return [...document.querySelectorAll('[data-guardia=checklist]')].map(i => i.dataset.mode)", vec![]).await;
    assert!(
        modes.as_array().unwrap().iter().all(|m| m == "incident"),
        "{modes}"
    );
    let clock = "return document.querySelector('.guardia-elapsed').textContent";
    assert_eq!(
        browser.js(clock, vec![]).await,
        "",
        "no clock before the first tick"
    );
    tick(&browser, &ids[0]).await;
    let shown = browser
        .until(
            "the incident clock",
            &format!("const t = (() => {{ {clock} }})(); return t.includes(' s') && t"),
        )
        .await;
    assert!(
        shown
            .as_str()
            .unwrap()
            .starts_with("Tiempo desde el primer paso: "),
        "{shown}"
    );
    browser.close().await;
}

#[tokio::test]
async fn without_local_storage_the_page_says_so_and_keeps_working() {
    if !browser::enabled("without_local_storage_the_page_says_so_and_keeps_working") {
        return;
    }
    let _serial = browser::serial();
    let site = site();
    // Blocking cookies blocks all site data: localStorage access throws.
    let browser =
        Browser::with_prefs(json!({ "profile.default_content_setting_values.cookies": 2 })).await;
    let ids = open(&browser, &site.url(ES)).await;
    let notice = browser.js("const n = document.querySelector('.guardia-notice'); return n.hidden ? null : n.textContent", vec![]).await;
    assert!(
        notice
            .as_str()
            .unwrap()
            .contains("solo mientras la pestaña siga abierta"),
        "{notice}"
    );
    tick(&browser, &ids[0]).await;
    assert_eq!(ticked(&browser).await, vec![ids[0].clone()]);
    let done = browser
        .js(
            "return document.querySelector('.guardia-progress').dataset.done",
            vec![],
        )
        .await;
    assert_eq!(done, "1");
    browser.close().await;
}
