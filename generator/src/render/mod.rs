//! Stage 3, **render**: every page of the site as bytes, in memory. Markdown documents
//! go through `crate::markdown` and the theme's templates in parallel (rayon); the shared
//! parts (navigation, UI strings) are rendered once and reused by every page.

mod context;
mod docs;
mod env_files;
mod generated;
mod inline_code;
mod islands;
pub mod nav;
mod overview;
mod runbook_index;
mod site_files;
mod tables;
pub mod theme;

use crate::diagnostic::Diagnostic;
use crate::model::Site;
use guardia_core::Lang;
use std::collections::BTreeMap;
use std::path::PathBuf;
pub use theme::Theme;

/// What the caller can vary about a build.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Stamped in every page footer (`--release-tag v1.4.0`).
    pub release_tag: Option<String>,
    pub build_date: Option<String>,
    /// `guardia serve`: add the reload script.
    pub reload: bool,
}

/// The rendered site: output path → bytes, plus counts for the summary line.
#[derive(Debug, Default)]
pub struct Output {
    pub files: BTreeMap<PathBuf, Vec<u8>>,
    pub pages: BTreeMap<Lang, usize>,
}

impl Output {
    fn add(&mut self, path: PathBuf, bytes: Vec<u8>) {
        self.files.insert(path, bytes);
    }

    fn add_page(&mut self, lang: Lang, url: &str, html: String) {
        *self.pages.entry(lang).or_default() += 1;
        self.add(crate::model::paths::output_file(url), html.into_bytes());
    }
}

/// Renders the whole site. Problems found while rendering (broken links) are returned
/// with the output; template failures make it unusable.
pub fn render(
    site: &Site,
    theme: &Theme,
    opts: &Options,
) -> Result<(Output, Vec<Diagnostic>), Vec<Diagnostic>> {
    let ctx = context::Shared::new(site, theme, opts)?;
    let mut out = Output::default();
    let mut problems = Vec::new();
    docs::render_all(&ctx, &mut out, &mut problems)?;
    generated::render_all(&ctx, &mut out)?;
    static_files(theme, &mut out);
    Ok((out, problems))
}

/// Re-renders some documents only (the dev server's body-only edits): their files.
pub fn render_docs(
    site: &Site,
    theme: &Theme,
    opts: &Options,
    navs: &nav::Navs,
    docs: &[usize],
) -> Result<Vec<(PathBuf, Vec<u8>)>, Vec<Diagnostic>> {
    use rayon::prelude::*;
    let ctx = context::Shared::with_navs(site, theme, opts, navs.clone());
    docs.par_iter()
        .map(|&i| {
            docs::render_doc(&ctx, &site.docs[i]).map(|d| {
                (
                    crate::model::paths::output_file(&d.url),
                    d.html.into_bytes(),
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(|d| vec![d])
}

/// Theme statics and the browser bundle under `assets/`.
fn static_files(theme: &Theme, out: &mut Output) {
    for (path, bytes) in &theme.statics {
        out.add(PathBuf::from("assets").join(path), bytes.clone());
    }
    for (path, bytes) in crate::embedded::WEB_ASSETS {
        out.add(PathBuf::from("assets").join(path), bytes.to_vec());
    }
    for (path, bytes) in crate::embedded::WEB_PKG {
        out.add(PathBuf::from("assets/pkg").join(path), bytes.to_vec());
    }
    out.add(
        PathBuf::from("assets/highlight.css"),
        crate::markdown::highlight_css().into_bytes(),
    );
}

/// A template failure as a diagnostic (the theme is the user's input too).
fn template_error(name: &str, err: &tera::Error) -> Diagnostic {
    Diagnostic::error(
        "template",
        &PathBuf::from("templates").join(name),
        theme::tera_error(err),
    )
    .hint(crate::tr!(
        "corrige la plantilla del tema",
        "fix the theme template"
    ))
}
