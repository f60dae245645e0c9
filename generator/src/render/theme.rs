//! The theme: Tera templates, static files and UI strings. The default theme is embedded;
//! a file of the same path under `--theme DIR` replaces just that file (like mdBook).

use crate::diagnostic::Diagnostic;
use crate::{embedded, tr};
use guardia_core::Lang;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tera::Tera;

pub struct Theme {
    pub tera: Tera,
    /// UI strings per language (the parsed `i18n/<lang>.yaml`).
    pub strings: BTreeMap<Lang, serde_json::Value>,
    /// `static/**` files, written to `assets/`.
    pub statics: BTreeMap<String, Vec<u8>>,
}

impl Theme {
    /// The embedded default theme with the files of `overrides` on top.
    pub fn load(overrides: Option<&Path>, languages: &[Lang]) -> Result<Theme, Vec<Diagnostic>> {
        let mut files: BTreeMap<String, (PathBuf, Vec<u8>)> = embedded::THEME
            .iter()
            .map(|(p, b)| {
                (
                    p.to_string(),
                    (PathBuf::from("themes/default").join(p), b.to_vec()),
                )
            })
            .collect();
        if let Some(dir) = overrides {
            read_overrides(dir, &mut files)?;
        }
        let mut problems = Vec::new();
        let tera = templates(&files, &mut problems);
        let strings = languages
            .iter()
            .filter_map(|lang| strings(&files, *lang, &mut problems).map(|s| (*lang, s)))
            .collect();
        let statics = files
            .iter()
            .filter_map(|(p, (_, b))| {
                p.strip_prefix("static/")
                    .map(|p| (p.to_string(), b.clone()))
            })
            .collect();
        match (tera, problems.is_empty()) {
            (Some(tera), true) => Ok(Theme {
                tera,
                strings,
                statics,
            }),
            _ => Err(problems),
        }
    }
}

fn read_overrides(
    dir: &Path,
    files: &mut BTreeMap<String, (PathBuf, Vec<u8>)>,
) -> Result<(), Vec<Diagnostic>> {
    if !dir.is_dir() {
        return Err(vec![Diagnostic::error(
            "theme",
            dir,
            tr!(
                "el directorio del tema no existe",
                "the theme directory does not exist"
            ),
        )
        .hint(tr!(
            "pasa a --theme un directorio con templates/, static/ o i18n/",
            "give --theme a directory holding templates/, static/ or i18n/"
        ))]);
    }
    for entry in walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .flatten()
    {
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let key = rel
            .iter()
            .map(|p| p.to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        let bytes = std::fs::read(entry.path())
            .map_err(|e| vec![Diagnostic::error("io", entry.path(), e.to_string())])?;
        files.insert(key, (entry.path().to_path_buf(), bytes));
    }
    Ok(())
}

fn templates(
    files: &BTreeMap<String, (PathBuf, Vec<u8>)>,
    problems: &mut Vec<Diagnostic>,
) -> Option<Tera> {
    let mut raw = Vec::new();
    for (path, (file, bytes)) in files {
        let Some(name) = path.strip_prefix("templates/") else {
            continue;
        };
        match std::str::from_utf8(bytes) {
            Ok(text) => raw.push((name.to_string(), text.to_string())),
            Err(_) => problems.push(Diagnostic::error(
                "not-utf8",
                file,
                tr!("la plantilla no es UTF-8", "the template is not UTF-8"),
            )),
        }
    }
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    tera.set_escape_fn(escape);
    tera.register_filter("code_spans", super::inline_code::CodeSpans);
    match tera.add_raw_templates(raw) {
        Ok(()) => Some(tera),
        Err(e) => {
            problems.push(parse_error(files, &tera_error(&e)));
            None
        }
    }
}

/// Tera's default also escapes `/` and `'`, which makes every URL and the CSP unreadable;
/// templates quote attributes with `"`, so these four are enough.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Tera names the template and gives ` --> line:col`; point at that file.
fn parse_error(files: &BTreeMap<String, (PathBuf, Vec<u8>)>, text: &str) -> Diagnostic {
    let name = text.split('\'').nth(1).unwrap_or("");
    let file = files
        .get(&format!("templates/{name}"))
        .map_or_else(|| PathBuf::from("templates"), |(f, _)| f.clone());
    let first = text.lines().next().unwrap_or(text);
    let message = first
        .split(" --> ")
        .next()
        .unwrap_or(first)
        .trim_end_matches([':', ' ']);
    let detail = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("= "))
        .unwrap_or("");
    let d = Diagnostic::error("template", &file, format!("{message}: {detail}")).hint(tr!(
        "corrige la plantilla del tema",
        "fix the theme template"
    ));
    let at = text.split(" --> ").nth(1).and_then(|rest| {
        let (line, col) = rest.lines().next()?.split_once(':')?;
        Some((line.trim().parse().ok()?, col.trim().parse().ok()?))
    });
    match at {
        Some((line, col)) => d.at(line, col),
        None => d,
    }
}

/// Tera nests the useful part of its message in the error's sources.
pub fn tera_error(err: &tera::Error) -> String {
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

fn strings(
    files: &BTreeMap<String, (PathBuf, Vec<u8>)>,
    lang: Lang,
    problems: &mut Vec<Diagnostic>,
) -> Option<serde_json::Value> {
    let key = format!("i18n/{lang}.yaml");
    let Some((file, bytes)) = files.get(&key) else {
        problems.push(Diagnostic::error(
            "theme",
            Path::new(&key),
            tr!(
                "el tema no tiene textos para '{lang}'",
                "the theme has no strings for '{lang}'"
            ),
        ));
        return None;
    };
    let text = String::from_utf8_lossy(bytes);
    crate::yaml::parse::<serde_json::Value>(file, &text, 1)
        .map_err(|d| problems.push(d))
        .ok()
}
