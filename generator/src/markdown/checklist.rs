//! Checklist islands (HACKING.md, "Islands"): each list [`items`] picks out is wrapped
//! in `<div data-guardia="checklist" data-page=… data-mode=…>`, and each checkable item
//! becomes `<li data-item="<id>">` whose first child is a disabled checkbox the wasm
//! enables. GFM's own `[ ]`/`[x]` marker is dropped: the tick state belongs to the
//! reader's run, not to the source.

use super::code::escape;
use super::items::{self, Analysis, Island, Item};
use super::{RenderInput, Spanned};
use pulldown_cmark::{CowStr, Event};
use std::collections::HashMap;

/// What happens at one event index.
enum Mark<'f> {
    Island(&'f Island),
    Item(usize, &'f Item),
    IslandEnd,
}

pub fn apply<'a>(events: Vec<Spanned<'a>>, input: &RenderInput) -> Vec<Spanned<'a>> {
    let found = items::analyze(&events, input.runbook_steps);
    let marks = marks(&found);
    let mut out = Vec::with_capacity(events.len() + 2 * found.islands.len());
    for (i, (event, range)) in events.into_iter().enumerate() {
        match (marks.get(&i), event) {
            (Some(mark), event) => emit(&mut out, mark, (event, range), input),
            (None, Event::TaskListMarker(_)) => {}
            (None, event) => out.push((event, range)),
        }
    }
    out
}

fn marks(found: &Analysis) -> HashMap<usize, Mark<'_>> {
    let islands = found.islands.iter();
    let starts = islands
        .clone()
        .map(|island| (island.start, Mark::Island(island)));
    let ends = islands.map(|island| (island.end, Mark::IslandEnd));
    let items = found.items.iter().enumerate();
    let items = items.map(|(n, item)| (item.start, Mark::Item(n, item)));
    starts.chain(ends).chain(items).collect()
}

fn emit<'a>(
    out: &mut Vec<Spanned<'a>>,
    mark: &Mark<'_>,
    (event, range): Spanned<'a>,
    input: &RenderInput,
) {
    match mark {
        Mark::Island(island) => {
            out.push((
                Event::Html(open_island(island, input.storage_key)),
                range.clone(),
            ));
            out.push((event, range));
        }
        Mark::Item(n, item) => out.push((Event::Html(open_item(*n, item, input.item_ids)), range)),
        Mark::IslandEnd => {
            out.push((event, range.clone()));
            out.push((Event::Html("</div>\n".into()), range));
        }
    }
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
