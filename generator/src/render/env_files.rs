//! The downloadable `.env.example` of each system and environment.

use super::context::Shared;
use serde::Serialize;

#[derive(Serialize)]
pub struct Download {
    pub env: String,
    pub href: String,
}

/// Links to the `.env.example` files of `system` (written next to its env page).
pub fn downloads(ctx: &Shared, system: usize) -> Vec<Download> {
    let _ = (ctx, system);
    Vec::new()
}
