//! Helpers shared by the passes' tests: a real [`LinkResolver`] over a fixed set of
//! targets, and one-call renders.

use super::{render, LinkProblem, LinkResolver, RenderInput, Rendered};
use guardia_core::Lang;
use std::path::Path;

/// Resolves every target to `/resolved/<target>`, except those naming `no-existe`.
pub struct Links;

impl Links {
    pub const MISSING: &'static str = "el enlace lleva a una página que no existe";
    pub const HINT: &'static str = "escribe la ruta relativa al archivo fuente";
}

impl LinkResolver for Links {
    fn resolve(&self, target: &str) -> Result<String, LinkProblem> {
        if target.contains("no-existe") {
            return Err(LinkProblem {
                message: Links::MISSING.into(),
                hint: Links::HINT.into(),
            });
        }
        Ok(format!("/resolved/{target}"))
    }
}

fn input<'a>(
    source: &'a str,
    first_line: u32,
    runbook: bool,
    ids: &'a [String],
) -> RenderInput<'a> {
    RenderInput {
        source,
        file: Path::new("docs/pagina.es.md"),
        body_first_line: first_line,
        lang: Lang::Es,
        links: &Links,
        item_ids: ids,
        runbook_steps: runbook,
        storage_key: "calmia/despliegue",
    }
}

pub fn render_with(source: &str, first_line: u32, runbook: bool, ids: &[String]) -> Rendered {
    render(&input(source, first_line, runbook, ids))
}

pub fn render_plain(source: &str) -> String {
    render_with(source, 1, false, &[]).html
}

pub fn render_lang(source: &str, lang: Lang) -> String {
    render(&RenderInput {
        lang,
        ..input(source, 1, false, &[])
    })
    .html
}

pub fn render_key(source: &str, key: &str) -> String {
    render(&RenderInput {
        storage_key: key,
        ..input(source, 1, false, &[])
    })
    .html
}
