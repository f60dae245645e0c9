//! Stage 2, **model**: the whole site as it will be written. Pairs the languages of each
//! page by translation key, decides fallbacks and URLs, and finds site-wide problems
//! (duplicate URLs or ids, runbooks naming unknown services).

mod build;
mod checks;
pub mod links;
pub mod paths;

pub use build::build;

use crate::config::PortalConfig;
use crate::load::{system::SystemFile, Asset, Inputs, PageSource, RunbookSource, Source};
use guardia_core::env::EnvSchema;
use guardia_core::{Lang, Localized, Text};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

/// Which loaded file a document is rendered from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceRef {
    Page(usize),
    Runbook(usize),
}

/// What a document is; its place in the navigation follows from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocKind {
    Home,
    Overview { system: usize },
    Guide { system: usize },
    Runbook { system: usize },
}

/// One HTML page rendered from Markdown in one language.
#[derive(Debug, Clone)]
pub struct Doc {
    pub lang: Lang,
    pub kind: DocKind,
    pub key: String,
    /// Root-relative URL, e.g. `es/pagos/despliegue/`.
    pub url: String,
    pub source: SourceRef,
    /// The source is in the other language ("not translated yet").
    pub fallback: bool,
    /// Index of the same page in each other language (its URL for the switcher).
    pub translations: Vec<usize>,
}

/// A system: its `system.yaml` (if any) and the documents under it.
#[derive(Debug, Clone)]
pub struct System {
    pub id: String,
    pub name: Text,
    pub summary: Option<Localized>,
    pub spec: Option<SystemFile>,
    pub env: Option<EnvSchema>,
}

/// The site, loaded and checked.
#[derive(Debug)]
pub struct Site {
    pub config: PortalConfig,
    pub inputs: Inputs,
    pub systems: Vec<System>,
    pub pages: Vec<PageSource>,
    pub runbooks: Vec<RunbookSource>,
    pub docs: Vec<Doc>,
    /// Translation entry (source path without `.<lang>.md`) → doc index per language.
    pub entries: HashMap<PathBuf, BTreeMap<Lang, usize>>,
    /// Non-page files by normalized absolute path.
    pub assets: HashMap<PathBuf, Asset>,
}

impl Site {
    pub fn source(&self, r: SourceRef) -> &Source {
        match r {
            SourceRef::Page(i) => &self.pages[i].src,
            SourceRef::Runbook(i) => &self.runbooks[i].src,
        }
    }

    pub fn doc_source(&self, doc: &Doc) -> &Source {
        self.source(doc.source)
    }

    /// The title a document shows.
    pub fn title(&self, doc: &Doc) -> &str {
        match doc.source {
            SourceRef::Page(i) => &self.pages[i].meta.title,
            SourceRef::Runbook(i) => &self.runbooks[i].meta.title,
        }
    }

    /// Documents of one system and language of one kind, in navigation order.
    pub fn docs_of<'a>(
        &'a self,
        lang: Lang,
        pick: impl Fn(&DocKind) -> bool + 'a,
    ) -> impl Iterator<Item = (usize, &'a Doc)> + 'a {
        self.docs
            .iter()
            .enumerate()
            .filter(move |(_, d)| d.lang == lang && pick(&d.kind))
    }

    pub fn languages(&self) -> &[Lang] {
        &self.config.languages
    }
}

/// The pages generated for a system from its YAML (not from Markdown).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generated {
    Status,
    Sla,
    Env,
    Runbooks,
}

impl Generated {
    /// Root-relative URL of this page of `system` in `lang`.
    pub fn url(self, lang: Lang, system: &str) -> String {
        match self {
            Generated::Status => format!("{lang}/{system}/status/"),
            Generated::Sla => format!("{lang}/{system}/sla/"),
            Generated::Env => format!("{lang}/{system}/env/"),
            Generated::Runbooks => format!("{lang}/runbooks/{system}/"),
        }
    }

    /// The theme string naming it.
    pub fn title_key(self) -> &'static str {
        match self {
            Generated::Status => "status",
            Generated::Sla => "sla",
            Generated::Env => "env",
            Generated::Runbooks => "runbooks",
        }
    }
}

impl Site {
    /// Which generated pages `system` has: only those its data can fill.
    pub fn generated(&self, system: usize) -> Vec<Generated> {
        let s = &self.systems[system];
        let spec = s.spec.as_ref();
        let mut out = Vec::new();
        if spec.is_some_and(|f| !f.services.is_empty()) {
            out.push(Generated::Status);
        }
        if spec.is_some_and(|f| {
            !(f.sla.is_empty() && f.escalation.is_empty() && f.thresholds.is_empty())
        }) {
            out.push(Generated::Sla);
        }
        if s.env.is_some() {
            out.push(Generated::Env);
        }
        if self.runbooks.iter().any(|r| r.system == s.id) {
            out.push(Generated::Runbooks);
        }
        out
    }
}
