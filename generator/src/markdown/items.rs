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
use walker::Walker;

mod walker;

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

/// The checkable items only, in document order.
pub fn find(events: &[Spanned<'_>], runbook_steps: bool) -> Vec<Item> {
    analyze(events, runbook_steps).items
}

pub fn analyze(events: &[Spanned<'_>], runbook_steps: bool) -> Analysis {
    let mut w = Walker::new(runbook_steps);
    for (i, (event, _)) in events.iter().enumerate() {
        w.event(i, event);
    }
    w.finish()
}

/// `## Resolución`, `## 3. Diagnosis and triage`: a section whose ordered lists are steps.
pub(super) fn is_step_section(heading: &str) -> bool {
    let text = heading
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c.is_whitespace())
        .to_lowercase();
    ["diagnóstico", "diagnosis", "resolución", "resolution"]
        .iter()
        .any(|word| text.starts_with(word))
}

#[cfg(test)]
mod tests;
