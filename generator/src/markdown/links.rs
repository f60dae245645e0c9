//! Links and images written as relative source paths become site URLs.
//!
//! Resolution itself (languages, runbooks, anchors, assets) belongs to the site model;
//! this pass only finds every destination, asks the [`LinkResolver`], and turns each
//! failure into a diagnostic at the link's line and column in the file.

use super::position::LineIndex;
use super::{RenderInput, Spanned};
use crate::diagnostic::Diagnostic;
use pulldown_cmark::{CowStr, Event, LinkType, Tag};

/// Why a link target resolves to nothing, already in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkProblem {
    pub message: String,
    /// What to do about it.
    pub hint: String,
}

/// Turns a link target as written (`despliegue.md`, `../x.es.md#paso-2`, `#anchor`,
/// `img/a.png`) into the URL to write. Shared by the pages rendered in parallel.
pub trait LinkResolver: Sync {
    fn resolve(&self, target: &str) -> Result<String, LinkProblem>;
}

/// Left as written: the web, mail and protocol-relative URLs.
fn is_absolute(target: &str) -> bool {
    let lower = target.get(..8).unwrap_or(target).to_ascii_lowercase();
    ["http:", "https:", "mailto:", "//"]
        .iter()
        .any(|p| lower.starts_with(p))
}

pub fn rewrite<'a>(
    mut events: Vec<Spanned<'a>>,
    input: &RenderInput,
    lines: &LineIndex,
    problems: &mut Vec<Diagnostic>,
) -> Vec<Spanned<'a>> {
    for (event, range) in &mut events {
        let dest = match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) if *link_type != LinkType::Email => dest_url,
            Event::Start(Tag::Image { dest_url, .. }) => dest_url,
            _ => continue,
        };
        if is_absolute(dest) {
            continue;
        }
        match input.links.resolve(dest) {
            Ok(url) => *dest = CowStr::from(url),
            Err(problem) => problems.push(diagnostic(input, lines, range.start, problem)),
        }
    }
    events
}

fn diagnostic(input: &RenderInput, lines: &LineIndex, offset: usize, p: LinkProblem) -> Diagnostic {
    let (line, col) = lines.line_col(offset);
    Diagnostic::error("link-broken", input.file, p.message)
        .at(line + input.body_first_line.saturating_sub(1), col)
        .hint(p.hint)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{render_with, Links};
    use super::is_absolute;

    #[test]
    fn relative_targets_are_rewritten_and_absolute_ones_kept() {
        let md =
            "[a](despliegue.md) [b](https://x.org/a.md) ![c](img/a.png) [d](#paso-2) <ops@x.org>";
        let out = render_with(md, 1, false, &[]);
        let html = &out.html;
        assert!(
            html.contains(r#"<a href="/resolved/despliegue.md">a</a>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<a href="https://x.org/a.md">b</a>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<img src="/resolved/img/a.png" alt="c" />"#),
            "{html}"
        );
        assert!(
            html.contains(r##"<a href="/resolved/#paso-2">d</a>"##),
            "{html}"
        );
        assert!(html.contains(r#"href="mailto:ops@x.org""#), "{html}");
        assert!(out.diagnostics.is_empty());
    }

    #[test]
    fn a_broken_link_is_reported_at_its_line_and_column_in_the_file() {
        let md = "# Título\n\nVer la guía de\n[caídas](no-existe.md) y [ok](a.md).\n";
        let out = render_with(md, 5, false, &[]);
        assert_eq!(out.diagnostics.len(), 1);
        let d = &out.diagnostics[0];
        assert_eq!(d.location(), "docs/pagina.es.md:8:1");
        assert_eq!(d.message, Links::MISSING);
        assert_eq!(d.hint.as_deref(), Some(Links::HINT));
        let out = render_with("texto ![x](no-existe.png)", 1, false, &[]);
        assert_eq!(out.diagnostics[0].location(), "docs/pagina.es.md:1:7");
    }

    #[test]
    fn absolute_means_web_mail_or_protocol_relative() {
        assert!(is_absolute("HTTPS://x"));
        assert!(is_absolute("mailto:a@b"));
        assert!(is_absolute("//cdn/x"));
        assert!(!is_absolute("../x.md"));
        assert!(!is_absolute("#a"));
    }
}
