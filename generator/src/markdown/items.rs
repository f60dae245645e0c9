//! Which list items can be ticked, and which lists become checklist islands. Used by
//! [`super::scan`] (the items' texts, for their ids) and by the checklist pass (where
//! the ids go), so both always agree on the items and their order.
//!
//! The rules:
//! - A **task item** is any list item, at any depth, that starts with `[ ]` or `[x]`.
//! - On runbook pages, a **step** is a direct item of an ordered list that is not inside
//!   another list and sits in a *step section*: from an `##` heading whose text begins
//!   (case aside, after any numbering like `3.`) with Diagnóstico, Diagnosis,
//!   Resolución or Resolution, to the next `#` or `##` heading.
//! - An **island** is each outermost list holding a task item (mode `run`) or each
//!   step list (mode `incident`, which wins when both apply).
//! - An item's text is its own inline text (nested lists and code blocks left out),
//!   whitespace collapsed; items are numbered in document order.

use super::Spanned;
use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Run,
    Incident,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Run => "run",
            Mode::Incident => "incident",
        }
    }
}

/// A checkable item: the index of its `Start(Item)` event and its text.
#[derive(Debug, PartialEq, Eq)]
pub struct Item {
    pub start: usize,
    pub text: String,
}

/// A list to wrap: the indices of its `Start(List)` and `End(List)` events.
#[derive(Debug, PartialEq, Eq)]
pub struct Island {
    pub start: usize,
    pub end: usize,
    pub mode: Mode,
}

#[derive(Debug, Default)]
pub struct Analysis {
    pub items: Vec<Item>,
    pub islands: Vec<Island>,
}

struct OpenList {
    start: usize,
    steps: bool,
    tasks: bool,
}

struct OpenItem {
    start: usize,
    step: bool,
    task: bool,
    text: String,
}

#[derive(Default)]
struct Walker {
    runbook: bool,
    in_steps: bool,
    heading: Option<(HeadingLevel, String)>,
    lists: Vec<OpenList>,
    items: Vec<OpenItem>,
    code: usize,
    out: Analysis,
}

/// The checkable items only, in document order.
pub fn find(events: &[Spanned<'_>], runbook_steps: bool) -> Vec<Item> {
    analyze(events, runbook_steps).items
}

pub fn analyze(events: &[Spanned<'_>], runbook_steps: bool) -> Analysis {
    let mut w = Walker {
        runbook: runbook_steps,
        ..Walker::default()
    };
    for (i, (event, _)) in events.iter().enumerate() {
        w.event(i, event);
    }
    w.out.items.sort_by_key(|item| item.start);
    w.out
}

impl Walker {
    fn event(&mut self, i: usize, event: &Event<'_>) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                self.heading = Some((*level, String::new()))
            }
            Event::End(TagEnd::Heading(_)) => self.end_heading(),
            Event::Start(Tag::List(first)) => self.start_list(i, first.is_some()),
            Event::End(TagEnd::List(_)) => self.end_list(i),
            Event::Start(Tag::Item) => self.start_item(i),
            Event::End(TagEnd::Item) => self.end_item(),
            Event::TaskListMarker(_) => self.mark_task(),
            Event::Start(Tag::CodeBlock(_)) => self.code += 1,
            Event::End(TagEnd::CodeBlock) => self.code = self.code.saturating_sub(1),
            Event::Text(t) | Event::Code(t) => self.text(t),
            Event::SoftBreak | Event::HardBreak => self.text(" "),
            _ => {}
        }
    }

    fn text(&mut self, t: &str) {
        if let Some((_, heading)) = self.heading.as_mut() {
            heading.push_str(t);
        } else if let (Some(item), 0) = (self.items.last_mut(), self.code) {
            item.text.push_str(t);
        }
    }

    fn end_heading(&mut self) {
        if let Some((level, text)) = self.heading.take() {
            match level {
                HeadingLevel::H1 => self.in_steps = false,
                HeadingLevel::H2 => self.in_steps = self.runbook && is_step_section(&text),
                _ => {}
            }
        }
    }

    fn start_list(&mut self, start: usize, ordered: bool) {
        let steps = ordered && self.in_steps && self.lists.is_empty();
        self.lists.push(OpenList {
            start,
            steps,
            tasks: false,
        });
    }

    fn end_list(&mut self, end: usize) {
        let Some(list) = self.lists.pop() else { return };
        if !self.lists.is_empty() || !(list.steps || list.tasks) {
            return;
        }
        let mode = if list.steps {
            Mode::Incident
        } else {
            Mode::Run
        };
        self.out.islands.push(Island {
            start: list.start,
            end,
            mode,
        });
    }

    fn start_item(&mut self, start: usize) {
        let step = self.lists.len() == 1 && self.lists[0].steps;
        self.items.push(OpenItem {
            start,
            step,
            task: false,
            text: String::new(),
        });
    }

    fn mark_task(&mut self) {
        if let Some(item) = self.items.last_mut() {
            item.task = true;
        }
        if let Some(outermost) = self.lists.first_mut() {
            outermost.tasks = true;
        }
    }

    fn end_item(&mut self) {
        let Some(item) = self.items.pop() else { return };
        if item.step || item.task {
            let text = item.text.split_whitespace().collect::<Vec<_>>().join(" ");
            self.out.items.push(Item {
                start: item.start,
                text,
            });
        }
    }
}

/// `## Resolución`, `## 3. Diagnosis and triage`: a section whose ordered lists are steps.
fn is_step_section(heading: &str) -> bool {
    let text = heading
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c.is_whitespace())
        .to_lowercase();
    ["diagnóstico", "diagnosis", "resolución", "resolution"]
        .iter()
        .any(|word| text.starts_with(word))
}

#[cfg(test)]
mod tests;
