//! Markdown to HTML as a chain of small passes over pulldown-cmark's event stream.
//!
//! Two phases. [`scan`] runs on every page before anything renders: it reports the
//! heading ids (links and anchors resolve against them) and the text of every checkable
//! item (the checklist ids are computed from both languages' items). [`render`] then
//! turns one page into HTML. Both walk the *same* events with the *same* helpers
//! ([`headings`], [`items`]), so ids and items always line up.
//!
//! The passes, in order (each a module with its own tests):
//! 1. [`headings`]: GitHub-compatible ids, and the table of contents.
//! 2. [`raw_html`]: raw HTML in the Markdown is shown escaped, as text (only `<br>` is
//!    kept). Docs are trusted-ish, but the pages ship a strict CSP, a stray `<script>` or
//!    `style=""` would be blocked anyway, and escaping shows the author what happened.
//! 3. [`links`]: relative links and images rewritten through a [`LinkResolver`].
//! 4. [`checklist`]: task lists (and runbook steps) become checklist islands.
//! 5. [`admonition`]: `> [!NOTE]`-style blockquotes become labelled boxes.
//! 6. [`code`]: fenced code is highlighted ([`highlight`]) or drawn ([`diagram`]).
//! 7. [`tables`]: column alignment as classes instead of inline styles (CSP).
//!
//! Every pass is linear in the number of events, so a 5 MB page renders in linear time.

mod admonition;
mod checklist;
mod code;
mod diagram;
mod headings;
mod highlight;
mod items;
mod labels;
mod links;
mod position;
mod raw_html;
mod slug;
mod stylesheet;
mod tables;

use crate::diagnostic::Diagnostic;
use guardia_core::Lang;
use pulldown_cmark::{Event, Options, Parser};
use serde::Serialize;
use std::ops::Range;
use std::path::Path;

pub use links::{LinkProblem, LinkResolver};
pub use stylesheet::highlight_css;

/// One heading of a page: its level (1–6), GitHub-style id, plain text and the line of
/// the body it starts on (1-based, relative to the Markdown body).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
    pub line: u32,
}

/// What the first phase learns from a page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scan {
    pub headings: Vec<Heading>,
    /// Plain text of every checkable item in document order (see [`items`]).
    pub task_items: Vec<String>,
}

/// Everything [`render`] needs for one page.
pub struct RenderInput<'a> {
    pub source: &'a str,
    pub file: &'a Path,
    /// Line of the body's first line in the file (after the front matter), 1-based.
    pub body_first_line: u32,
    pub lang: Lang,
    pub links: &'a dyn LinkResolver,
    /// One id per item [`scan`] reported, in the same order.
    pub item_ids: &'a [String],
    /// A runbook page: ordered lists of steps become incident checklists.
    pub runbook_steps: bool,
    /// `data-page` of the checklists, shared by both languages.
    pub storage_key: &'a str,
}

#[derive(Clone, Debug, Default)]
pub struct Rendered {
    pub html: String,
    pub toc: Vec<Heading>,
    pub diagnostics: Vec<Diagnostic>,
}

/// An event with the byte range of the source it comes from.
pub(crate) type Spanned<'a> = (Event<'a>, Range<usize>);

/// CommonMark plus the GFM extensions the portal documents.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_GFM
}

fn parse(source: &str) -> Vec<Spanned<'_>> {
    Parser::new_ext(source, options())
        .into_offset_iter()
        .collect()
}

/// Phase 1: heading ids and checkable items. `runbook_steps` as in [`RenderInput`].
pub fn scan(source: &str, runbook_steps: bool) -> Scan {
    let events = parse(source);
    let line_of = position::LineIndex::new(source);
    Scan {
        headings: headings::collect(&events, &line_of),
        task_items: items::find(&events, runbook_steps)
            .into_iter()
            .map(|item| item.text)
            .collect(),
    }
}

/// Phase 2: one page to HTML, its table of contents and its problems.
pub fn render(input: &RenderInput) -> Rendered {
    let line_of = position::LineIndex::new(input.source);
    // Ids first: raw HTML must not count as heading text, as in `scan`.
    let (events, toc) = headings::apply(parse(input.source), &line_of);
    let events = raw_html::escape(events);
    let mut diagnostics = Vec::new();
    let events = links::rewrite(events, input, &line_of, &mut diagnostics);
    let events = checklist::apply(events, input);
    let events = admonition::apply(events, input.lang);
    let mut cx = code::Context {
        input,
        lines: &line_of,
        problems: &mut diagnostics,
        diagrams: 0,
    };
    let events = code::apply(events, &mut cx);
    let mut html = String::with_capacity(input.source.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter().map(|(e, _)| e));
    Rendered {
        html: tables::alignment_as_classes(html),
        toc,
        diagnostics,
    }
}

#[cfg(test)]
pub(crate) mod test_support;
#[cfg(test)]
mod tests;
