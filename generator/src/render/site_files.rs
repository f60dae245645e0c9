//! Site-level files: `404.html`, the root `index.html` that sends readers to their
//! language, and `sitemap.xml` with `hreflang` alternates.

use super::context::{csp, Shared};
use super::{template_error, Output};
use crate::diagnostic::Diagnostic;
use serde::Serialize;
use std::path::PathBuf;
use tera::Context;

#[derive(Serialize)]
struct Language {
    code: String,
    name: String,
    choose: String,
    href: String,
}

#[derive(Serialize)]
struct Alt {
    lang: String,
    href: String,
}

#[derive(Serialize)]
struct Url {
    loc: String,
    alternates: Vec<Alt>,
}

pub fn render(ctx: &Shared, out: &mut Output) -> Result<(), Diagnostic> {
    not_found(ctx, out)?;
    root(ctx, out)?;
    sitemap(ctx, out)
}

/// Served at any depth by static hosts, so its links start from the base URL's path.
fn not_found(ctx: &Shared, out: &mut Output) -> Result<(), Diagnostic> {
    let lang = ctx.site.config.default_lang();
    let title = ctx.t(lang, "not_found.title");
    let frame = super::generated::frame(ctx, lang, "", "not-found", title, None);
    let mut t = ctx.context(&super::context::Frame {
        crumbs: Vec::new(),
        ..frame
    });
    let base = ctx.base_url();
    let path = base
        .splitn(4, '/')
        .nth(3)
        .map_or("/".to_string(), |p| format!("/{p}"));
    t.insert("root", &path);
    t.insert("nav", "");
    t.insert("switch", &Vec::<()>::new());
    t.insert("canonical", &None::<String>);
    let html = ctx
        .theme
        .tera
        .render("404.html", &t)
        .map_err(|e| template_error("404.html", &e))?;
    out.add(PathBuf::from("404.html"), html.into_bytes());
    Ok(())
}

fn root(ctx: &Shared, out: &mut Output) -> Result<(), Diagnostic> {
    let base = ctx.base_url();
    let languages: Vec<Language> = ctx
        .site
        .languages()
        .iter()
        .map(|l| Language {
            code: l.code().into(),
            name: ctx.t(*l, "lang_name"),
            choose: ctx.t(*l, "root.choose"),
            href: format!("{base}{l}/"),
        })
        .collect();
    let lang = ctx.site.config.default_lang();
    let mut t = Context::new();
    t.insert("default_lang", &lang);
    t.insert("site_title", ctx.site.config.title.get(lang));
    t.insert("languages", &languages);
    t.insert("csp", &csp(&[]));
    let html = ctx
        .theme
        .tera
        .render("root.html", &t)
        .map_err(|e| template_error("root.html", &e))?;
    out.add(PathBuf::from("index.html"), html.into_bytes());
    Ok(())
}

fn sitemap(ctx: &Shared, out: &mut Output) -> Result<(), Diagnostic> {
    let base = ctx.base_url();
    let mut urls: Vec<Url> = Vec::new();
    let pages: Vec<String> = out
        .files
        .keys()
        .filter_map(|p| p.to_str())
        .filter(|p| {
            p.ends_with("/index.html")
                && ctx
                    .site
                    .languages()
                    .iter()
                    .any(|l| p.starts_with(&format!("{l}/")))
        })
        .map(|p| p.trim_end_matches("index.html").to_string())
        .collect();
    let docs: std::collections::HashMap<&str, usize> = ctx
        .site
        .docs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.url.as_str(), i))
        .collect();
    let known: std::collections::HashSet<&str> = pages.iter().map(String::as_str).collect();
    for page in &pages {
        let alternates = alternates(ctx, &base, page, docs.get(page.as_str()).copied(), &known);
        urls.push(Url {
            loc: format!("{base}{page}"),
            alternates,
        });
    }
    let mut t = Context::new();
    t.insert("urls", &urls);
    let xml = ctx
        .theme
        .tera
        .render("sitemap.xml", &t)
        .map_err(|e| template_error("sitemap.xml", &e))?;
    out.add(PathBuf::from("sitemap.xml"), xml.into_bytes());
    Ok(())
}

/// Generated pages share their path across languages; documents know their translations.
fn alternates(
    ctx: &Shared,
    base: &str,
    page: &str,
    doc: Option<usize>,
    pages: &std::collections::HashSet<&str>,
) -> Vec<Alt> {
    if let Some(doc) = doc.map(|i| &ctx.site.docs[i]) {
        let mut alts: Vec<Alt> = std::iter::once(doc)
            .chain(doc.translations.iter().map(|&i| &ctx.site.docs[i]))
            .map(|d| Alt {
                lang: d.lang.code().into(),
                href: format!("{base}{}", d.url),
            })
            .collect();
        alts.sort_by(|a, b| a.lang.cmp(&b.lang));
        return alts;
    }
    let rest = page.split_once('/').map_or("", |(_, r)| r);
    ctx.site
        .languages()
        .iter()
        .map(|l| format!("{l}/{rest}"))
        .filter(|u| pages.contains(u.as_str()))
        .map(|u| Alt {
            lang: u[..2].to_string(),
            href: format!("{base}{u}"),
        })
        .collect()
}
