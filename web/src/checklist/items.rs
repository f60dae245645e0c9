//! Reading the checklist items the generator wrote: `li[data-item]`, each starting with
//! a disabled checkbox that the wasm enables.

use super::export::Item;
use crate::dom;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// An item on the page: its id, its checkbox and the `li` itself.
pub struct Live {
    pub id: String,
    pub li: Element,
    pub checkbox: HtmlInputElement,
}

/// Every item under `island` that has its checkbox; items the generator wrote without
/// one are left as plain text rather than guessed at.
pub fn live_items(island: &Element) -> Vec<Live> {
    dom::all(island, "li[data-item]")
        .into_iter()
        .filter_map(|li| {
            let id = li.get_attribute("data-item")?;
            let checkbox = li
                .first_element_child()?
                .dyn_into::<HtmlInputElement>()
                .ok()?;
            (checkbox.type_() == "checkbox").then_some(Live { id, li, checkbox })
        })
        .collect()
}

/// The item as exported: its own text (not its nested list's) and its nesting depth.
pub fn describe(live: &Live, island: &Element) -> Item {
    Item {
        id: live.id.clone(),
        text: own_text(&live.li),
        depth: depth(&live.li, island),
    }
}

fn own_text(li: &Element) -> String {
    let children = li.child_nodes();
    let text: String = (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|n| !matches!(n.node_name().as_str(), "UL" | "OL"))
        .filter_map(|n| n.text_content())
        .collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn depth(li: &Element, island: &Element) -> usize {
    let mut depth = 0;
    let mut node = li.parent_element();
    while let Some(parent) = node {
        if parent.is_same_node(Some(island)) {
            break;
        }
        depth += usize::from(parent.has_attribute("data-item"));
        node = parent.parent_element();
    }
    depth
}
