//! The bindings in a real browser (wasm-bindgen-test in headless Chromium): storage
//! round trip, island payload reading, and the i18n table of the page.

#![cfg(target_arch = "wasm32")]

use guardia_core::islands::EnvIsland;
use guardia_web::{dom, i18n, storage::Store};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn local_storage_round_trips_under_the_prefix() {
    let store = Store::open();
    assert!(store.is_persistent(), "a test page has localStorage");
    assert!(store.set("test:key", "valor"));
    assert_eq!(store.get("test:key").as_deref(), Some("valor"));
    let raw = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(
        raw.get_item("guardia:test:key").unwrap().as_deref(),
        Some("valor")
    );
}

#[wasm_bindgen_test]
fn island_payloads_parse_and_broken_ones_say_why() {
    let island = dom::el("section", "", "");
    let script = dom::el(
        "script",
        "",
        r#"{"system":"lab","environments":["dev"],"schema":{}}"#,
    );
    dom::set(&script, "type", "application/json");
    dom::set(&script, "data-guardia-data", "");
    let _ = island.append_child(&script);
    let data: EnvIsland = guardia_web::payload(&island).expect("valid payload");
    assert_eq!(data.system, "lab");
    assert_eq!(guardia_web::env_payload(&island), Ok(data));
    script.set_text_content(Some("{\"system\":"));
    let err = guardia_web::payload::<EnvIsland>(&island).unwrap_err();
    assert!(err.starts_with("data-guardia-data: "), "{err}");
    let err = guardia_web::env_payload(&island).unwrap_err();
    assert!(err.starts_with("data-guardia-data: "), "{err}");
}

#[wasm_bindgen_test]
fn strings_come_from_the_page_and_missing_keys_show_their_name() {
    let doc = dom::document();
    let table = dom::el(
        "script",
        "",
        r#"{"web":{"copy":"Copiar","checklist_progress":"{done} de {total}"}}"#,
    );
    table.set_id("guardia-i18n");
    let _ = doc.body().unwrap().append_child(&table);
    doc.document_element()
        .unwrap()
        .set_attribute("lang", "es")
        .unwrap();
    let strings = i18n::Strings::from_page();
    assert_eq!(strings.get(i18n::Key::Copy), "Copiar");
    assert_eq!(
        strings.fill(
            i18n::Key::ChecklistProgress,
            &[("done", "2"), ("total", "5")]
        ),
        "2 de 5"
    );
    assert_eq!(strings.get(i18n::Key::Download), "download");
}
