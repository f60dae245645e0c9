//! The fields of the home page (a card per system, with its status badge) and of each
//! system's overview (summary, generated pages, services, guides).

use super::context::Shared;
use super::islands;
use guardia_core::Lang;
use serde::Serialize;
use tera::Context;

#[derive(Serialize)]
struct Card {
    id: String,
    name: String,
    summary: Option<String>,
    health_island: Option<String>,
}

pub fn home_fields(ctx: &Shared, lang: Lang, t: &mut Context) {
    let cards: Vec<Card> = ctx
        .site
        .systems
        .iter()
        .enumerate()
        .map(|(i, s)| Card {
            id: s.id.clone(),
            name: s.name.get(lang).to_string(),
            summary: s.summary.as_ref().map(|x| x.get(lang).to_string()),
            health_island: islands::health(ctx, i, lang, "summary"),
        })
        .collect();
    t.insert("systems", &cards);
}

#[derive(Serialize)]
struct PageLink {
    url: String,
    title: String,
    description: Option<String>,
    fallback: bool,
}

#[derive(Serialize)]
struct ServiceLine {
    id: String,
    name: String,
    description: Option<String>,
}

pub fn overview_fields(ctx: &Shared, lang: Lang, system: usize, t: &mut Context) {
    let sys = &ctx.site.systems[system];
    t.insert("summary", &sys.summary.as_ref().map(|s| s.get(lang)));
    let generated: Vec<super::nav::Entry> = ctx
        .site
        .generated(system)
        .into_iter()
        .map(|g| super::nav::Entry {
            url: g.url(lang, &sys.id),
            title: ctx.t(lang, g.title_key()),
        })
        .collect();
    t.insert("generated", &generated);
    let services: Vec<ServiceLine> = sys
        .spec
        .iter()
        .flat_map(|s| s.services.iter())
        .map(|s| ServiceLine {
            id: s.value.id.clone(),
            name: s.value.name.clone(),
            description: s
                .value
                .description
                .as_ref()
                .map(|d| d.get(lang).to_string()),
        })
        .collect();
    t.insert("services", &services);
    let pages: Vec<PageLink> = super::nav::guide_docs(ctx.site, lang, system)
        .into_iter()
        .map(|d| PageLink {
            url: d.url.clone(),
            title: ctx.site.title(d).to_string(),
            description: match d.source {
                crate::model::SourceRef::Page(p) => ctx.site.pages[p].meta.description.clone(),
                _ => None,
            },
            fallback: d.fallback,
        })
        .collect();
    t.insert("pages", &pages);
}
