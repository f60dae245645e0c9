//! An export the user can read, copy or download: a read-only text area, a copy button
//! and a download link. Shared by checklist runs and the env validator's report.

use crate::dom;
use crate::i18n::{Key, Strings};
use gloo_events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlElement, HtmlTextAreaElement, Url};

pub struct ExportBox {
    pub root: HtmlElement,
    output: HtmlTextAreaElement,
    download: HtmlAnchorElement,
}

impl ExportBox {
    /// Hidden until the first [`ExportBox::show`].
    pub fn new(strings: &Rc<Strings>) -> Rc<ExportBox> {
        let root = dom::el("div", "guardia-export", "");
        root.set_hidden(true);
        let output: HtmlTextAreaElement = dom::typed("textarea", "guardia-export-text");
        output.set_read_only(true);
        output.set_rows(10);
        dom::set(&output, "data-export", "");
        let copy = dom::el("button", "guardia-button", strings.get(Key::Copy));
        dom::set(&copy, "type", "button");
        dom::set(&copy, "data-action", "copy");
        let download: HtmlAnchorElement = dom::typed("a", "guardia-button");
        download.set_text_content(Some(strings.get(Key::Download)));
        for child in [output.as_ref(), copy.as_ref(), download.as_ref()] {
            let _ = root.append_child(child);
        }
        let this = Rc::new(ExportBox {
            root,
            output,
            download,
        });
        this.on_copy(&copy, strings);
        this
    }

    /// Shows `text`, ready to copy or to download as `file_name`.
    pub fn show(&self, text: &str, file_name: &str, mime: &str) {
        self.output.set_value(text);
        dom::set(&self.output, "data-export", file_name);
        let old = self.download.href();
        if old.starts_with("blob:") {
            let _ = Url::revoke_object_url(&old);
        }
        if let Some(url) = blob_url(text, mime) {
            self.download.set_href(&url);
            self.download.set_download(file_name);
        }
        self.root.set_hidden(false);
    }

    fn on_copy(self: &Rc<Self>, button: &HtmlElement, strings: &Rc<Strings>) {
        let (this, strings, target) = (Rc::clone(self), Rc::clone(strings), button.clone());
        EventListener::new(button, "click", move |_| {
            this.output.select();
            let navigator = dom::window().navigator();
            let _ = navigator.clipboard().write_text(&this.output.value());
            target.set_text_content(Some(strings.get(Key::Copied)));
        })
        .forget();
    }
}

fn blob_url(text: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}
