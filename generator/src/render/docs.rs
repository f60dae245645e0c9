//! Markdown documents: guides, overviews, the home text and runbooks, rendered in
//! parallel. Links resolve through the model; checklist ids pair both languages.

use super::context::{Frame, Shared};
use super::{template_error, Output};
use crate::diagnostic::Diagnostic;
use crate::load::Asset;
use crate::markdown::{self, RenderInput};
use crate::model::links::Resolver;
use crate::model::{Doc, DocKind, SourceRef};
use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

/// One rendered document: its page, its problems, the files it links to.
pub struct Done {
    pub lang: guardia_core::Lang,
    pub url: String,
    pub html: String,
    pub problems: Vec<Diagnostic>,
    pub assets: Vec<Asset>,
}

pub fn render_all(
    ctx: &Shared,
    out: &mut Output,
    problems: &mut Vec<Diagnostic>,
) -> Result<(), Vec<Diagnostic>> {
    let done: Vec<Result<Done, Diagnostic>> = ctx
        .site
        .docs
        .par_iter()
        .map(|doc| render_doc(ctx, doc))
        .collect();
    let mut failures = Vec::new();
    for d in done {
        match d {
            Ok(d) => {
                problems.extend(d.problems);
                for a in d.assets {
                    if let Ok(bytes) = std::fs::read(&a.path) {
                        out.add(a.url.into(), bytes);
                    }
                }
                out.add_page(d.lang, &d.url, d.html);
            }
            Err(e) => failures.push(e),
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures)
    }
}

/// Renders one document; its problems are reported once, from its own-language page.
pub fn render_doc(ctx: &Shared, doc: &Doc) -> Result<Done, Diagnostic> {
    let site = ctx.site;
    let src = site.doc_source(doc);
    let resolver = Resolver::new(site, doc);
    let ids = item_ids(ctx, doc);
    let rendered = markdown::render(&RenderInput {
        source: src.body(),
        file: &src.file,
        body_first_line: src.body_first_line,
        lang: doc.lang,
        links: &resolver,
        item_ids: &ids,
        runbook_steps: matches!(doc.kind, DocKind::Runbook { .. }),
        storage_key: &storage_key(ctx, doc),
    });
    let frame = frame(ctx, doc);
    let mut tctx = ctx.context(&frame);
    tctx.insert("content", &rendered.html);
    tctx.insert("toc", &rendered.toc);
    tctx.insert("source_lang", &src.lang);
    let template = extra(ctx, doc, &mut tctx);
    let html = ctx
        .theme
        .tera
        .render(template, &tctx)
        .map_err(|e| template_error(template, &e))?;
    Ok(Done {
        lang: doc.lang,
        url: doc.url.clone(),
        html,
        problems: if doc.fallback {
            Vec::new()
        } else {
            rendered.diagnostics
        },
        assets: resolver.assets.into_inner().unwrap_or_default(),
    })
}

/// Ids of the page's task items, paired with the counterpart language's items.
fn item_ids(ctx: &Shared, doc: &Doc) -> Vec<String> {
    let src = ctx.site.doc_source(doc);
    let own: Vec<&str> = src.scan.task_items.iter().map(String::as_str).collect();
    let other = doc
        .translations
        .iter()
        .map(|&i| &ctx.site.docs[i])
        .find(|d| d.source != doc.source)
        .map(|d| {
            ctx.site
                .doc_source(d)
                .scan
                .task_items
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
        });
    guardia_core::checklist::item_ids(&own, other.as_deref())
}

/// Where ticks are stored, shared by both languages (HACKING.md, "Islands").
fn storage_key(ctx: &Shared, doc: &Doc) -> String {
    let sys = |i: usize| ctx.site.systems[i].id.as_str();
    match doc.kind {
        DocKind::Home => format!("home/{}", doc.key),
        DocKind::Overview { system } | DocKind::Guide { system } => {
            format!("{}/{}", sys(system), doc.key)
        }
        DocKind::Runbook { system } => format!("runbooks/{}/{}", sys(system), doc.key),
    }
}

fn frame(ctx: &Shared, doc: &Doc) -> Frame {
    let site = ctx.site;
    let lang = doc.lang;
    let mut translations: Vec<_> = doc
        .translations
        .iter()
        .map(|&i| (site.docs[i].lang, site.docs[i].url.clone()))
        .collect();
    translations.push((lang, doc.url.clone()));
    translations.sort();
    let (system, kind) = match doc.kind {
        DocKind::Home => (None, "home"),
        DocKind::Overview { system } => (Some(system), "overview"),
        DocKind::Guide { system } => (Some(system), "guide"),
        DocKind::Runbook { system } => (Some(system), "runbook"),
    };
    let mut crumbs = vec![(ctx.t(lang, "home"), format!("{lang}/"))];
    if let (Some(s), false) = (system, kind == "overview") {
        let sys = &site.systems[s];
        crumbs.push((
            sys.name.get(lang).to_string(),
            format!("{lang}/{}/", sys.id),
        ));
    }
    let description = match doc.source {
        SourceRef::Page(p) => site.pages[p].meta.description.clone(),
        SourceRef::Runbook(_) => None,
    };
    Frame {
        url: doc.url.clone(),
        lang,
        kind,
        title: site.title(doc).to_string(),
        description,
        system,
        translations,
        crumbs: if kind == "home" { Vec::new() } else { crumbs },
        fallback: doc.fallback,
        connect: if kind == "home" {
            super::islands::all_origins(site)
        } else {
            Vec::new()
        },
    }
}

#[derive(Serialize)]
struct RunbookInfo<'a> {
    id: &'a str,
    service: &'a str,
    severity: &'a str,
    escalate_after: Option<String>,
    tags: &'a [String],
}

/// The template of a document and the fields only it needs.
fn extra(ctx: &Shared, doc: &Doc, tctx: &mut Context) -> &'static str {
    match (doc.kind.clone(), doc.source) {
        (DocKind::Home, _) => {
            super::overview::home_fields(ctx, doc.lang, tctx);
            "home.html"
        }
        (DocKind::Overview { system }, _) => {
            super::overview::overview_fields(ctx, doc.lang, system, tctx);
            "system.html"
        }
        (DocKind::Runbook { .. }, SourceRef::Runbook(r)) => {
            let meta = &ctx.site.runbooks[r].meta;
            tctx.insert(
                "runbook",
                &RunbookInfo {
                    id: &meta.id,
                    service: &meta.service,
                    severity: meta.severity.as_str(),
                    escalate_after: meta.escalate_after.map(|d| d.to_string()),
                    tags: &meta.tags,
                },
            );
            "page.html"
        }
        _ => "page.html",
    }
}
