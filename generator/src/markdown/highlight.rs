//! Server-side highlighting with syntect, emitting CSS classes (`hl-…`) that
//! `highlight.css` colours for the light and the dark theme.
//!
//! The syntaxes are bat's (the `two-face` crate): the default syntect set lacks several
//! the docs use (PowerShell, Dockerfile, nginx, HCL, TOML, .env…). They load once, on
//! first use, and are shared by the pages rendered in parallel.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::{SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

/// Class names are `hl-keyword hl-control`: prefixed so they cannot clash with the
/// theme's own classes.
pub const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(two_face::syntax::extra_newlines)
}

/// Fence names as people write them, to the names syntect knows them by.
fn canonical(lang: &str) -> &str {
    match lang {
        "csharp" | "c#" => "cs",
        "shell" | "sh" | "zsh" | "console" | "shell-session" => "bash",
        "ps" | "ps1" | "pwsh" => "powershell",
        "yml" => "yaml",
        "docker" => "dockerfile",
        "env" | "dotenv" => ".env",
        "hcl" | "tf" => "terraform",
        "py" => "python",
        "conf" | "nginxconf" => "nginx",
        other => other,
    }
}

/// The syntax for a fence's language, if any.
pub fn find(lang: &str) -> Option<&'static SyntaxReference> {
    let lower = lang.to_ascii_lowercase();
    let set = syntaxes();
    let token = canonical(&lower);
    set.find_syntax_by_token(token)
        .or_else(|| set.find_syntax_by_extension(token.trim_start_matches('.')))
        .or_else(|| set.find_syntax_by_name(lang))
}

/// `code` as highlighted HTML (the inside of `<code>`), or `None` for a language the
/// syntax set does not know; the caller then shows it as escaped plain text.
pub fn highlight(code: &str, lang: &str) -> Option<String> {
    let key = (lang.to_string(), code.to_string());
    if let Some(hit) = cache().lock().ok()?.get(&key) {
        return Some(hit.to_string());
    }
    let html: Arc<str> = highlight_uncached(code, lang)?.into();
    if let Ok(mut cache) = cache().lock() {
        // The dev server lives long; a bound keeps edits from growing it forever.
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(key, html.clone());
    }
    Some(html.to_string())
}

/// The same block often appears in both languages of a page (commands are not
/// translated), and highlighting is most of a build's time: each distinct block is
/// highlighted once per process.
type Cache = Mutex<HashMap<(String, String), Arc<str>>>;
const CACHE_LIMIT: usize = 50_000;

fn cache() -> &'static Cache {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    CACHE.get_or_init(Cache::default)
}

fn highlight_uncached(code: &str, lang: &str) -> Option<String> {
    let syntax = find(lang)?;
    let mut html = ClassedHTMLGenerator::new_with_class_style(syntax, syntaxes(), CLASS_STYLE);
    for line in LinesWithEndings::from(code) {
        html.parse_html_for_line_which_includes_newline(line).ok()?;
    }
    Some(html.finalize())
}

#[cfg(test)]
mod tests;
