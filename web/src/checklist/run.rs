//! One run of a page's checklists: who runs it, since when, and when each item was
//! ticked. Stored as JSON under the page's key, which both languages share.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Times are milliseconds since the epoch, as `Date.now()` gives them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Run {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// When "new run" was pressed; None until the first one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_ms: Option<f64>,
    /// Item id → when it was ticked.
    #[serde(default)]
    pub ticks: BTreeMap<String, f64>,
}

impl Run {
    /// The storage key of a page's run (`data-page` of its islands).
    pub fn key(page: &str) -> String {
        format!("checklist:{page}")
    }

    /// Reads a stored run; a corrupted value (edited by hand, older format) starts empty.
    pub fn parse(stored: Option<&str>) -> Run {
        stored
            .and_then(|text| serde_json::from_str(text).ok())
            .unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a run always serializes")
    }

    /// A fresh run: no ticks, started now by `by` (blank means nobody said).
    pub fn fresh(by: &str, now_ms: f64) -> Run {
        let by = by.trim();
        Run {
            by: (!by.is_empty()).then(|| by.to_string()),
            started_ms: Some(now_ms),
            ticks: BTreeMap::new(),
        }
    }

    pub fn set(&mut self, id: &str, ticked: bool, now_ms: f64) {
        if ticked {
            self.ticks.entry(id.to_string()).or_insert(now_ms);
        } else {
            self.ticks.remove(id);
        }
    }

    pub fn ticked_at(&self, id: &str) -> Option<f64> {
        self.ticks.get(id).copied()
    }

    /// Drops ticks of items no longer on the page (their text was edited, so their id
    /// changed); returns whether anything was dropped.
    pub fn keep_only(&mut self, ids: &[String]) -> bool {
        let before = self.ticks.len();
        self.ticks.retain(|id, _| ids.contains(id));
        self.ticks.len() != before
    }

    /// When the first item was ticked: the start of an incident's clock.
    pub fn first_tick(&self) -> Option<f64> {
        self.ticks.values().copied().reduce(f64::min)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_keep_their_first_time_and_untick_forgets() {
        let mut run = Run::default();
        run.set("a", true, 10.0);
        run.set("a", true, 20.0);
        run.set("b", true, 5.0);
        assert_eq!(run.ticked_at("a"), Some(10.0));
        assert_eq!(run.first_tick(), Some(5.0));
        run.set("b", false, 30.0);
        assert_eq!(run.ticked_at("b"), None);
    }

    #[test]
    fn keep_only_drops_ids_not_on_the_page() {
        let mut run = Run::default();
        run.set("a", true, 1.0);
        run.set("gone", true, 2.0);
        assert!(run.keep_only(&["a".into(), "c".into()]));
        assert_eq!(run.ticks.keys().collect::<Vec<_>>(), ["a"]);
        assert!(!run.keep_only(&["a".into()]));
    }

    #[test]
    fn round_trips_and_survives_garbage() {
        let mut run = Run::fresh("  Ana ", 100.0);
        run.set("x", true, 150.0);
        assert_eq!(run.by.as_deref(), Some("Ana"));
        assert_eq!(Run::parse(Some(&run.to_json())), run);
        assert_eq!(Run::parse(Some("{not json")), Run::default());
        assert_eq!(Run::fresh(" ", 1.0).by, None);
    }
}
