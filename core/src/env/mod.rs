//! `.env` parsing and validation (../shared/ENV-RULES.md).
//!
//! - [`schema`]: a system's `env.yaml`, the rules each variable follows.

pub mod schema;

pub use schema::EnvSchema;
