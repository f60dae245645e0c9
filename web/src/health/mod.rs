//! Live health: every `data-guardia="health"` island (a status page, or a home badge
//! with `data-mode="summary"`) polls its system's endpoints in one environment and shows
//! what core's interpreter makes of each answer.

mod badge;
mod board;
mod csp;
mod poll;
mod probe;
mod row;
pub mod tracker;

use crate::dom;
use crate::i18n::{Key, Strings};
use crate::storage::Store;
use board::{Board, State, View};
use gloo_events::EventListener;
use guardia_core::islands::{HealthIsland, DATA_ATTRIBUTE};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement};

/// Brings every health island of the page alive.
pub fn mount_all(strings: &Rc<Strings>, store: &Rc<Store>) {
    let islands = dom::all_in_page("[data-guardia=health]");
    if islands.is_empty() {
        return;
    }
    let shared = poll::Shared::new();
    for island in islands {
        let board = match board_for(&island, strings, store) {
            Ok(board) => Rc::new(board),
            Err(reason) => {
                crate::broken(&island, &reason, strings);
                continue;
            }
        };
        board.rebuild_rows();
        board.render(None);
        wire(&board, &island, &shared);
        poll::start(&board, &shared);
    }
}

fn board_for(island: &Element, strings: &Rc<Strings>, store: &Rc<Store>) -> Result<Board, String> {
    let data: HealthIsland = crate::payload(island)?;
    let remembered = store.get(&format!("health-env:{}", data.system()));
    let env = remembered
        .filter(|e| data.has_environment(e))
        .unwrap_or_else(|| data.default_environment().to_string());
    let view = match island.get_attribute("data-mode").as_deref() {
        Some("summary") => View::Summary(badge::Badge::new(island).ok_or("no [data-role=badge]")?),
        _ => View::Page {
            overall: role(island, "overall")?,
            list: role(island, "services")?,
            rows: RefCell::default(),
        },
    };
    let state = RefCell::new(State::new(env, data.services().len()));
    let (strings, store) = (Rc::clone(strings), Rc::clone(store));
    Ok(Board {
        island: data,
        strings,
        store,
        view,
        state,
    })
}

fn role(island: &Element, name: &str) -> Result<Element, String> {
    let found = island
        .query_selector(&format!("[data-role={name}]"))
        .ok()
        .flatten();
    found.ok_or_else(|| format!("no [data-role={name}] in the island ({DATA_ATTRIBUTE})"))
}

fn wire(board: &Rc<Board>, island: &Element, shared: &Rc<poll::Shared>) {
    if let Ok(select) = role(island, "environment") {
        let select: HtmlSelectElement = select.unchecked_into();
        select.set_value(&board.state.borrow().env);
        select.set_disabled(false);
        let (b, s, sel) = (Rc::clone(board), Rc::clone(shared), select.clone());
        EventListener::new(&select, "change", move |_| switch(&b, &s, &sel.value())).forget();
    }
    let (b, s) = (Rc::clone(board), Rc::clone(shared));
    EventListener::new(&dom::document(), "visibilitychange", move |_| {
        if dom::document().hidden() {
            b.stop();
            b.note(Key::HealthPaused);
        } else {
            b.render(None);
            poll::start(&b, &s);
        }
    })
    .forget();
    on_network(board, shared);
}

/// Offline: stop and say so; online again: resume.
fn on_network(board: &Rc<Board>, shared: &Rc<poll::Shared>) {
    let b = Rc::clone(board);
    EventListener::new(&dom::window(), "offline", move |_| {
        b.stop();
        b.note(Key::HealthOffline);
    })
    .forget();
    let (b, s) = (Rc::clone(board), Rc::clone(shared));
    EventListener::new(&dom::window(), "online", move |_| poll::start(&b, &s)).forget();
}

/// A new environment: forget the old checks, remember the choice (not secret), poll.
fn switch(board: &Rc<Board>, shared: &Rc<poll::Shared>, env: &str) {
    if !board.island.has_environment(env) {
        return;
    }
    board.stop();
    board.state.borrow_mut().reset(env);
    board.store.set(&board.storage_key(), env);
    board.rebuild_rows();
    board.render(None);
    poll::start(board, shared);
}
