//! ```` ```mermaid ```` blocks: drawn as inline SVG at build time where the pure-Rust
//! renderer (`mermaid-svg`) draws them legibly, otherwise shown as labelled source.
//!
//! Judged by rendering the seeds' diagrams and looking at them in Chromium:
//! `mermaid-svg` (MIT) lays out plain flowcharts, sequence diagrams and gantt charts
//! well, but its subgraph layout overlaps boxes and loses titles (the seeds' architecture
//! diagrams). `flowmaid` draws subgraphs well but is GPL-3.0, which this MIT/Apache
//! binary cannot ship; `merman` (a Mermaid port) clips label text and needs inline
//! styles; `mermaid-rs-renderer` is slow (0.5 s per diagram) and tangles edges. So:
//! flowcharts without `subgraph`, sequence diagrams and gantt charts are drawn; any
//! other diagram, or anything the renderer rejects, is shown as source. A flowchart,
//! sequence or gantt diagram the renderer cannot parse (subgraphs included) is also
//! reported, since GitHub would not draw it either.
//!
//! The SVG is made safe for the page's CSP (`style-src 'self'`, no scripts): inline
//! styles and `<style>` are dropped (the renderer uses presentation attributes), any
//! element outside a small drawing vocabulary or any `on…=` attribute makes the diagram
//! fall back to source, and ids get a per-diagram prefix so two diagrams on a page never
//! share a marker id.

use super::{code::escape, labels};
use guardia_core::Lang;
use regex::Regex;
use std::sync::OnceLock;

/// A diagram's HTML, and why it could not be drawn when its source is broken.
pub struct Drawn {
    pub html: String,
    pub problem: Option<Problem>,
}

/// The renderer's complaint (in English, as it words it) and the diagram line it names.
pub struct Problem {
    pub message: String,
    pub line: Option<u32>,
}

/// `n` numbers the diagrams of a page (1, 2, …) to keep their ids apart.
pub fn render(source: &str, lang: Lang, n: usize) -> Drawn {
    let (html, problem) = match checked_kind(source).then(|| mermaid_svg::render(source)) {
        Some(Err(err)) => (None, Some(problem(&err.to_string()))),
        Some(Ok(svg)) if legible(source) => (clean(&svg, n), None),
        _ => (None, None),
    };
    let html = html.map_or_else(|| as_source(source, lang), |svg| as_svg(&svg, source, lang));
    Drawn { html, problem }
}

/// The first word of the first statement: `graph`, `sequenceDiagram`…
fn kind(source: &str) -> &str {
    let mut lines = source.lines().map(str::trim);
    let first = lines
        .find(|l| !l.is_empty() && !l.starts_with("%%"))
        .unwrap_or("");
    first.split_whitespace().next().unwrap_or("")
}

/// Kinds the renderer parses like Mermaid does, so a parse error is a real mistake.
fn checked_kind(source: &str) -> bool {
    matches!(
        kind(source),
        "graph" | "flowchart" | "sequenceDiagram" | "gantt"
    )
}

/// The kinds of diagram judged legible (see the module docs).
fn legible(source: &str) -> bool {
    match kind(source) {
        "graph" | "flowchart" => !source
            .lines()
            .map(str::trim)
            .any(|l| l == "subgraph" || l.starts_with("subgraph ")),
        other => other == "sequenceDiagram" || other == "gantt",
    }
}

fn problem(message: &str) -> Problem {
    static LINE: OnceLock<Regex> = OnceLock::new();
    let line = regex(&LINE, r"at line (\d+)")
        .captures(message)
        .and_then(|c| c[1].parse().ok());
    let message = message.trim_start_matches("parse error: ").to_string();
    Problem { message, line }
}

fn as_svg(svg: &str, source: &str, lang: Lang) -> String {
    format!(
        "<figure class=\"diagram\">\n{svg}\n<figcaption>{}</figcaption>\n\
         <details><summary>{}</summary><pre><code class=\"language-mermaid\">{}</code></pre></details>\n</figure>\n",
        labels::diagram(lang),
        labels::diagram_show_source(lang),
        escape(source)
    )
}

fn as_source(source: &str, lang: Lang) -> String {
    format!(
        "<figure class=\"diagram diagram-source\">\n<figcaption>{}</figcaption>\n\
         <pre><code class=\"language-mermaid\">{}</code></pre>\n</figure>\n",
        labels::diagram_source(lang),
        escape(source)
    )
}

fn regex(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("a valid constant pattern"))
}

/// CSP-safe SVG, or `None` when it holds anything beyond plain drawing.
fn clean(svg: &str, n: usize) -> Option<String> {
    static STYLE_ELEMENT: OnceLock<Regex> = OnceLock::new();
    static STYLE_ATTR: OnceLock<Regex> = OnceLock::new();
    static IDS: OnceLock<Regex> = OnceLock::new();
    let svg = regex(&STYLE_ELEMENT, r"(?s)<style.*?</style>").replace_all(svg, "");
    let svg = regex(&STYLE_ATTR, r#"\s+style="[^"]*""#).replace_all(&svg, "");
    if !only_drawing(&svg) {
        return None;
    }
    let svg = regex(&IDS, r##"(\bid="|url\(#|href="#)([A-Za-z_][\w.-]*)"##)
        .replace_all(&svg, format!("${{1}}mmd{n}-${{2}}"));
    Some(sized(&svg))
}

/// Only drawing elements, and no event-handler attributes.
fn only_drawing(svg: &str) -> bool {
    static ELEMENTS: OnceLock<Regex> = OnceLock::new();
    static HANDLERS: OnceLock<Regex> = OnceLock::new();
    const ALLOWED: [&str; 16] = [
        "svg", "g", "defs", "marker", "path", "rect", "circle", "ellipse", "line", "polyline",
        "polygon", "text", "tspan", "title", "desc", "clipPath",
    ];
    let elements_ok = regex(&ELEMENTS, r"<([A-Za-z][\w:-]*)")
        .captures_iter(svg)
        .all(|c| ALLOWED.contains(&&c[1]));
    elements_ok && !regex(&HANDLERS, r"(?i)\son[a-z]+\s*=").is_match(svg)
}

/// Natural size from the viewBox (the renderer says `width="100%"`, which would blow a
/// small diagram up to the column width); the stylesheet caps it at 100%.
fn sized(svg: &str) -> String {
    static VIEWBOX: OnceLock<Regex> = OnceLock::new();
    let re = regex(&VIEWBOX, r#"viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)""#);
    let Some(c) = re.captures(svg) else {
        return svg.to_string();
    };
    let size = format!(r#"width="{}" height="{}""#, &c[1], &c[2]);
    let svg = svg.replacen(r#"width="100%""#, &size, 1);
    // A white ground keeps the dark strokes legible in dark mode.
    match svg.find('>') {
        Some(end) => format!(
            "{}<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>{}",
            &svg[..=end],
            &svg[end + 1..]
        ),
        None => svg,
    }
}

#[cfg(test)]
mod tests;
