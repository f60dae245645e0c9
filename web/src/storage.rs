//! Where islands keep what outlives a reload: `localStorage`, or, where the browser
//! refuses it (blocked site data, some private modes), memory for this session only.
//! Callers ask [`Store::is_persistent`] to tell the user which one they got.

use std::cell::RefCell;
use std::collections::HashMap;

/// Every key this crate writes starts with this, so the portal never collides with
/// another app on the same origin.
pub const PREFIX: &str = "guardia:";

enum Backend {
    Local(web_sys::Storage),
    Memory(RefCell<HashMap<String, String>>),
}

pub struct Store {
    backend: Backend,
}

impl Store {
    /// `localStorage` if the browser grants it and a write succeeds, else memory.
    pub fn open() -> Store {
        let local = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .filter(|s| {
                let probe = format!("{PREFIX}probe");
                s.set_item(&probe, "1").is_ok() && s.remove_item(&probe).is_ok()
            });
        Store {
            backend: match local {
                Some(storage) => Backend::Local(storage),
                None => Backend::Memory(RefCell::default()),
            },
        }
    }

    /// A store that keeps nothing beyond this page (tests; refused storage).
    pub fn memory() -> Store {
        Store {
            backend: Backend::Memory(RefCell::default()),
        }
    }

    pub fn is_persistent(&self) -> bool {
        matches!(self.backend, Backend::Local(_))
    }

    pub fn get(&self, key: &str) -> Option<String> {
        let key = format!("{PREFIX}{key}");
        match &self.backend {
            Backend::Local(s) => s.get_item(&key).ok().flatten(),
            Backend::Memory(m) => m.borrow().get(&key).cloned(),
        }
    }

    /// Stores `value`; false when the browser refused it (quota), so the caller can say so.
    pub fn set(&self, key: &str, value: &str) -> bool {
        let key = format!("{PREFIX}{key}");
        match &self.backend {
            Backend::Local(s) => s.set_item(&key, value).is_ok(),
            Backend::Memory(m) => {
                m.borrow_mut().insert(key, value.to_string());
                true
            }
        }
    }
}
