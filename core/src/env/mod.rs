//! `.env` parsing and validation (../shared/ENV-RULES.md).
//!
//! - [`schema`]: a system's `env.yaml`, the rules each variable follows.
//! - [`parse()`]: the canonical reading of a `.env` text, with positions.
//! - [`Finding`]: one problem, with its [`Code`] and [`Severity`].

mod code;
mod encoding;
pub mod example;
mod finding;
pub mod mask;
pub mod parse;
mod report;
pub mod schema;
mod text;
pub mod validate;

pub use code::Code;
pub use finding::{Finding, Pos, Severity};
pub use parse::{parse, parse_bytes, Entry, Parsed, Quote, Value};
pub use report::{Report, Summary};
pub use schema::EnvSchema;
pub use text::{MAX_BYTES, MAX_LINES};
pub use validate::{validate, validate_bytes, validate_parsed};
