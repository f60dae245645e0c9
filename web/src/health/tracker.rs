//! What the page remembers about one service while it is open (HEALTH-RULES.md §4): the
//! last checks, the status on show (damped, so one failed check does not flash "down"),
//! and the streak of unreachable results that drives the backoff. Memory only.

use guardia_core::health::{schedule, Status, Verdict};
use std::collections::VecDeque;

/// Checks kept per service for the history strip.
pub const HISTORY: usize = 20;

/// One finished check.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    pub at_ms: f64,
    pub verdict: Verdict,
}

#[derive(Clone, Debug, Default)]
pub struct Tracker {
    history: VecDeque<Check>,
    shown: Option<Verdict>,
    /// Consecutive down/unreachable checks (flap damping).
    bad_streak: u32,
    /// Consecutive unreachable checks (backoff).
    unreachable_streak: u32,
}

fn is_bad(status: Status) -> bool {
    matches!(status, Status::Down | Status::Unreachable)
}

impl Tracker {
    /// Records a check. A bad result replaces a good one on show only after
    /// `failures_before_down` in a row; the first result and any good one show at once.
    pub fn record(&mut self, check: Check, failures_before_down: u32) {
        let status = check.verdict.status;
        self.bad_streak = if is_bad(status) {
            self.bad_streak + 1
        } else {
            0
        };
        self.unreachable_streak = match status {
            Status::Unreachable => self.unreachable_streak + 1,
            _ => 0,
        };
        let shown_bad = self.shown.as_ref().is_some_and(|v| is_bad(v.status));
        if !is_bad(status)
            || self.shown.is_none()
            || shown_bad
            || self.bad_streak >= failures_before_down
        {
            self.shown = Some(check.verdict.clone());
        }
        if self.history.len() == HISTORY {
            self.history.pop_front();
        }
        self.history.push_back(check);
    }

    /// The verdict on show, if any check finished.
    pub fn shown(&self) -> Option<&Verdict> {
        self.shown.as_ref()
    }

    /// A bad result is waiting for confirmation: show the old status, "retrying".
    pub fn retrying(&self) -> bool {
        self.last()
            .is_some_and(|c| Some(&c.verdict) != self.shown.as_ref())
    }

    pub fn last(&self) -> Option<&Check> {
        self.history.back()
    }

    pub fn history(&self) -> impl Iterator<Item = &Check> {
        self.history.iter()
    }

    /// When to check again: backoff after unreachable, a long wait after 429, else the
    /// interval with jitter. `random` is in [0, 1).
    pub fn next_delay_ms(&self, interval_ms: u64, random: f64) -> u64 {
        let last = self.last().map(|c| &c.verdict);
        if self.unreachable_streak > 0 {
            schedule::backoff_delay_ms(interval_ms, self.unreachable_streak, random)
        } else if last.and_then(|v| v.http_status) == Some(429) {
            schedule::rate_limited_delay_ms(interval_ms, None)
        } else {
            schedule::next_delay_ms(interval_ms, random)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use guardia_core::Localized;

    fn check(status: Status, at_ms: f64) -> Check {
        let verdict = Verdict {
            status,
            reason: Localized::new("r", "r"),
            components: Vec::new(),
            failure: None,
            http_status: None,
            latency_ms: None,
        };
        Check { at_ms, verdict }
    }

    #[test]
    fn a_single_failure_after_ok_is_only_retrying() {
        let mut t = Tracker::default();
        t.record(check(Status::Ok, 1.0), 2);
        t.record(check(Status::Down, 2.0), 2);
        assert_eq!(t.shown().unwrap().status, Status::Ok);
        assert!(t.retrying());
        t.record(check(Status::Down, 3.0), 2);
        assert_eq!(t.shown().unwrap().status, Status::Down);
        assert!(!t.retrying());
        t.record(check(Status::Ok, 4.0), 2);
        assert_eq!(
            t.shown().unwrap().status,
            Status::Ok,
            "recovery shows at once"
        );
    }

    #[test]
    fn the_first_result_shows_even_when_bad() {
        let mut t = Tracker::default();
        t.record(check(Status::Unreachable, 1.0), 2);
        assert_eq!(t.shown().unwrap().status, Status::Unreachable);
    }

    #[test]
    fn unreachable_backs_off_and_history_is_bounded() {
        let mut t = Tracker::default();
        for i in 0..(HISTORY + 5) {
            t.record(check(Status::Unreachable, i as f64), 2);
        }
        assert_eq!(t.history().count(), HISTORY);
        assert_eq!(t.next_delay_ms(60_000, 1.0), schedule::MAX_DELAY_MS);
        t.record(check(Status::Ok, 99.0), 2);
        assert_eq!(t.next_delay_ms(60_000, 0.5), 60_000);
    }
}
