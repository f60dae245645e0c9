//! Checklists: every `data-guardia="checklist"` island of a page, ticks kept per page
//! (`data-page`, shared by both languages) in the [`Store`](crate::storage::Store).

pub mod export;
mod items;
mod page;
pub mod run;
mod view;

use crate::dom;
use crate::i18n::Strings;
use crate::storage::Store;
use std::collections::BTreeMap;
use std::rc::Rc;
use web_sys::Element;

/// Brings every checklist of the page alive, grouped by the page key they store under.
pub fn mount_all(strings: &Rc<Strings>, store: &Rc<Store>) {
    let mut pages: BTreeMap<String, Vec<Element>> = BTreeMap::new();
    for island in dom::all_in_page("[data-guardia=checklist]") {
        match island.get_attribute("data-page") {
            Some(page) if !page.is_empty() => pages.entry(page).or_default().push(island),
            _ => web_sys::console::warn_1(&"guardia: checklist without data-page".into()),
        }
    }
    for (page, islands) in pages {
        page::Page::mount(page, islands, strings, store);
    }
}
