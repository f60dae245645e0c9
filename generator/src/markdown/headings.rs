//! Heading ids and the table of contents.
//!
//! The id comes from the heading's plain text (text and inline code; raw HTML ignored,
//! like GitHub's `textContent` would after sanitizing), through [`Slugger`].

use super::position::LineIndex;
use super::slug::Slugger;
use super::{Heading, Spanned};
use pulldown_cmark::{Event, Tag, TagEnd};

/// Every heading of the page with the index of its `Start` event.
fn find(events: &[Spanned<'_>], lines: &LineIndex) -> Vec<(usize, Heading)> {
    let mut slugger = Slugger::default();
    let mut found = Vec::new();
    let mut open: Option<(usize, u8, String)> = None;
    for (i, (event, range)) in events.iter().enumerate() {
        match (event, open.as_mut()) {
            (Event::Start(Tag::Heading { level, .. }), _) => {
                open = Some((i, *level as u8, String::new()))
            }
            (Event::Text(t) | Event::Code(t), Some((_, _, text))) => text.push_str(t),
            (Event::End(TagEnd::Heading(_)), Some(_)) => {
                let Some((at, level, text)) = open.take() else {
                    continue;
                };
                let line = lines.line(range.start.min(events[at].1.start));
                let id = slugger.slug(&text);
                found.push((
                    at,
                    Heading {
                        level,
                        id,
                        text,
                        line,
                    },
                ));
            }
            _ => {}
        }
    }
    found
}

/// Phase 1: the headings only.
pub fn collect(events: &[Spanned<'_>], lines: &LineIndex) -> Vec<Heading> {
    find(events, lines).into_iter().map(|(_, h)| h).collect()
}

/// Phase 2: sets each heading's `id` attribute; returns the headings as the TOC.
pub fn apply<'a>(
    mut events: Vec<Spanned<'a>>,
    lines: &LineIndex,
) -> (Vec<Spanned<'a>>, Vec<Heading>) {
    let found = find(&events, lines);
    for (at, heading) in &found {
        if let Event::Start(Tag::Heading { id, .. }) = &mut events[*at].0 {
            *id = Some(heading.id.clone().into());
        }
    }
    (events, found.into_iter().map(|(_, h)| h).collect())
}

#[cfg(test)]
mod tests {
    use super::super::scan;
    use super::super::test_support::render_plain;

    #[test]
    fn ids_match_github_and_repeat() {
        let md = "# Guía\n\n## Configuración de Producción\n\n## Paso `kubectl`\n\n## Guía\n";
        let html = render_plain(md);
        assert!(
            html.contains(r#"<h2 id="configuración-de-producción">"#),
            "{html}"
        );
        assert!(html.contains(r#"<h2 id="paso-kubectl">"#), "{html}");
        assert!(html.contains(r#"<h2 id="guía-1">"#), "{html}");
    }

    #[test]
    fn scan_reports_level_text_and_line() {
        let s = scan("intro\n\n## Síntoma\n\ntexto\n\nResolución\n---\n", false);
        let got: Vec<_> = s
            .headings
            .iter()
            .map(|h| (h.level, h.id.as_str(), h.line))
            .collect();
        assert_eq!(got, [(2, "síntoma", 3), (2, "resolución", 7)]);
        assert_eq!(s.headings[0].text, "Síntoma");
    }

    #[test]
    fn raw_html_in_a_heading_does_not_change_the_id() {
        let s = scan("## Puertos <small>(todos)</small>\n", false);
        assert_eq!(s.headings[0].id, "puertos-todos");
        let html = render_plain("## Puertos <small>(todos)</small>\n");
        assert!(html.starts_with("<h2 id=\"puertos-todos\">"), "{html}");
    }
}
