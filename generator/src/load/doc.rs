//! One Markdown document read from disk: its text, front matter and Markdown scan.

use super::page::{self, PageMeta};
use super::runbook::{self, RunbookMeta};
use super::walk::Found;
use crate::diagnostic::Diagnostic;
use crate::markdown::{self, Scan};
use crate::{front_matter, source, tr, yaml};
use guardia_core::Lang;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

/// The parts every document shares.
#[derive(Debug, Clone)]
pub struct Source {
    pub file: PathBuf,
    pub key: String,
    pub lang: Lang,
    pub text: String,
    pub body_start: usize,
    pub body_first_line: u32,
    pub scan: Scan,
}

impl Source {
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PageKind {
    /// `content/index.<lang>.md`
    Home,
    /// `content/<system>/index.<lang>.md`
    Overview,
    /// Any other page of a system.
    Guide,
}

#[derive(Debug, Clone)]
pub struct PageSource {
    pub system: Option<String>,
    pub kind: PageKind,
    pub meta: PageMeta,
    pub src: Source,
}

#[derive(Debug, Clone)]
pub struct RunbookSource {
    pub system: String,
    pub meta: RunbookMeta,
    pub src: Source,
}

/// Reads a file and parses its front matter as `M`.
fn read<M: DeserializeOwned>(file: &Path) -> Result<(String, M, usize, u32), Vec<Diagnostic>> {
    let text = source::read_text(file).map_err(|d| vec![d])?;
    let split = front_matter::split(file, &text).map_err(|d| vec![d])?;
    let meta: M = yaml::parse(file, split.yaml, split.yaml_first_line).map_err(|d| vec![d])?;
    let body_start = text.len() - split.body.len();
    let first = split.body_first_line;
    Ok((text, meta, body_start, first))
}

fn source(
    f: &Found,
    key: String,
    lang: Lang,
    text: String,
    start: usize,
    line: u32,
    runbook: bool,
) -> Source {
    let scan = markdown::scan(&text[start..], runbook);
    Source {
        file: f.path.clone(),
        key,
        lang,
        text,
        body_start: start,
        body_first_line: line,
        scan,
    }
}

pub fn load_page(f: &Found, languages: &[Lang]) -> Result<PageSource, Vec<Diagnostic>> {
    let name = f.rel.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let (key, lang) =
        page::key_and_lang(name, languages).ok_or_else(|| vec![page::bad_name(&f.path)])?;
    let (text, meta, start, line): (String, PageMeta, _, _) = read(&f.path)?;
    if let Some(slug) = meta.slug.as_deref().filter(|s| !page::is_valid_key(s)) {
        let line = key_line(&text, "slug");
        return Err(vec![page::bad_slug(&f.path, slug, line)]);
    }
    let system = f
        .rel
        .parent()
        .and_then(|p| p.to_str())
        .filter(|d| !d.is_empty());
    let kind = match (system, key.as_str()) {
        (None, "index") => PageKind::Home,
        (None, _) => return Err(vec![misplaced_root(&f.path)]),
        (Some(_), "index") => PageKind::Overview,
        _ => PageKind::Guide,
    };
    Ok(PageSource {
        system: system.map(str::to_string),
        kind,
        meta,
        src: source(f, key, lang, text, start, line, false),
    })
}

pub fn load_runbook(f: &Found, languages: &[Lang]) -> Result<RunbookSource, Vec<Diagnostic>> {
    let parts: Vec<&str> = f.rel.iter().filter_map(|s| s.to_str()).collect();
    let [system, name] = parts.as_slice() else {
        return Err(vec![runbook_place(&f.path)]);
    };
    let (key, lang) =
        page::key_and_lang(name, languages).ok_or_else(|| vec![page::bad_name(&f.path)])?;
    let (text, meta, start, line): (String, RunbookMeta, _, _) = read(&f.path)?;
    let src = source(f, key, lang, text, start, line, true);
    let mut problems = check_runbook(&src, &meta);
    if problems.is_empty() {
        Ok(RunbookSource {
            system: system.to_string(),
            meta,
            src,
        })
    } else {
        problems.sort_by_key(|d| d.position);
        Err(problems)
    }
}

fn check_runbook(src: &Source, meta: &RunbookMeta) -> Vec<Diagnostic> {
    let h2: Vec<&str> = src
        .scan
        .headings
        .iter()
        .filter(|h| h.level == 2)
        .map(|h| h.text.as_str())
        .collect();
    let mut problems = runbook::missing_sections(&src.file, src.body_first_line, src.lang, &h2);
    if !runbook::key_matches_id(&src.key, &meta.id) {
        problems.push(
            Diagnostic::error(
                "runbook-id",
                &src.file,
                tr!(
                    "el nombre del archivo debe empezar por el id en minúsculas ('{id}')",
                    "the file name must start with the lowercased id ('{id}')",
                    id = meta.id.to_lowercase()
                ),
            )
            .at(key_line(&src.text, "id"), 1)
            .hint(tr!(
                "renombra el archivo, p. ej. {id}-api-caida.es.md",
                "rename the file, e.g. {id}-api-down.en.md",
                id = meta.id.to_lowercase()
            )),
        );
    }
    problems
}

/// The line of a top-level front matter key (for problems serde cannot place).
fn key_line(text: &str, key: &str) -> u32 {
    text.lines()
        .position(|l| l.starts_with(key) && l[key.len()..].trim_start().starts_with(':'))
        .map_or(1, |i| i as u32 + 1)
}

fn misplaced_root(file: &Path) -> Diagnostic {
    Diagnostic::error(
        "file-place",
        file,
        tr!(
            "en content/ solo puede estar index.<idioma>.md; las demás páginas van en content/<sistema>/",
            "only index.<lang>.md may sit in content/; other pages go in content/<system>/"
        ),
    )
    .hint(tr!(
        "mueve la página a la carpeta de su sistema",
        "move the page into its system's directory"
    ))
}

fn runbook_place(file: &Path) -> Diagnostic {
    Diagnostic::error(
        "file-place",
        file,
        tr!(
            "los runbooks van en runbooks/<sistema>/<id>-<nombre>.<idioma>.md",
            "runbooks live in runbooks/<system>/<id>-<name>.<lang>.md"
        ),
    )
    .hint(tr!(
        "mueve el runbook a la carpeta de su sistema",
        "move the runbook into its system's directory"
    ))
}
