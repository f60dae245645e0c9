//! The home page's badge for one system: the worst status of its services in the
//! remembered (or default) environment, and how many are ok.

use super::tracker::Tracker;
use crate::dom;
use crate::i18n::{Key, Strings};
use guardia_core::health::{aggregate, Status};
use web_sys::Element;

pub struct Badge {
    node: Element,
}

impl Badge {
    pub fn new(island: &Element) -> Option<Badge> {
        let node = island.query_selector("[data-role=badge]").ok().flatten()?;
        Some(Badge { node })
    }

    /// `names` and `trackers` are the polled services, in the same order.
    pub fn show(&self, env: &str, names: &[&str], trackers: &[Tracker], strings: &Strings) {
        let shown: Vec<Option<Status>> = trackers
            .iter()
            .map(|t| t.shown().map(|v| v.status))
            .collect();
        // Pending until every service answered once: a partial "ok" would mislead.
        let complete = shown.iter().all(Option::is_some);
        let worst = aggregate(shown.iter().flatten().copied()).filter(|_| complete);
        let ok = shown.iter().filter(|s| **s == Some(Status::Ok)).count();
        let label = match worst {
            Some(status) => format!(
                "{} · {ok}/{}",
                status.label().get(strings.lang),
                trackers.len()
            ),
            None => strings.get(Key::StatusPending).to_string(),
        };
        self.node.set_text_content(Some(&label));
        dom::set(
            &self.node,
            "data-status",
            worst.map_or("pending", Status::as_str),
        );
        let lines: Vec<String> = names
            .iter()
            .zip(&shown)
            .map(|(name, s)| {
                let status = s.map_or(strings.get(Key::StatusPending).to_string(), |s| {
                    s.label().get(strings.lang).to_string()
                });
                format!("{name}: {status}")
            })
            .collect();
        dom::set(&self.node, "title", &format!("{env}\n{}", lines.join("\n")));
    }
}
