//! Small DOM helpers: every island builds its UI from these, and text always goes in
//! through `textContent` (never `innerHTML`), so nothing a server or a file says is HTML.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, Window};

pub fn window() -> Window {
    web_sys::window().expect("islands run in a window")
}

pub fn document() -> Document {
    window().document().expect("islands run in a page")
}

/// A new `<tag>` with a class (empty for none) and text content.
pub fn el(tag: &str, class: &str, text: &str) -> HtmlElement {
    let node: HtmlElement = document()
        .create_element(tag)
        .expect("valid tag name")
        .unchecked_into();
    if !class.is_empty() {
        node.set_class_name(class);
    }
    if !text.is_empty() {
        node.set_text_content(Some(text));
    }
    node
}

/// A new element of a concrete type (`HtmlInputElement`, `HtmlSelectElement`…).
pub fn typed<T: JsCast>(tag: &str, class: &str) -> T {
    el(tag, class, "").unchecked_into()
}

/// Sets an attribute; names come from this crate, so failure is a bug.
pub fn set(node: &Element, name: &str, value: &str) {
    node.set_attribute(name, value)
        .expect("valid attribute name");
}

/// Every element under `root` matching `selector`, in document order.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root
        .query_selector_all(selector)
        .expect("selectors come from this crate");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// Every element in the page matching `selector`.
pub fn all_in_page(selector: &str) -> Vec<Element> {
    let root = document().document_element().expect("page has a root");
    all(&root, selector)
}

/// Replaces the children of `node` with `children`.
pub fn replace_children(node: &Element, children: &[&Element]) {
    node.set_text_content(None);
    for child in children {
        let _ = node.append_child(child);
    }
}
