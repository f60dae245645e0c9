//! Building the [`Site`] from what was loaded.

use super::paths::normalize;
use super::{Doc, DocKind, Site, SourceRef, System};
use crate::diagnostic::Diagnostic;
use crate::load::{Loaded, PageKind, Source};
use crate::tr;
use guardia_core::{Lang, Text};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// URL segments under a system that generated pages use.
pub const RESERVED: [&str; 4] = ["sla", "env", "status", "runbooks"];

/// Builds the site model; site-wide problems go to `problems`.
pub fn build(loaded: Loaded, problems: &mut Vec<Diagnostic>) -> Site {
    let systems = loaded.systems.iter().map(system_of).collect();
    let assets = loaded
        .files
        .iter()
        .map(|a| (normalize(&a.path), a.clone()))
        .collect();
    let mut site = Site {
        config: loaded.config,
        inputs: loaded.inputs,
        systems,
        pages: loaded.pages,
        runbooks: loaded.runbooks,
        docs: Vec::new(),
        entries: HashMap::new(),
        assets,
    };
    site.add_docs(problems);
    problems.extend(super::checks::duplicates(&site));
    problems.extend(super::checks::runbook_refs(&site));
    problems.extend(super::checks::checklists(&site));
    site
}

fn system_of(s: &crate::load::SystemSource) -> System {
    System {
        id: s.id.clone(),
        name: s
            .spec
            .as_ref()
            .map_or_else(|| Text::Same(s.id.clone()), |f| f.name.clone()),
        summary: s.spec.as_ref().and_then(|f| f.summary.clone()),
        spec: s.spec.clone(),
        env: s.env.clone(),
    }
}

/// The translation entry of a source: its path without `.<lang>.md`.
pub fn entry_path(file: &Path, key: &str) -> PathBuf {
    normalize(file).with_file_name(key)
}

impl Site {
    fn add_docs(&mut self, problems: &mut Vec<Diagnostic>) {
        let mut groups: BTreeMap<PathBuf, BTreeMap<Lang, SourceRef>> = BTreeMap::new();
        let refs = (0..self.pages.len())
            .map(SourceRef::Page)
            .chain((0..self.runbooks.len()).map(SourceRef::Runbook));
        for r in refs {
            let src = self.source(r);
            let path = entry_path(&src.file, &src.key);
            groups.entry(path).or_default().insert(src.lang, r);
        }
        for (path, sources) in groups {
            let Some(kind) = self.kind_of(*sources.values().next().expect("non-empty"), problems)
            else {
                continue;
            };
            let mut per_lang = BTreeMap::new();
            for lang in self.config.languages.clone() {
                let (source, fallback) = self.pick_source(&sources, lang);
                let doc = self.make_doc(kind.clone(), lang, source, fallback);
                per_lang.insert(lang, self.docs.len());
                self.docs.push(doc);
            }
            for (_, &i) in per_lang.iter() {
                self.docs[i].translations =
                    per_lang.values().copied().filter(|&j| j != i).collect();
            }
            self.entries.insert(path, per_lang);
        }
    }

    /// The source in `lang`, else the default language's, else any.
    fn pick_source(&self, sources: &BTreeMap<Lang, SourceRef>, lang: Lang) -> (SourceRef, bool) {
        if let Some(r) = sources.get(&lang) {
            return (*r, false);
        }
        let default = self.config.default_lang();
        let r = sources
            .get(&default)
            .or_else(|| sources.values().next())
            .expect("an entry has a source");
        (*r, true)
    }

    fn kind_of(&self, r: SourceRef, problems: &mut Vec<Diagnostic>) -> Option<DocKind> {
        let (system, kind) = match r {
            SourceRef::Page(i) => (self.pages[i].system.as_deref(), self.pages[i].kind),
            SourceRef::Runbook(i) => (Some(self.runbooks[i].system.as_str()), PageKind::Guide),
        };
        let Some(system) = system else {
            return Some(DocKind::Home);
        };
        let Some(s) = self.systems.iter().position(|s| s.id == system) else {
            problems.push(unknown_system(self.source(r), system));
            return None;
        };
        Some(match (r, kind) {
            (SourceRef::Runbook(_), _) => DocKind::Runbook { system: s },
            (_, PageKind::Overview) => DocKind::Overview { system: s },
            _ => DocKind::Guide { system: s },
        })
    }

    fn make_doc(&self, kind: DocKind, lang: Lang, source: SourceRef, fallback: bool) -> Doc {
        let src = self.source(source);
        let slug = match source {
            SourceRef::Page(i) if !fallback => self.pages[i].meta.slug.clone(),
            _ => None,
        }
        .unwrap_or_else(|| src.key.clone());
        let url = match &kind {
            DocKind::Home => format!("{lang}/"),
            DocKind::Overview { system } => format!("{lang}/{}/", self.systems[*system].id),
            DocKind::Guide { system } => format!("{lang}/{}/{slug}/", self.systems[*system].id),
            DocKind::Runbook { system } => {
                format!("{lang}/runbooks/{}/{}/", self.systems[*system].id, src.key)
            }
        };
        Doc {
            lang,
            kind,
            key: src.key.clone(),
            url,
            source,
            fallback,
            translations: Vec::new(),
        }
    }
}

fn unknown_system(src: &Source, system: &str) -> Diagnostic {
    Diagnostic::error(
        "system-unknown",
        &src.file,
        tr!(
            "el sistema '{system}' no existe en content/",
            "system '{system}' does not exist in content/"
        ),
    )
    .hint(tr!(
        "crea content/{system}/system.yaml o mueve el runbook a la carpeta de un sistema existente",
        "create content/{system}/system.yaml or move the runbook to an existing system's directory"
    ))
}
