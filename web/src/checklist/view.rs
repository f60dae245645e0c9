//! What the wasm adds around a page's checklists: a progress line per checklist, and
//! once per page a run bar (who, since when, new run, exports, incident clock).

use crate::dom;
use crate::export_box::ExportBox;
use crate::i18n::{Key, Strings};
use std::rc::Rc;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlProgressElement};

/// `3 of 7` with a progress bar, at the top of one checklist.
pub struct Progress {
    root: HtmlElement,
    bar: HtmlProgressElement,
    label: HtmlElement,
}

impl Progress {
    pub fn new(island: &Element) -> Progress {
        let root = dom::el("p", "guardia-progress", "");
        let bar: HtmlProgressElement = dom::typed("progress", "");
        let label = dom::el("span", "", "");
        let _ = root.append_child(&bar);
        let _ = root.append_child(&label);
        let _ = island.prepend_with_node_1(&root);
        Progress { root, bar, label }
    }

    pub fn show(&self, done: usize, total: usize, strings: &Strings) {
        self.bar.set_max(total.max(1) as f64);
        self.bar.set_value(done as f64);
        let (done, total) = (done.to_string(), total.to_string());
        let text = strings.fill(
            Key::ChecklistProgress,
            &[("done", &done), ("total", &total)],
        );
        self.label.set_text_content(Some(&text));
        dom::set(&self.root, "data-done", &done);
        dom::set(&self.root, "data-total", &total);
    }
}

/// The page's run bar.
pub struct RunBar {
    pub name: HtmlInputElement,
    pub new_run: HtmlElement,
    pub export_md: HtmlElement,
    pub export_json: HtmlElement,
    pub status: HtmlElement,
    /// Only in incident mode (runbook steps).
    pub elapsed: Option<HtmlElement>,
    pub notice: HtmlElement,
    pub export: Rc<ExportBox>,
}

impl RunBar {
    pub fn new(island: &Element, strings: &Rc<Strings>, incident: bool) -> RunBar {
        let root = dom::el("div", "guardia-runbar", "");
        let label = dom::el("label", "", strings.get(Key::ChecklistRunBy));
        let name: HtmlInputElement = dom::typed("input", "");
        dom::set(&name, "data-field", "run-by");
        dom::set(&name, "autocomplete", "name");
        let _ = label.append_child(&name);
        let bar = RunBar {
            name,
            new_run: button(strings, Key::ChecklistNewRun, "new-run"),
            export_md: button(strings, Key::ChecklistExportMarkdown, "export-md"),
            export_json: button(strings, Key::ChecklistExportJson, "export-json"),
            status: dom::el("p", "guardia-run-status", ""),
            elapsed: incident.then(|| dom::el("p", "guardia-elapsed", "")),
            notice: dom::el("p", "guardia-notice", ""),
            export: ExportBox::new(strings),
        };
        bar.notice.set_hidden(true);
        dom::set(&bar.notice, "role", "status");
        let parts: [&Element; 6] = [
            &bar.notice,
            &label,
            &bar.new_run,
            &bar.export_md,
            &bar.export_json,
            &bar.status,
        ];
        for part in parts.into_iter().chain(bar.elapsed.as_deref()) {
            let _ = root.append_child(part);
        }
        let _ = root.append_child(&bar.export.root);
        let _ = island.prepend_with_node_1(&root);
        bar
    }

    pub fn say(&self, text: &str) {
        self.notice.set_text_content(Some(text));
        self.notice.set_hidden(false);
    }
}

fn button(strings: &Strings, key: Key, action: &str) -> HtmlElement {
    let button = dom::el("button", "guardia-button", strings.get(key));
    dom::set(&button, "type", "button");
    dom::set(&button, "data-action", action);
    button
}
