//! `.env` parsing and validation (../shared/ENV-RULES.md).
//!
//! - [`schema`]: a system's `env.yaml`, the rules each variable follows.
//! - [`parse()`]: the canonical reading of a `.env` text, with positions.
//! - [`Finding`]: one problem, with its [`Code`] and [`Severity`].

mod code;
mod encoding;
mod finding;
pub mod parse;
pub mod schema;
mod text;

pub use code::Code;
pub use finding::{Finding, Pos, Severity};
pub use parse::{parse, parse_bytes, Entry, Parsed, Quote, Value};
pub use schema::EnvSchema;
pub use text::{MAX_BYTES, MAX_LINES};
