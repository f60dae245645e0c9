//! Site-wide rules no single file can break alone.

use super::build::RESERVED;
use super::{DocKind, Site, SourceRef};
use crate::diagnostic::Diagnostic;
use crate::load::RunbookSource;
use crate::tr;
use std::collections::HashMap;

/// Two documents on one URL (usually two `slug`s alike), or a slug a generated page uses.
pub fn duplicates(site: &Site) -> Vec<Diagnostic> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut out = Vec::new();
    for (i, doc) in site.docs.iter().enumerate() {
        if doc.fallback {
            continue;
        }
        let segment = doc
            .url
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or("");
        if matches!(doc.kind, DocKind::Guide { .. }) && RESERVED.contains(&segment) {
            out.push(slug_problem(
                site,
                doc.source,
                tr!(
                    "la URL '{u}' está reservada para una página generada",
                    "the URL '{u}' is reserved for a generated page",
                    u = doc.url
                ),
            ));
        }
        if let Some(&first) = seen.get(doc.url.as_str()) {
            let other = site
                .doc_source(&site.docs[first])
                .file
                .display()
                .to_string();
            out.push(slug_problem(
                site,
                doc.source,
                tr!(
                    "la URL '{u}' ya la usa {other}",
                    "the URL '{u}' is already used by {other}",
                    u = doc.url
                ),
            ));
        } else {
            seen.insert(&doc.url, i);
        }
    }
    out
}

fn slug_problem(site: &Site, r: SourceRef, message: String) -> Diagnostic {
    let src = site.source(r);
    let line = line_of_key(&src.text, "slug");
    Diagnostic::error("duplicate-url", &src.file, message)
        .at(line, 1)
        .hint(tr!(
            "da a la página otro `slug` o renombra el archivo",
            "give the page another `slug` or rename the file"
        ))
}

fn line_of_key(text: &str, key: &str) -> u32 {
    text.lines()
        .position(|l| l.starts_with(&format!("{key}:")))
        .map_or(1, |i| i as u32 + 1)
}

/// Runbooks must name a declared service, and one id must not be used by two runbooks.
pub fn runbook_refs(site: &Site) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut ids: HashMap<(&str, &str), &str> = HashMap::new();
    for rb in &site.runbooks {
        let services = declared_services(site, &rb.system);
        if !services.is_empty() && !services.contains(&rb.meta.service.as_str()) {
            out.push(unknown_service(rb, &services));
        }
        let owner = ids.entry((&rb.system, &rb.meta.id)).or_insert(&rb.src.key);
        if *owner != rb.src.key {
            out.push(duplicate_id(rb, owner));
        }
    }
    out
}

fn declared_services<'a>(site: &'a Site, system: &str) -> Vec<&'a str> {
    let spec = site
        .systems
        .iter()
        .find(|s| s.id == system)
        .and_then(|s| s.spec.as_ref());
    spec.map(|f| f.services.iter().map(|s| s.value.id.as_str()).collect())
        .unwrap_or_default()
}

fn unknown_service(rb: &RunbookSource, services: &[&str]) -> Diagnostic {
    let message = tr!(
        "el servicio '{s}' no está declarado en system.yaml de '{sys}'",
        "service '{s}' is not declared in the system.yaml of '{sys}'",
        s = rb.meta.service,
        sys = rb.system
    );
    Diagnostic::error("runbook-service", &rb.src.file, message)
        .at(line_of_key(&rb.src.text, "service"), 1)
        .hint(tr!(
            "servicios: {l}",
            "services: {l}",
            l = services.join(", ")
        ))
}

fn duplicate_id(rb: &RunbookSource, owner: &str) -> Diagnostic {
    let message = tr!(
        "el id '{id}' ya lo usa el runbook '{owner}'",
        "id '{id}' is already used by runbook '{owner}'",
        id = rb.meta.id
    );
    Diagnostic::error("runbook-id", &rb.src.file, message)
        .at(line_of_key(&rb.src.text, "id"), 1)
        .hint(tr!("usa un id nuevo", "use a new id"))
}

/// Checklists of two translations should pair item by item; otherwise each language
/// keeps its own ticks (`guardia_core::checklist::item_ids`), which readers notice.
pub fn checklists(site: &Site) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for langs in site.entries.values() {
        let own: Vec<_> = langs
            .values()
            .map(|&i| &site.docs[i])
            .filter(|d| !d.fallback)
            .collect();
        let Some((first, rest)) = own.split_first() else {
            continue;
        };
        let expected = site.doc_source(first).scan.task_items.len();
        for doc in rest {
            let src = site.doc_source(doc);
            if src.scan.task_items.len() != expected {
                out.push(
                    Diagnostic::warning(
                        "checklist-mismatch",
                        &src.file,
                        tr!(
                            "{n} elementos marcables aquí y {m} en {other}: las marcas no se compartirán entre idiomas",
                            "{n} checkable items here and {m} in {other}: ticks will not be shared between languages",
                            n = src.scan.task_items.len(),
                            m = expected,
                            other = site.doc_source(first).file.display()
                        ),
                    )
                    .at(src.body_first_line, 1)
                    .hint(tr!(
                        "traduce la lista paso a paso, con los mismos elementos",
                        "translate the list item by item, with the same items"
                    )),
                );
            }
        }
    }
    out
}
