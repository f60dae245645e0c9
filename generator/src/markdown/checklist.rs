//! Checklist islands (HACKING.md, "Islands"): each list [`items`] picks out is wrapped
//! in `<div data-guardia="checklist" data-page=… data-mode=…>`, and each checkable item
//! becomes `<li data-item="<id>">` whose first child is a disabled checkbox the wasm
//! enables. GFM's own `[ ]`/`[x]` marker is dropped: the tick state belongs to the
//! reader's run, not to the source.

use super::code::escape;
use super::items::{self, Island, Item};
use super::{RenderInput, Spanned};
use pulldown_cmark::{CowStr, Event};

pub fn apply<'a>(events: Vec<Spanned<'a>>, input: &RenderInput) -> Vec<Spanned<'a>> {
    let found = items::analyze(&events, input.runbook_steps);
    let mut islands = found.islands.iter().peekable();
    let mut checkable = found.items.iter().enumerate().peekable();
    let mut out = Vec::with_capacity(events.len() + 2 * found.islands.len());
    for (i, (event, range)) in events.into_iter().enumerate() {
        if let Some(island) = islands.next_if(|isl| isl.start == i) {
            out.push((
                Event::Html(open_island(island, input.storage_key)),
                range.clone(),
            ));
            out.push((event, range));
            continue;
        }
        if let Some((n, item)) = checkable.next_if(|(_, item)| item.start == i) {
            out.push((Event::Html(open_item(n, item, input.item_ids)), range));
            continue;
        }
        match event {
            Event::TaskListMarker(_) => {}
            event if is_island_end(&found.islands, i) => {
                out.push((event, range.clone()));
                out.push((Event::Html("</div>\n".into()), range));
            }
            event => out.push((event, range)),
        }
    }
    out
}

fn is_island_end(islands: &[Island], i: usize) -> bool {
    islands
        .binary_search_by_key(&i, |island| island.end)
        .is_ok()
}

fn open_island(island: &Island, storage_key: &str) -> CowStr<'static> {
    format!(
        "<div data-guardia=\"checklist\" data-page=\"{}\" data-mode=\"{}\">\n",
        escape(storage_key),
        island.mode.as_str()
    )
    .into()
}

/// `<li data-item=…><input …>`; an id the generator did not supply (it should always)
/// falls back to the item's own fingerprint rather than breaking the page.
fn open_item(n: usize, item: &Item, ids: &[String]) -> CowStr<'static> {
    let id = ids
        .get(n)
        .cloned()
        .unwrap_or_else(|| guardia_core::checklist::fingerprint(&[&item.text]));
    format!(
        "<li data-item=\"{}\"><input type=\"checkbox\" disabled> ",
        escape(&id)
    )
    .into()
}

#[cfg(test)]
mod tests;
