//! The single walk over a page's events behind [`super::analyze`]: open lists and items
//! on stacks, the current section from the last `#`/`##` heading.

use super::{is_step_section, Analysis, Island, Item, Mode};
use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};

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
pub struct Walker {
    runbook: bool,
    in_steps: bool,
    heading: Option<(HeadingLevel, String)>,
    lists: Vec<OpenList>,
    items: Vec<OpenItem>,
    code: usize,
    out: Analysis,
}

impl Walker {
    pub fn new(runbook: bool) -> Self {
        Walker {
            runbook,
            ..Walker::default()
        }
    }

    /// The analysis, items in document order (nested items end before their parents).
    pub fn finish(mut self) -> Analysis {
        self.out.items.sort_by_key(|item| item.start);
        self.out
    }

    pub fn event(&mut self, i: usize, event: &Event<'_>) {
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
