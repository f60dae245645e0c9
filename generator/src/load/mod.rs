//! Stage 1, **load**: walk `content/` and `runbooks/`, read and parse every input, and
//! validate each file on its own. Collects every problem instead of stopping at the first.

mod doc;
mod health;
pub mod page;
pub mod runbook;
pub mod system;
mod systems;
mod walk;

pub use doc::{load_page, PageKind, PageSource, RunbookSource, Source};
pub use walk::Found;

use crate::config::PortalConfig;
use crate::diagnostic::Diagnostic;
use crate::tr;
use guardia_core::env::EnvSchema;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use system::SystemFile;

/// Where the inputs are.
#[derive(Debug, Clone)]
pub struct Inputs {
    pub content: PathBuf,
    pub runbooks: PathBuf,
}

/// One system directory `content/<id>/` and its optional `system.yaml`.
#[derive(Debug, Clone)]
pub struct SystemSource {
    pub id: String,
    pub spec: Option<SystemFile>,
    pub env: Option<EnvSchema>,
}

/// A file that is not a page: published under `files/<root>/<path>` when linked.
#[derive(Debug, Clone)]
pub struct Asset {
    pub path: PathBuf,
    pub url: String,
}

impl Asset {
    fn new(root: &str, f: Found) -> Asset {
        let rel: Vec<String> = f
            .rel
            .iter()
            .map(|s| s.to_string_lossy().into_owned())
            .collect();
        Asset {
            url: format!("files/{root}/{}", rel.join("/")),
            path: f.path,
        }
    }
}

/// Everything read from disk, each file valid on its own.
#[derive(Debug)]
pub struct Loaded {
    pub inputs: Inputs,
    pub config: PortalConfig,
    pub pages: Vec<PageSource>,
    pub runbooks: Vec<RunbookSource>,
    pub systems: Vec<SystemSource>,
    /// Other files (images, attachments): copied when a page links to them.
    pub files: Vec<Asset>,
}

/// Loads every input; `Err` when the portal config itself is unusable.
pub fn load(inputs: &Inputs, problems: &mut Vec<Diagnostic>) -> Option<Loaded> {
    let config = match PortalConfig::load(&inputs.content) {
        Ok(c) => c,
        Err(mut p) => {
            problems.append(&mut p);
            return None;
        }
    };
    let content = walk::walk(&inputs.content, problems);
    let runbook_files = if inputs.runbooks.is_dir() {
        walk::walk(&inputs.runbooks, problems)
    } else {
        Vec::new()
    };
    let mut loaded = Loaded {
        inputs: inputs.clone(),
        config,
        pages: Vec::new(),
        runbooks: Vec::new(),
        systems: Vec::new(),
        files: Vec::new(),
    };
    loaded.classify_content(content, problems);
    loaded.load_runbooks(runbook_files, problems);
    Some(loaded)
}

impl Loaded {
    fn classify_content(&mut self, found: Vec<Found>, problems: &mut Vec<Diagnostic>) {
        let mut pages = Vec::new();
        for f in found {
            let parts: Vec<&str> = f.rel.iter().filter_map(|s| s.to_str()).collect();
            match parts.as_slice() {
                ["portal.yaml"] => {}
                [_, "env.yaml"] => {}
                [dir, "system.yaml"] => self.load_system(dir, &f.path, problems),
                [name] | [_, name] if name.ends_with(".md") && !is_readme(name) => {
                    pages.push(f.clone())
                }
                _ if is_md(&f.rel) && !is_readme(&file_name(&f.rel)) => {
                    problems.push(misplaced(&f.path))
                }
                _ => self.files.push(Asset::new("content", f)),
            }
        }
        self.add_system_dirs(&pages);
        let results: Vec<_> = pages
            .par_iter()
            .map(|f| doc::load_page(f, &self.config.languages))
            .collect();
        for result in results {
            match result {
                Ok(page) => self.pages.push(page),
                Err(mut p) => problems.append(&mut p),
            }
        }
    }

    fn load_runbooks(&mut self, found: Vec<Found>, problems: &mut Vec<Diagnostic>) {
        let (md, other): (Vec<Found>, Vec<Found>) = found.into_iter().partition(|f| is_md(&f.rel));
        self.files
            .extend(other.into_iter().map(|f| Asset::new("runbooks", f)));
        let results: Vec<_> = md
            .par_iter()
            .filter(|f| !is_readme(&file_name(&f.rel)))
            .map(|f| doc::load_runbook(f, &self.config.languages))
            .collect();
        for result in results {
            match result {
                Ok(rb) => self.runbooks.push(rb),
                Err(mut p) => problems.append(&mut p),
            }
        }
    }
}

fn is_md(rel: &Path) -> bool {
    rel.extension().is_some_and(|e| e == "md")
}

fn file_name(rel: &Path) -> String {
    rel.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `README.md` files document the docs repository itself; they are not pages.
fn is_readme(name: &str) -> bool {
    name.eq_ignore_ascii_case("readme.md")
}

fn misplaced(file: &Path) -> Diagnostic {
    Diagnostic::error(
        "file-place",
        file,
        tr!(
            "las páginas van en content/<sistema>/<clave>.<idioma>.md",
            "pages live in content/<system>/<key>.<lang>.md"
        ),
    )
    .hint(tr!(
        "mueve el archivo a la carpeta de su sistema",
        "move the file into its system's directory"
    ))
}
