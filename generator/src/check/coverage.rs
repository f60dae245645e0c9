//! Translation coverage per system: which pages exist in each language.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{DocKind, Site};
use crate::tr;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct Coverage {
    pub system: String,
    pub lang: String,
    pub translated: usize,
    pub total: usize,
    pub percent: u32,
}

/// Coverage rows, and one finding per missing translation (an error when `strict`).
pub fn coverage(site: &Site, strict: bool) -> (Vec<Coverage>, Vec<Diagnostic>) {
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (i, system) in site.systems.iter().enumerate() {
        for &lang in site.languages() {
            let docs: Vec<_> = site.docs_of(lang, |k| matches!(k, DocKind::Overview { system } | DocKind::Guide { system } | DocKind::Runbook { system } if *system == i)).collect();
            let missing: Vec<_> = docs.iter().filter(|(_, d)| d.fallback).collect();
            for (_, doc) in &missing {
                let src = site.doc_source(doc);
                let want = src.file.with_file_name(format!("{}.{lang}.md", src.key));
                let mut d = Diagnostic::warning(
                    "i18n-missing",
                    &src.file,
                    tr!(
                        "falta la traducción a '{lang}': {w}",
                        "no '{lang}' translation: {w}",
                        w = want.display()
                    ),
                )
                .hint(tr!(
                    "traduce la página; mientras tanto se muestra este original con un aviso",
                    "translate the page; until then this original is shown with a banner"
                ));
                if strict {
                    d.severity = Severity::Error;
                }
                problems.push(d);
            }
            let total = docs.len();
            let translated = total - missing.len();
            let percent = (translated * 100).checked_div(total).unwrap_or(100) as u32;
            problems.push(summary(site, &system.id, lang, translated, total, percent));
            rows.push(Coverage {
                system: system.id.clone(),
                lang: lang.code().into(),
                translated,
                total,
                percent,
            });
        }
    }
    (rows, problems)
}

/// One line per system and language, reported as a notice so every format shows it.
fn summary(
    site: &Site,
    system: &str,
    lang: guardia_core::Lang,
    done: usize,
    total: usize,
    percent: u32,
) -> Diagnostic {
    let dir = site.inputs.content.join(system);
    let mut d = Diagnostic::warning(
        "i18n-coverage",
        &dir,
        tr!(
            "traducción a '{lang}': {percent}% ({done}/{total} páginas)",
            "'{lang}' translation: {percent}% ({done}/{total} pages)"
        ),
    );
    d.severity = Severity::Info;
    d
}
