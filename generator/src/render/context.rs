//! What every page's template context shares: the frame (language, links to the other
//! languages, breadcrumbs, CSP) and the parts rendered once per build (navigation, UI
//! strings for the islands).

use super::{Options, Theme};
use crate::diagnostic::Diagnostic;
use crate::model::paths::root_of;
use crate::model::Site;
use guardia_core::Lang;
use serde::Serialize;
use std::collections::BTreeMap;
use tera::Context;

pub struct Shared<'a> {
    pub site: &'a Site,
    pub theme: &'a Theme,
    pub opts: &'a Options,
    navs: super::nav::Navs,
    i18n_json: BTreeMap<Lang, String>,
    pub has_js: bool,
}

/// One output page before its own content: what the layout needs.
pub struct Frame {
    pub url: String,
    pub lang: Lang,
    pub kind: &'static str,
    pub title: String,
    pub description: Option<String>,
    pub system: Option<usize>,
    /// The same page in each language (including this one).
    pub translations: Vec<(Lang, String)>,
    pub crumbs: Vec<(String, String)>,
    pub fallback: bool,
    /// Health origins this page polls, for `connect-src`.
    pub connect: Vec<String>,
}

#[derive(Serialize)]
struct Link {
    lang: Lang,
    name: String,
    href: String,
}

#[derive(Serialize)]
struct Crumb {
    title: String,
    href: String,
}

impl<'a> Shared<'a> {
    pub fn new(
        site: &'a Site,
        theme: &'a Theme,
        opts: &'a Options,
    ) -> Result<Self, Vec<Diagnostic>> {
        let navs = super::nav::render_all(site, theme)?;
        Ok(Self::with_navs(site, theme, opts, navs))
    }

    /// With navigation rendered earlier (the dev server keeps it between edits that
    /// change no title, weight or slug).
    pub fn with_navs(
        site: &'a Site,
        theme: &'a Theme,
        opts: &'a Options,
        navs: super::nav::Navs,
    ) -> Self {
        let i18n_json = theme
            .strings
            .iter()
            .map(|(lang, v)| {
                (
                    *lang,
                    script_json(&serde_json::json!({ "web": v.get("web") })),
                )
            })
            .collect();
        Shared {
            site,
            theme,
            opts,
            navs,
            i18n_json,
            has_js: crate::embedded::WEB_ASSETS
                .iter()
                .any(|(p, _)| *p == "guardia.js"),
        }
    }

    pub fn strings(&self, lang: Lang) -> &serde_json::Value {
        &self.theme.strings[&lang]
    }

    /// A UI string by dotted path (`sla_page.title`), or the key if the theme lacks it.
    pub fn t(&self, lang: Lang, path: &str) -> String {
        let mut v = self.strings(lang);
        for part in path.split('.') {
            match v.get(part) {
                Some(next) => v = next,
                None => return path.to_string(),
            }
        }
        v.as_str().unwrap_or(path).to_string()
    }

    /// The layout's context for `frame`; each template adds its own fields.
    pub fn context(&self, frame: &Frame) -> Context {
        let root = root_of(&frame.url);
        let mut ctx = Context::new();
        ctx.insert("lang", &frame.lang);
        ctx.insert("root", &root);
        ctx.insert("kind", frame.kind);
        ctx.insert("title", &frame.title);
        ctx.insert("description", &frame.description);
        ctx.insert("site_title", self.site.config.title.get(frame.lang));
        ctx.insert("t", self.strings(frame.lang));
        ctx.insert("nav", &self.nav(frame, &root));
        ctx.insert("alternates", &self.alternates(frame));
        ctx.insert("switch", &self.switch(frame, &root));
        ctx.insert("canonical", &format!("{}{}", self.base_url(), frame.url));
        ctx.insert("csp", &csp(&frame.connect));
        let crumbs: Vec<Crumb> = frame
            .crumbs
            .iter()
            .map(|(t, u)| Crumb {
                title: t.clone(),
                href: format!("{root}{u}"),
            })
            .collect();
        ctx.insert("breadcrumbs", &crumbs);
        ctx.insert("fallback", &frame.fallback);
        ctx.insert("release_tag", &self.opts.release_tag);
        ctx.insert("build_date", &self.opts.build_date);
        ctx.insert("reload", &self.opts.reload);
        ctx.insert("has_js", &self.has_js);
        ctx.insert("i18n_json", &self.i18n_json[&frame.lang]);
        ctx.insert("other_lang_code", &frame.lang.other().code());
        ctx
    }

    pub fn base_url(&self) -> String {
        let base = &self.site.config.base_url;
        if base.ends_with('/') {
            base.clone()
        } else {
            format!("{base}/")
        }
    }

    fn nav(&self, frame: &Frame, root: &str) -> String {
        let depth = frame.url.matches('/').count();
        let html = self
            .navs
            .get(&(frame.lang, frame.system, depth))
            .cloned()
            .unwrap_or_default();
        let href = format!("href=\"{root}{}\"", frame.url);
        html.replacen(&href, &format!("{href} aria-current=\"page\""), 1)
    }

    fn alternates(&self, frame: &Frame) -> Vec<Link> {
        let base = self.base_url();
        frame
            .translations
            .iter()
            .map(|(lang, url)| Link {
                lang: *lang,
                name: String::new(),
                href: format!("{base}{url}"),
            })
            .collect()
    }

    fn switch(&self, frame: &Frame, root: &str) -> Vec<Link> {
        frame
            .translations
            .iter()
            .filter(|(lang, _)| *lang != frame.lang)
            .map(|(lang, url)| Link {
                lang: *lang,
                name: self.t(*lang, "lang_name"),
                href: format!("{root}{url}"),
            })
            .collect()
    }

    /// The same generated path in every language: `es/pagos/sla/` → `en/pagos/sla/`.
    pub fn same_path(&self, rest: &str) -> Vec<(Lang, String)> {
        self.site
            .languages()
            .iter()
            .map(|l| (*l, format!("{l}/{rest}")))
            .collect()
    }
}

/// HACKING.md's policy; `connect-src` adds the health origins the page polls.
pub fn csp(connect: &[String]) -> String {
    let mut origins = String::from("'self'");
    for o in connect {
        origins.push(' ');
        origins.push_str(o);
    }
    format!("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src {origins}; base-uri 'none'; form-action 'none'")
}

/// JSON safe inside a `<script>` element: `</` cannot close it.
pub fn script_json(value: &impl Serialize) -> String {
    serde_json::to_string(value)
        .unwrap_or_else(|_| "null".into())
        .replace("</", "<\\/")
}
