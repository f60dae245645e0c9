//! The downloadable `.env.example` of each system, environment and language, written
//! next to the env page (`<lang>/<system>/env/<environment>.env.example`).

use super::context::Shared;
use super::Output;
use guardia_core::env::example;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Serialize)]
pub struct Download {
    pub env: String,
    pub href: String,
}

/// Links from the env page (at `<lang>/<system>/env/`) to its `.env.example` files.
pub fn downloads(ctx: &Shared, system: usize) -> Vec<Download> {
    if ctx.site.systems[system].env.is_none() {
        return Vec::new();
    }
    ctx.site
        .config
        .environments
        .iter()
        .map(|e| Download {
            env: e.clone(),
            href: format!("{e}.env.example"),
        })
        .collect()
}

/// Writes every `.env.example` of every system with a schema.
pub fn write_all(ctx: &Shared, out: &mut Output) {
    for system in &ctx.site.systems {
        let Some(schema) = &system.env else { continue };
        for &lang in ctx.site.languages() {
            for env in &ctx.site.config.environments {
                let path = PathBuf::from(format!("{lang}/{}/env/{env}.env.example", system.id));
                out.add(path, example::render(schema, env, lang).into_bytes());
            }
        }
    }
}
