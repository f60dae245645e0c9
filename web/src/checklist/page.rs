//! One page's checklists and its run: ticking, progress, new run, export, and the
//! incident clock on runbooks.

use super::export::{self, Item, Labels, Sheet};
use super::items::{self, Live};
use super::run::Run;
use super::view::{Progress, RunBar};
use crate::clock;
use crate::dom;
use crate::i18n::{Key, Strings};
use crate::storage::Store;
use gloo_events::EventListener;
use gloo_timers::callback::Interval;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::Element;

struct Checklist {
    root: Element,
    items: Vec<Live>,
    progress: Progress,
}

pub struct Page {
    page: String,
    strings: Rc<Strings>,
    store: Rc<Store>,
    run: Run,
    lists: Vec<Checklist>,
    bar: RunBar,
}

type Shared = Rc<RefCell<Page>>;

impl Page {
    pub fn mount(page: String, islands: Vec<Element>, strings: &Rc<Strings>, store: &Rc<Store>) {
        let incident = islands
            .iter()
            .any(|i| i.get_attribute("data-mode").as_deref() == Some("incident"));
        let bar = RunBar::new(&islands[0], strings, incident);
        let lists: Vec<Checklist> = islands.into_iter().map(checklist).collect();
        let mut run = Run::parse(store.get(&Run::key(&page)).as_deref());
        let ids: Vec<String> = lists
            .iter()
            .flat_map(|l| l.items.iter().map(|i| i.id.clone()))
            .collect();
        let pruned = run.keep_only(&ids);
        let this = Rc::new(RefCell::new(Page {
            page,
            strings: Rc::clone(strings),
            store: Rc::clone(store),
            run,
            lists,
            bar,
        }));
        if pruned {
            this.borrow().save();
        }
        if !store.is_persistent() {
            this.borrow().bar.say(strings.get(Key::StorageUnavailable));
        }
        wire(&this);
        this.borrow().render();
        if incident {
            start_clock(&this);
        }
    }

    fn save(&self) {
        if !self.store.set(&Run::key(&self.page), &self.run.to_json()) {
            self.bar.say(self.strings.get(Key::StorageUnavailable));
        }
    }

    fn toggle(&mut self, id: &str, ticked: bool) {
        self.run.set(id, ticked, clock::now_ms());
        self.save();
        self.render();
    }

    fn new_run(&mut self) {
        self.run = Run::fresh(&self.bar.name.value(), clock::now_ms());
        self.save();
        self.render();
    }

    fn render(&self) {
        for list in &self.lists {
            for item in &list.items {
                let ticked = self.run.ticked_at(&item.id).is_some();
                item.checkbox.set_checked(ticked);
                dom::set(
                    &item.li,
                    "data-ticked",
                    if ticked { "true" } else { "false" },
                );
            }
            let done = list
                .items
                .iter()
                .filter(|i| self.run.ticked_at(&i.id).is_some())
                .count();
            list.progress.show(done, list.items.len(), &self.strings);
        }
        self.render_status();
        self.render_clock();
    }

    fn render_status(&self) {
        let strings = &self.strings;
        let text = match self.run.started_ms {
            Some(at) => {
                let by = self.run.by.as_deref().unwrap_or("—");
                strings.fill(
                    Key::ChecklistStarted,
                    &[("by", by), ("time", &clock::local(at, strings.lang))],
                )
            }
            None => strings.get(Key::ChecklistNotStarted).to_string(),
        };
        self.bar.status.set_text_content(Some(&text));
        if let (Some(by), true) = (&self.run.by, self.bar.name.value().is_empty()) {
            self.bar.name.set_value(by);
        }
    }

    fn render_clock(&self) {
        let Some(elapsed) = &self.bar.elapsed else {
            return;
        };
        let text = match self.run.first_tick() {
            Some(first) => {
                let since = clock::elapsed(clock::now_ms() - first);
                self.strings
                    .fill(Key::ChecklistElapsed, &[("elapsed", &since)])
            }
            None => String::new(),
        };
        elapsed.set_text_content(Some(&text));
    }

    fn export(&self, markdown: bool) {
        let items: Vec<Item> = self
            .lists
            .iter()
            .flat_map(|l| l.items.iter().map(|i| items::describe(i, &l.root)))
            .collect();
        let title = page_title();
        let time = |ms: f64| clock::iso(ms);
        let sheet = Sheet {
            page: &self.page,
            title: &title,
            items: &items,
            run: &self.run,
            exported_ms: clock::now_ms(),
            time: &time,
        };
        let base = self.page.replace('/', "-");
        if markdown {
            let s = &self.strings;
            let labels = Labels {
                run_by: s.get(Key::ChecklistRunBy),
                started: s.get(Key::ChecklistStartedLabel),
                exported: s.get(Key::ChecklistExportedLabel),
            };
            self.bar.export.show(
                &export::markdown(&sheet, &labels),
                &format!("{base}.md"),
                "text/markdown",
            );
        } else {
            self.bar.export.show(
                &export::json(&sheet),
                &format!("{base}.json"),
                "application/json",
            );
        }
    }
}

fn checklist(root: Element) -> Checklist {
    let items = items::live_items(&root);
    for item in &items {
        item.checkbox.set_disabled(false);
    }
    let progress = Progress::new(&root);
    Checklist {
        root,
        items,
        progress,
    }
}

fn page_title() -> String {
    let doc = dom::document();
    doc.query_selector("h1")
        .ok()
        .flatten()
        .and_then(|h| h.text_content())
        .map(|t| t.trim().to_string())
        .unwrap_or_else(|| doc.title())
}

fn wire(this: &Shared) {
    let page = this.borrow();
    for item in page.lists.iter().flat_map(|l| &l.items) {
        let (shared, id, checkbox) = (Rc::clone(this), item.id.clone(), item.checkbox.clone());
        EventListener::new(&item.checkbox, "change", move |_| {
            shared.borrow_mut().toggle(&id, checkbox.checked());
        })
        .forget();
    }
    on_click(this, &page.bar.new_run, |p| p.new_run());
    on_click(this, &page.bar.export_md, |p| p.export(true));
    on_click(this, &page.bar.export_json, |p| p.export(false));
}

fn on_click(this: &Shared, target: &Element, action: fn(&mut Page)) {
    let shared = Rc::clone(this);
    EventListener::new(target, "click", move |_| action(&mut shared.borrow_mut())).forget();
}

/// Runbooks tick the elapsed time once a second; the interval lives as long as the page.
fn start_clock(this: &Shared) {
    let shared = Rc::clone(this);
    Interval::new(1_000, move || shared.borrow().render_clock()).forget();
}
