//! One health island's state: the chosen environment, a tracker per service, the view,
//! and the polling session that hiding the tab or changing environment cancels.

use super::badge::Badge;
use super::row::Row;
use super::tracker::{Check, Tracker};
use crate::clock;
use crate::dom;
use crate::i18n::{Key, Strings};
use crate::storage::Store;
use guardia_core::health::{
    aggregate, interpret, Observation, ServiceSpec, Status, MIN_INTERVAL_S,
};
use guardia_core::islands::HealthIsland;
use std::cell::RefCell;
use web_sys::{AbortController, AbortSignal, Element};

pub enum View {
    Page {
        overall: Element,
        list: Element,
        rows: RefCell<Vec<Row>>,
    },
    Summary(Badge),
}

pub struct Board {
    pub island: HealthIsland,
    pub strings: std::rc::Rc<Strings>,
    pub store: std::rc::Rc<Store>,
    pub view: View,
    pub state: RefCell<State>,
}

pub struct State {
    pub env: String,
    pub generation: u32,
    controller: AbortController,
    pub trackers: Vec<Tracker>,
}

impl State {
    pub fn new(env: String, services: usize) -> State {
        let controller = AbortController::new().expect("AbortController exists");
        State {
            env,
            generation: 0,
            controller,
            trackers: vec![Tracker::default(); services],
        }
    }

    /// Another environment: no checks yet; the session counter keeps counting.
    pub fn reset(&mut self, env: &str) {
        self.env = env.to_string();
        self.trackers
            .iter_mut()
            .for_each(|t| *t = Tracker::default());
    }
}

/// Interval of a service in ms, never under the documented minimum.
pub fn interval_ms(spec: &ServiceSpec) -> u64 {
    u64::from(spec.poll.interval_s.max(MIN_INTERVAL_S)) * 1000
}

impl Board {
    pub fn storage_key(&self) -> String {
        format!("health-env:{}", self.island.system())
    }

    /// Services with an endpoint in the current environment, by index.
    pub fn polled(&self) -> Vec<usize> {
        let env = self.state.borrow().env.clone();
        let services = self.island.services();
        (0..services.len())
            .filter(|&i| services[i].health.contains_key(&env))
            .collect()
    }

    /// Ends the current session: in-flight checks abort, sleeping loops exit on waking.
    pub fn stop(&self) -> u32 {
        let mut state = self.state.borrow_mut();
        state.controller.abort();
        state.controller = AbortController::new().expect("AbortController exists");
        state.generation += 1;
        state.generation
    }

    pub fn current(&self, generation: u32) -> bool {
        self.state.borrow().generation == generation
    }

    pub fn signal(&self) -> AbortSignal {
        self.state.borrow().controller.signal()
    }

    /// Interprets one observation with core's rules, shows it, and says when to check again.
    pub fn record(&self, idx: usize, observation: &Observation) -> u64 {
        let spec = &self.island.services()[idx];
        let env = self.state.borrow().env.clone();
        let Some(endpoint) = spec.health.get(&env) else {
            return interval_ms(spec);
        };
        let expect = endpoint.expect(&spec.expect);
        let verdict = interpret(observation, expect, spec.format, spec.components.as_ref());
        let check = Check {
            at_ms: clock::now_ms(),
            verdict,
        };
        let delay = {
            let tracker = &mut self.state.borrow_mut().trackers[idx];
            tracker.record(check, spec.poll.failures_before_down);
            tracker.next_delay_ms(interval_ms(spec), js_sys::Math::random())
        };
        let body = match observation {
            Observation::Answered(r) => Some(r.body.as_str()),
            Observation::Failed(_) => None,
        };
        self.render(Some((idx, body)));
        delay
    }

    /// Redraws the summary line or badge, and row `changed` if given.
    pub fn render(&self, changed: Option<(usize, Option<&str>)>) {
        let state = self.state.borrow();
        let polled = self.polled();
        let names: Vec<&str> = polled
            .iter()
            .map(|&i| self.island.services()[i].name.as_str())
            .collect();
        let trackers: Vec<Tracker> = polled.iter().map(|&i| state.trackers[i].clone()).collect();
        match &self.view {
            View::Summary(badge) => badge.show(&state.env, &names, &trackers, &self.strings),
            View::Page { overall, rows, .. } => {
                if let Some((idx, body)) = changed {
                    rows.borrow()[idx].show(&state.trackers[idx], body, &self.strings);
                }
                self.show_overall(overall, &state.env, &trackers);
            }
        }
    }

    fn show_overall(&self, overall: &Element, env: &str, trackers: &[Tracker]) {
        let statuses: Vec<Status> = trackers
            .iter()
            .filter_map(|t| t.shown().map(|v| v.status))
            .collect();
        let ok = statuses.iter().filter(|s| **s == Status::Ok).count();
        let (ok, total) = (ok.to_string(), trackers.len().to_string());
        let text = self.strings.fill(
            Key::HealthOverall,
            &[("ok", &ok), ("total", &total), ("env", env)],
        );
        overall.set_text_content(Some(&text));
        dom::set(
            overall,
            "data-status",
            aggregate(statuses).map_or("pending", Status::as_str),
        );
    }

    /// Replaces the rows (page view) for the current environment.
    pub fn rebuild_rows(&self) {
        let View::Page { list, rows, .. } = &self.view else {
            return;
        };
        let env = self.state.borrow().env.clone();
        let fresh: Vec<Row> = self
            .island
            .services()
            .iter()
            .map(|s| Row::new(s, s.health.get(&env).map(|e| e.url()), &self.strings))
            .collect();
        list.set_text_content(None);
        for row in &fresh {
            let _ = list.append_child(&row.li);
        }
        *rows.borrow_mut() = fresh;
    }

    /// A note instead of the summary line (paused, offline).
    pub fn note(&self, key: Key) {
        if let View::Page { overall, .. } = &self.view {
            overall.set_text_content(Some(self.strings.get(key)));
        }
    }
}
