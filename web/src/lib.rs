//! guardia-web: the portal's islands in WebAssembly.
//!
//! The generator writes HTML that reads fine without JavaScript; [`mount`] finds the
//! islands (`data-guardia="…"`) and brings them alive. Every rule (env validation, health
//! interpretation, checklist ids) comes from `guardia-core`, so the page and the CLI agree.

pub mod checklist;
pub mod clock;
pub mod dom;
pub mod export_box;
pub mod i18n;
pub mod storage;

use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// Mounts every island of the page. Called once by `assets/guardia.js` after `init()`.
#[wasm_bindgen]
pub fn mount() {
    let strings = Rc::new(i18n::Strings::from_page());
    let store = Rc::new(storage::Store::open());
    checklist::mount_all(&strings, &store);
}
