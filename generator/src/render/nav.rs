//! The navigation by system, rendered once per language, current system and page depth
//! (links are relative, so depth matters) instead of once per page.

use super::Theme;
use crate::diagnostic::Diagnostic;
use crate::model::{Doc, DocKind, Site, SourceRef};
use guardia_core::Lang;
use serde::Serialize;
use std::collections::HashMap;
use tera::Context;

/// Guides listed per system in the navigation: a longer list is no help to a reader, and
/// every page would carry it (a 500-guide system would add 50 KB to each of its pages).
const MAX_LISTED: usize = 40;

/// Deepest page: `<lang>/runbooks/<system>/<key>/`.
const MAX_DEPTH: usize = 4;

#[derive(Serialize)]
pub struct Entry {
    pub url: String,
    pub title: String,
}

#[derive(Serialize)]
struct SystemNav {
    id: String,
    name: String,
    current: bool,
    /// The first [`MAX_LISTED`] guides; the overview lists them all.
    pages: Vec<Entry>,
    all_guides: usize,
    generated: Vec<Entry>,
}

/// Navigation HTML by (language, current system, page depth).
pub type Navs = HashMap<(Lang, Option<usize>, usize), String>;

pub fn render_all(site: &Site, theme: &Theme) -> Result<Navs, Vec<Diagnostic>> {
    let mut out = HashMap::new();
    for &lang in site.languages() {
        let current: Vec<Option<usize>> = std::iter::once(None)
            .chain((0..site.systems.len()).map(Some))
            .collect();
        for system in current {
            let systems = systems(site, theme, lang, system);
            for depth in 1..=MAX_DEPTH {
                let mut ctx = Context::new();
                ctx.insert("lang", &lang);
                ctx.insert("root", &"../".repeat(depth));
                ctx.insert("t", &theme.strings[&lang]);
                ctx.insert("systems", &systems);
                let html = theme
                    .tera
                    .render("nav.html", &ctx)
                    .map_err(|e| vec![super::template_error("nav.html", &e)])?;
                out.insert((lang, system, depth), html);
            }
        }
    }
    Ok(out)
}

fn systems(site: &Site, theme: &Theme, lang: Lang, current: Option<usize>) -> Vec<SystemNav> {
    site.systems
        .iter()
        .enumerate()
        .map(|(i, s)| SystemNav {
            id: s.id.clone(),
            name: s.name.get(lang).to_string(),
            current: current == Some(i),
            pages: if current == Some(i) {
                guides(site, lang, i)
            } else {
                Vec::new()
            },
            all_guides: site
                .docs_of(lang, move |k| *k == DocKind::Guide { system: i })
                .count(),
            generated: site
                .generated(i)
                .into_iter()
                .map(|g| Entry {
                    url: g.url(lang, &s.id),
                    title: string(theme, lang, g.title_key()),
                })
                .collect(),
        })
        .collect()
}

/// The guides of a system in navigation order: `weight`, then title.
pub fn guide_docs(site: &Site, lang: Lang, system: usize) -> Vec<&Doc> {
    let mut docs: Vec<_> = site
        .docs_of(lang, move |k| *k == DocKind::Guide { system })
        .map(|(_, d)| {
            let weight = match d.source {
                SourceRef::Page(p) => site.pages[p].meta.weight,
                SourceRef::Runbook(_) => None,
            };
            (weight.unwrap_or(i64::MAX), site.title(d), d)
        })
        .collect();
    docs.sort_by(|a, b| (a.0, a.1, &a.2.url).cmp(&(b.0, b.1, &b.2.url)));
    docs.into_iter().map(|(_, _, d)| d).collect()
}

fn guides(site: &Site, lang: Lang, system: usize) -> Vec<Entry> {
    guide_docs(site, lang, system)
        .into_iter()
        .take(MAX_LISTED)
        .map(|d| Entry {
            url: d.url.clone(),
            title: site.title(d).to_string(),
        })
        .collect()
}

fn string(theme: &Theme, lang: Lang, key: &str) -> String {
    theme.strings[&lang]
        .get(key)
        .and_then(|v| v.as_str())
        .unwrap_or(key)
        .to_string()
}
