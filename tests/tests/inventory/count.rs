//! What the built site holds for one system in one language, counted in the HTML through
//! the hooks the generator writes (HACKING.md "Islands", the theme's templates).

use scraper::{ElementRef, Html, Selector};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The six numbers of a seed, as `tests/fixtures/inventory/<system>.yaml` states them.
#[derive(Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Inventory {
    pub checklist_items: usize,
    pub env_vars: usize,
    pub runbooks: usize,
    pub sla_rows: usize,
    pub code_blocks: usize,
    pub diagrams: usize,
}

impl Inventory {
    /// `(item, number)` pairs, in the fixture's order.
    pub fn items(&self) -> [(&'static str, usize); 6] {
        [
            ("checklist_items", self.checklist_items),
            ("env_vars", self.env_vars),
            ("runbooks", self.runbooks),
            ("sla_rows", self.sla_rows),
            ("code_blocks", self.code_blocks),
            ("diagrams", self.diagrams),
        ]
    }
}

fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("selector {css}: {e}"))
}

/// Counts `system`'s content in the `lang` half of the site built into `out`.
pub fn count(out: &Path, system: &str, lang: &str) -> Inventory {
    let guides = own_pages(&out.join(lang).join(system), lang);
    let runbooks = own_pages(&out.join(lang).join("runbooks").join(system), lang);
    let all = || guides.iter().chain(&runbooks);
    Inventory {
        checklist_items: all().map(checklist_items).sum(),
        env_vars: env_vars(&out.join(lang).join(system).join("env/index.html")),
        runbooks: runbooks.iter().filter(|p| is_runbook(p)).count(),
        sla_rows: sla_rows(&out.join(lang).join(system).join("sla/index.html")),
        code_blocks: all().map(code_blocks).sum(),
        diagrams: all().map(diagrams).sum(),
    }
}

/// Every page under `dir` written in `lang`: a page shown from the other language (the
/// "not translated yet" fallback, `<article lang="…">`) does not count for this one.
fn own_pages(dir: &Path, lang: &str) -> Vec<Html> {
    let mut files = Vec::new();
    index_files(dir, &mut files);
    files.sort();
    let article = sel("main article");
    files
        .iter()
        .map(|f| Html::parse_document(&read(f)))
        .filter(|page| {
            page.select(&article)
                .all(|a| a.value().attr("lang").is_none_or(|l| l == lang))
        })
        .collect()
}

fn index_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for path in entries.flatten().map(|e| e.path()) {
        if path.is_dir() {
            index_files(&path, out);
        } else if path.file_name().is_some_and(|n| n == "index.html") {
            out.push(path);
        }
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Items of run-mode checklist islands (task lists; runbook steps are `incident`).
fn checklist_items(page: &Html) -> usize {
    let items = sel(r#"main [data-guardia="checklist"][data-mode="run"] li[data-item]"#);
    page.select(&items).count()
}

fn is_runbook(page: &Html) -> bool {
    page.select(&sel("main article.runbook")).next().is_some()
}

/// Code blocks: every `<pre>` of the page's own content but a diagram's source.
fn code_blocks(page: &Html) -> usize {
    page.select(&sel("main pre"))
        .filter(|pre| !in_diagram(*pre))
        .count()
}

fn in_diagram(el: ElementRef) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| a.value().name() == "figure" && a.value().classes().any(|c| c == "diagram"))
}

fn diagrams(page: &Html) -> usize {
    page.select(&sel("main figure.diagram")).count()
}

/// Rows of the SLA table; a system without one has no SLA page.
fn sla_rows(path: &Path) -> usize {
    if !path.exists() {
        return 0;
    }
    let page = Html::parse_document(&read(path));
    page.select(&sel("main table.sla tbody tr")).count()
}

/// Rows of the env reference (`<tr id="var-NAME">`), which must be exactly the schema
/// the validator island carries, so the count is the schema's and not the template's.
fn env_vars(path: &Path) -> usize {
    if !path.exists() {
        return 0;
    }
    let page = Html::parse_document(&read(path));
    let rows = sel(r#"main table.env tbody tr[id^="var-"]"#);
    let mut rows: Vec<String> = page
        .select(&rows)
        .filter_map(|tr| tr.value().id().map(|id| id["var-".len()..].to_string()))
        .collect();
    let mut schema = island_vars(&page, path);
    rows.sort();
    schema.sort();
    assert_eq!(
        rows,
        schema,
        "{}: the reference table and the validator's schema disagree",
        path.display()
    );
    rows.len()
}

/// Variable names of the env-validator island's inlined schema.
fn island_vars(page: &Html, path: &Path) -> Vec<String> {
    let data = sel(r#"main [data-guardia="env-validator"] script[data-guardia-data]"#);
    let json: String = page
        .select(&data)
        .next()
        .unwrap_or_else(|| panic!("{}: no env-validator data", path.display()))
        .text()
        .collect();
    let data: serde_json::Value = serde_json::from_str(&json).expect("island data is JSON");
    let groups = data["schema"]["groups"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    groups
        .iter()
        .flat_map(|g| g["vars"].as_array().cloned().unwrap_or_default())
        .filter_map(|v| v["name"].as_str().map(str::to_string))
        .collect()
}
