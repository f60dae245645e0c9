//! The polling loops (HEALTH-RULES.md §4): one per service, staggered at start, at most
//! [`MAX_IN_FLIGHT`] checks at once per page, each loop ending when its session does.

use super::board::{interval_ms, Board};
use super::csp::CspLog;
use super::probe;
use crate::clock;
use crate::dom;
use gloo_timers::future::sleep;
use guardia_core::health::{route, schedule};
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

/// Browsers allow ~6 connections per host; leave room for the page itself.
pub const MAX_IN_FLIGHT: u32 = 4;

/// What all islands of a page share: the CSP log and the in-flight count.
pub struct Shared {
    pub csp: Rc<CspLog>,
    in_flight: Cell<u32>,
}

impl Shared {
    pub fn new() -> Rc<Shared> {
        Rc::new(Shared {
            csp: CspLog::listen(),
            in_flight: Cell::new(0),
        })
    }
}

/// A taken in-flight slot, given back on drop.
struct Slot<'a>(&'a Cell<u32>);

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        self.0.set(self.0.get() - 1);
    }
}

/// Starts a session: every polled service checks after its first delay. Services
/// checked recently (a tab shown again) wait out the rest of their interval.
pub fn start(board: &Rc<Board>, shared: &Rc<Shared>) {
    let generation = board.stop();
    for idx in board.polled() {
        let interval = interval_ms(&board.island.services()[idx]);
        let age = board.state.borrow().trackers[idx]
            .last()
            .map(|c| (clock::now_ms() - c.at_ms).max(0.0) as u64);
        let first = match age {
            Some(age) if age < interval => interval - age,
            _ => schedule::first_delay_ms(interval, js_sys::Math::random()),
        };
        let (board, shared) = (Rc::clone(board), Rc::clone(shared));
        wasm_bindgen_futures::spawn_local(async move {
            run(board, shared, idx, generation, first).await
        });
    }
}

async fn run(board: Rc<Board>, shared: Rc<Shared>, idx: usize, generation: u32, first_ms: u64) {
    sleep(Duration::from_millis(first_ms)).await;
    while board.current(generation) {
        let Some(slot) = take_slot(&board, &shared, generation).await else {
            return;
        };
        let Some((url, timeout_ms)) = target(&board, idx) else {
            return;
        };
        let Ok(route) = route(&url, &dom::window().location().href().unwrap_or_default()) else {
            return;
        };
        let cancel = board.signal();
        let observation = probe::observe(&url, timeout_ms, &route, &cancel, &shared.csp).await;
        drop(slot);
        let Some(observation) = observation.filter(|_| board.current(generation)) else {
            return;
        };
        let delay = board.record(idx, &observation);
        sleep(Duration::from_millis(delay)).await;
    }
}

async fn take_slot<'a>(board: &Board, shared: &'a Shared, generation: u32) -> Option<Slot<'a>> {
    while shared.in_flight.get() >= MAX_IN_FLIGHT {
        sleep(Duration::from_millis(100)).await;
        if !board.current(generation) {
            return None;
        }
    }
    shared.in_flight.set(shared.in_flight.get() + 1);
    Some(Slot(&shared.in_flight))
}

fn target(board: &Board, idx: usize) -> Option<(String, u64)> {
    let spec = &board.island.services()[idx];
    let env = board.state.borrow().env.clone();
    let endpoint = spec.health.get(&env)?;
    Some((
        endpoint.url().to_string(),
        endpoint.expect(&spec.expect).timeout_ms,
    ))
}
