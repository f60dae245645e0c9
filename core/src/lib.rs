//! guardia-core: the rules the CLI and the browser must agree on.
//!
//! Pure logic, no I/O; builds for the host and for `wasm32-unknown-unknown`.
//!
//! - [`lang`]: the two languages and text given in both.
//! - [`duration`]: `15m`, `1h30m`, `2d` durations as written in the docs.
//! - [`env`]: `.env` parsing and validation against a system's schema.
//! - [`health`]: reading a health response into ok / degraded / down / unknown.
//! - [`checklist`]: stable identities of checklist items.
//! - [`sla`]: downtime budgets from availability percentages.
//! - [`severity`]: the one error / warning / info scale every finding uses.
//! - [`islands`]: the JSON the generator inlines into the page's islands.

pub mod checklist;
pub mod duration;
pub mod env;
pub mod health;
pub mod islands;
pub mod lang;
pub mod severity;
pub mod sla;

pub use duration::Duration;
pub use lang::{Lang, Localized, Text};
pub use severity::Severity;
