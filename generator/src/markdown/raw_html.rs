//! Raw HTML written in the Markdown is shown, not run.
//!
//! The pages ship `default-src 'none'; style-src 'self'`, so a `<script>`, an inline
//! `style=""` or an `onclick` would be blocked (or worse, half-work) anyway; showing it
//! escaped tells the author at a glance. Exceptions: `<br>` (common in table cells) is
//! kept, and HTML comments are dropped, since authors mean them to be invisible. An HTML
//! block is shown as a preformatted block of its source.

use super::Spanned;
use pulldown_cmark::{CodeBlockKind, CowStr, Event, Tag, TagEnd};

pub fn escape(events: Vec<Spanned<'_>>) -> Vec<Spanned<'_>> {
    let mut out = Vec::with_capacity(events.len());
    let mut block: Option<Vec<Spanned<'_>>> = None;
    for (event, range) in events {
        match (event, block.as_mut()) {
            (Event::Start(Tag::HtmlBlock), _) => block = Some(Vec::new()),
            (Event::End(TagEnd::HtmlBlock), _) => {
                out.extend(html_block(block.take().unwrap_or_default()));
            }
            (event, Some(inner)) => inner.push((event, range)),
            (Event::InlineHtml(html), None) => out.extend(inline(html).map(|e| (e, range))),
            (event, None) => out.push((event, range)),
        }
    }
    out
}

fn inline(html: CowStr<'_>) -> Option<Event<'_>> {
    let trimmed = html.trim();
    if trimmed.starts_with("<!--") {
        None
    } else if is_line_break(trimmed) {
        Some(Event::InlineHtml(html))
    } else {
        Some(Event::Text(html))
    }
}

fn is_line_break(tag: &str) -> bool {
    let inner: String = tag.chars().filter(|c| !c.is_whitespace()).collect();
    matches!(inner.to_ascii_lowercase().as_str(), "<br>" | "<br/>")
}

/// A comment block disappears; anything else is shown as its source.
fn html_block(inner: Vec<Spanned<'_>>) -> Vec<Spanned<'_>> {
    let Some(range) = inner.first().map(|(_, r)| r.clone()) else {
        return Vec::new();
    };
    let source: String = inner
        .iter()
        .filter_map(|(e, _)| match e {
            Event::Html(t) | Event::Text(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect();
    let trimmed = source.trim();
    if trimmed.starts_with("<!--") && trimmed.ends_with("-->") {
        return Vec::new();
    }
    let kind = CodeBlockKind::Indented;
    vec![
        (Event::Start(Tag::CodeBlock(kind)), range.clone()),
        (Event::Text(source.into()), range.clone()),
        (Event::End(TagEnd::CodeBlock), range),
    ]
}

#[cfg(test)]
mod tests {
    use super::super::test_support::render_plain;

    #[test]
    fn script_and_styles_are_shown_not_run() {
        let html = render_plain(
            "Hola <span style=\"color:red\">rojo</span>\n\n<script>alert(1)</script>\n",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<span"), "{html}");
        assert!(
            html.contains("&lt;span style=\"color:red\"&gt;rojo"),
            "{html}"
        );
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{html}"
        );
    }

    #[test]
    fn line_breaks_stay_and_comments_vanish() {
        let html =
            render_plain("| a |\n|---|\n| x<br/>y |\n\n<!-- nota -->\n\ntexto <!-- b --> fin\n");
        assert!(html.contains("x<br/>y"), "{html}");
        assert!(!html.contains("nota"), "{html}");
        assert!(!html.contains("&lt;!--"), "{html}");
        assert!(html.contains("texto  fin"), "{html}");
    }
}
