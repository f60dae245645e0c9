//! The `.env` validator of a system's env page: paste, type or drop a file, pick the
//! environment, and see core's findings in place. Nothing is sent and nothing is
//! stored: the text lives in the textarea and in this island's memory only.

mod view;

use crate::dom;
use crate::export_box::ExportBox;
use crate::i18n::Strings;
use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use guardia_core::env::{validate, validate_bytes};
use guardia_core::islands::EnvIsland;
use std::cell::RefCell;
use std::rc::Rc;
use view::View;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, Element, File, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// Quiet time after the last keystroke before validating (typing stays smooth).
const DEBOUNCE_MS: u32 = 150;

struct Validator {
    data: EnvIsland,
    strings: Rc<Strings>,
    input: HtmlTextAreaElement,
    environment: HtmlSelectElement,
    view: View,
    /// Bytes of a dropped or opened file until the text is edited (keeps ENC-UTF8 exact).
    file: RefCell<Option<Vec<u8>>>,
    pending: RefCell<Option<Timeout>>,
}

/// Brings every env validator of the page alive.
pub fn mount_all(strings: &Rc<Strings>) {
    for island in dom::all_in_page("[data-guardia=env-validator]") {
        if let Err(reason) = mount(&island, strings) {
            crate::broken(&island, &reason, strings);
        }
    }
}

fn mount(island: &Element, strings: &Rc<Strings>) -> Result<(), String> {
    let role = |name: &str| {
        let found = island
            .query_selector(&format!("[data-role={name}]"))
            .ok()
            .flatten();
        found.ok_or_else(|| format!("no [data-role={name}] in the env validator"))
    };
    let input: HtmlTextAreaElement = role("input")?.unchecked_into();
    let environment: HtmlSelectElement = role("environment")?.unchecked_into();
    let file: HtmlInputElement = role("file")?.unchecked_into();
    let report = ExportBox::new(strings);
    let _ = role("report")?.append_child(&report.root);
    let view = View {
        summary: role("summary")?,
        findings: role("findings")?,
        report,
    };
    for control in [
        input.unchecked_ref::<Element>(),
        environment.as_ref(),
        file.as_ref(),
    ] {
        let _ = control.remove_attribute("disabled");
    }
    let data = crate::env_payload(island)?;
    let strings = Rc::clone(strings);
    let this = Rc::new(Validator {
        data,
        strings,
        input,
        environment,
        view,
        file: RefCell::default(),
        pending: RefCell::default(),
    });
    wire(&this, &file);
    this.run();
    Ok(())
}

impl Validator {
    /// Validates what is on screen now and shows it.
    fn run(&self) {
        self.pending.borrow_mut().take();
        let env = self.environment.value();
        let schema = Some(&self.data.schema);
        let text = self.input.value();
        let file = self.file.borrow();
        // Nothing pasted yet: a prompt, not a list of every required variable "missing".
        if file.is_none() && text.trim().is_empty() {
            self.view.show_prompt(&self.strings);
            return;
        }
        let report = match &*file {
            Some(bytes) => validate_bytes(bytes, schema, &env),
            None => validate(&text, schema, &env),
        };
        self.view.show(&report, &self.strings);
    }

    /// Validates once typing pauses.
    fn soon(self: &Rc<Self>) {
        let this = Rc::clone(self);
        *self.pending.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || this.run()));
    }

    async fn load(self: Rc<Self>, file: File) {
        match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                self.input.set_value(&String::from_utf8_lossy(&bytes));
                *self.file.borrow_mut() = Some(bytes);
                self.run();
            }
            Err(error) => self.view.file_error(&format!("{error:?}"), &self.strings),
        }
    }
}

fn wire(this: &Rc<Validator>, file: &HtmlInputElement) {
    let v = Rc::clone(this);
    EventListener::new(&this.input, "input", move |_| {
        v.file.borrow_mut().take();
        v.soon();
    })
    .forget();
    let v = Rc::clone(this);
    EventListener::new(&this.environment, "change", move |_| v.run()).forget();
    let (v, picker) = (Rc::clone(this), file.clone());
    EventListener::new(file, "change", move |_| {
        if let Some(chosen) = picker.files().and_then(|list| list.get(0)) {
            wasm_bindgen_futures::spawn_local(Rc::clone(&v).load(chosen));
        }
    })
    .forget();
    on_drop(this);
}

/// Dropping a file on the textarea reads it here instead of letting the browser open it.
fn on_drop(this: &Rc<Validator>) {
    let active = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&this.input, "dragover", active, |event| {
        event.prevent_default()
    })
    .forget();
    let v = Rc::clone(this);
    EventListener::new_with_options(&this.input, "drop", active, move |event| {
        let Some(drag) = event.dyn_ref::<DragEvent>() else {
            return;
        };
        let Some(dropped) = drag
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        event.prevent_default();
        wasm_bindgen_futures::spawn_local(Rc::clone(&v).load(dropped));
    })
    .forget();
}
