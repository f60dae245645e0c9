//! The page's own CSP can block a fetch (a build bug: an origin missing from
//! `connect-src`). Script cannot read why a fetch failed, but the document fires
//! `securitypolicyviolation` with the blocked URL; this log keeps those URLs.

use crate::dom;
use gloo_events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;

#[derive(Default)]
pub struct CspLog {
    blocked: RefCell<Vec<String>>,
}

impl CspLog {
    /// Starts listening on the document for the page's lifetime.
    pub fn listen() -> Rc<CspLog> {
        let log = Rc::new(CspLog::default());
        let sink = Rc::clone(&log);
        EventListener::new(&dom::document(), "securitypolicyviolation", move |event| {
            let uri = js_sys::Reflect::get(event, &JsValue::from_str("blockedURI"));
            if let Some(uri) = uri.ok().and_then(|v| v.as_string()) {
                sink.blocked.borrow_mut().push(uri);
            }
        })
        .forget();
        log
    }

    /// Whether a violation named `url` (browsers report the URL or just its origin).
    pub fn blocked(&self, url: &str) -> bool {
        self.blocked
            .borrow()
            .iter()
            .any(|b| !b.is_empty() && url.starts_with(b.as_str()))
    }
}
