//! guardia-web: the portal's islands in WebAssembly.
//!
//! The generator writes HTML that reads fine without JavaScript; [`mount`] finds the
//! islands (`data-guardia="…"`) and brings them alive. Every rule (env validation, health
//! interpretation, checklist ids) comes from `guardia-core`, so the page and the CLI agree.

#[cfg(feature = "live")]
pub mod checklist;
pub mod clock;
pub mod dom;
#[cfg(feature = "env")]
pub mod env_validator;
pub mod export_box;
#[cfg(feature = "live")]
pub mod health;
pub mod i18n;
pub mod storage;

use guardia_core::islands::{EnvIsland, DATA_ATTRIBUTE};
use i18n::{Key, Strings};
use serde::de::DeserializeOwned;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// Mounts every island of the page. Called once by `assets/guardia.js` after `init()`.
#[wasm_bindgen]
pub fn mount() {
    let strings = Rc::new(Strings::from_page());
    let store = Rc::new(storage::Store::open());
    for note in dom::all_in_page("[data-guardia] [data-role=nojs]") {
        let _ = note.set_attribute("hidden", "");
    }
    #[cfg(feature = "live")]
    {
        checklist::mount_all(&strings, &store);
        health::mount_all(&strings, &store);
    }
    #[cfg(feature = "env")]
    env_validator::mount_all(&strings);
    let _ = store; // used only by the `live` islands
}

/// An island's inlined JSON payload, read as the type the generator serialized.
pub fn payload<T: DeserializeOwned>(island: &Element) -> Result<T, String> {
    let text = payload_text(island)?;
    serde_json::from_str(&text).map_err(|e| format!("{DATA_ATTRIBUTE}: {e}"))
}

/// The env validator's payload, through core's small JSON reader (serde's derived
/// visitors for the schema would add ~30 KB gzipped to the `env` bundle).
pub fn env_payload(island: &Element) -> Result<EnvIsland, String> {
    let text = payload_text(island)?;
    EnvIsland::from_json(&text).map_err(|e| format!("{DATA_ATTRIBUTE}: {e}"))
}

fn payload_text(island: &Element) -> Result<String, String> {
    let script = island
        .query_selector(&format!("script[{DATA_ATTRIBUTE}]"))
        .ok()
        .flatten()
        .ok_or_else(|| format!("no <script {DATA_ATTRIBUTE}> in the island"))?;
    Ok(script.text_content().unwrap_or_default())
}

/// Says in the island (and on the console) that it could not start, and why.
pub fn broken(island: &Element, reason: &str, strings: &Strings) {
    web_sys::console::error_1(&format!("guardia: {reason}").into());
    let text = strings.fill(Key::IslandBroken, &[("reason", reason)]);
    let note = dom::el("p", "guardia-notice", &text);
    dom::set(&note, "role", "alert");
    let _ = island.prepend_with_node_1(&note);
}
