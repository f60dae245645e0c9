//! Link resolution (DESIGN.md, "Pages"): links are written as relative paths to source
//! files, so the docs read well on a Git host too; here they become site URLs.
//!
//! `x.md` goes to the page in the reader's language, `x.es.md` pins Spanish, a runbook is
//! reached through `../../runbooks/…`, `#anchor` and `x.md#anchor` are checked against
//! the scanned heading ids, and any other file must exist and is then published.

use super::paths::normalize;
use super::{Doc, Site};
use crate::load::Asset;
use crate::tr;
use guardia_core::Lang;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Why a link resolves to nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    Page(String),
    Anchor { page: String, anchor: String },
    File(String),
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            LinkError::Page(p) => tr!(
                "el enlace lleva a una página que no existe: {p}",
                "link to a page that does not exist: {p}"
            ),
            LinkError::Anchor { page, anchor } => tr!(
                "el ancla '#{anchor}' no es ningún encabezado de {page}",
                "anchor '#{anchor}' is not a heading of {page}"
            ),
            LinkError::File(p) => tr!(
                "el enlace lleva a un archivo que no existe: {p}",
                "link to a file that does not exist: {p}"
            ),
        })
    }
}

impl LinkError {
    pub fn hint(&self) -> String {
        match self {
            LinkError::Anchor { .. } => tr!(
                "usa el id del encabezado como lo genera GitHub (minúsculas, espacios a `-`)",
                "use the heading id as GitHub makes it (lowercase, spaces to `-`)"
            ),
            _ => tr!(
                "escribe la ruta relativa al archivo fuente, p. ej. `despliegue.md` o `../../runbooks/x/rb-001-y.md`",
                "write the path relative to the source file, e.g. `despliegue.md` or `../../runbooks/x/rb-001-y.md`"
            ),
        }
    }
}

/// Resolves the links of one document; remembers the files it must publish.
pub struct Resolver<'a> {
    site: &'a Site,
    doc: &'a Doc,
    dir: PathBuf,
    root: String,
    pub assets: Mutex<Vec<Asset>>,
}

impl<'a> Resolver<'a> {
    pub fn new(site: &'a Site, doc: &'a Doc) -> Resolver<'a> {
        let file = &site.doc_source(doc).file;
        Resolver {
            site,
            doc,
            dir: normalize(file.parent().unwrap_or(Path::new("."))),
            root: super::paths::root_of(&doc.url),
            assets: Mutex::new(Vec::new()),
        }
    }

    /// The URL to write for `target`, relative to this document.
    pub fn resolve(&self, target: &str) -> Result<String, LinkError> {
        if is_external(target) {
            return Ok(target.to_string());
        }
        let (path, anchor) = match target.split_once('#') {
            Some((p, a)) => (p, Some(a)),
            None => (target, None),
        };
        if path.is_empty() {
            return self.anchor_in(self.doc, anchor).map(|a| format!("#{a}"));
        }
        let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
        let abs = normalize(&self.dir.join(decoded.as_ref()));
        match abs.to_str().and_then(|s| s.strip_suffix(".md")) {
            Some(stem) => self.page(stem, anchor, path),
            None => self.asset(&abs, path),
        }
    }

    fn page(&self, stem: &str, anchor: Option<&str>, written: &str) -> Result<String, LinkError> {
        let (entry, lang) = split_lang(stem, self.doc.lang);
        let target = self
            .site
            .entries
            .get(Path::new(entry))
            .and_then(|langs| langs.get(&lang))
            .map(|&i| &self.site.docs[i])
            .ok_or_else(|| LinkError::Page(written.to_string()))?;
        let fragment = match anchor {
            Some(_) => format!("#{}", self.anchor_in(target, anchor)?),
            None => String::new(),
        };
        Ok(format!("{}{}{fragment}", self.root, target.url))
    }

    fn anchor_in(&self, doc: &Doc, anchor: Option<&str>) -> Result<String, LinkError> {
        let anchor = anchor.unwrap_or("");
        let wanted = percent_encoding::percent_decode_str(anchor).decode_utf8_lossy();
        let src = self.site.doc_source(doc);
        if src.scan.headings.iter().any(|h| h.id == wanted) {
            Ok(anchor.to_string())
        } else {
            Err(LinkError::Anchor {
                page: src.file.display().to_string(),
                anchor: wanted.into_owned(),
            })
        }
    }

    fn asset(&self, abs: &Path, written: &str) -> Result<String, LinkError> {
        let asset = self
            .site
            .assets
            .get(abs)
            .ok_or_else(|| LinkError::File(written.to_string()))?;
        if let Ok(mut used) = self.assets.lock() {
            used.push(asset.clone());
        }
        Ok(format!("{}{}", self.root, asset.url))
    }
}

impl crate::markdown::LinkResolver for Resolver<'_> {
    fn resolve(&self, target: &str) -> Result<String, crate::markdown::LinkProblem> {
        Resolver::resolve(self, target).map_err(|e| crate::markdown::LinkProblem {
            message: e.to_string(),
            hint: e.hint(),
        })
    }
}

/// `…/despliegue.es` → (`…/despliegue`, es); `…/despliegue` → (itself, the reader's).
fn split_lang(stem: &str, reader: Lang) -> (&str, Lang) {
    match stem.rsplit_once('.') {
        Some((entry, code)) if !code.contains('/') => match code.parse::<Lang>() {
            Ok(lang) => (entry, lang),
            Err(_) => (stem, reader),
        },
        _ => (stem, reader),
    }
}

/// `https:`, `mailto:`, `//host`: left as written.
fn is_external(target: &str) -> bool {
    if target.starts_with("//") {
        return true;
    }
    let scheme_end = target.find(':');
    let path_start = target.find(['/', '#', '?']).unwrap_or(target.len());
    scheme_end.is_some_and(|i| i > 0 && i < path_start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn external_links() {
        assert!(is_external("https://example.org/x"));
        assert!(is_external("mailto:a@b.c"));
        assert!(!is_external("despliegue.md"));
        assert!(!is_external("../x/y.md#a:b"));
    }

    #[test]
    fn pinned_languages() {
        assert_eq!(split_lang("/c/p/x.es", Lang::En), ("/c/p/x", Lang::Es));
        assert_eq!(split_lang("/c/p/x", Lang::En), ("/c/p/x", Lang::En));
        assert_eq!(split_lang("/c/p.v2/x", Lang::En), ("/c/p.v2/x", Lang::En));
    }
}
