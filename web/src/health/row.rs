//! One service on the status page: status, retrying marker, latency, reason, components,
//! the body as text and the last checks. Everything goes in as `textContent`.

use super::tracker::Tracker;
use crate::clock;
use crate::dom;
use crate::i18n::{Key, Strings};
use guardia_core::health::{ServiceSpec, Verdict};
use web_sys::{Element, HtmlElement};

/// Characters of a response body shown (the rest is cut; bodies are for diagnosis).
const BODY_CHARS: usize = 4096;

pub struct Row {
    pub li: HtmlElement,
    status: HtmlElement,
    retrying: HtmlElement,
    latency: HtmlElement,
    reason: HtmlElement,
    components: HtmlElement,
    body_box: HtmlElement,
    body: HtmlElement,
    history: HtmlElement,
}

impl Row {
    pub fn new(service: &ServiceSpec, url: Option<&str>, strings: &Strings) -> Row {
        let li = dom::el("li", "health-service", "");
        dom::set(&li, "data-service", &service.id);
        let head = dom::el("p", "health-head", "");
        let name = dom::el("strong", "", &service.name);
        let row = Row {
            status: dom::el("span", "health-status", strings.get(Key::StatusPending)),
            retrying: dom::el("span", "health-retrying", strings.get(Key::HealthRetrying)),
            latency: dom::el("span", "health-latency", ""),
            reason: dom::el("p", "health-reason", ""),
            components: dom::el("ul", "health-components", ""),
            body_box: dom::el("details", "health-body", ""),
            body: dom::el("pre", "", ""),
            history: dom::el("ol", "health-history", ""),
            li,
        };
        row.retrying.set_hidden(true);
        dom::set(&row.history, "aria-label", strings.get(Key::HealthHistory));
        for part in [&name, &row.status, &row.retrying, &row.latency] {
            let _ = head.append_child(part);
        }
        let _ = row
            .body_box
            .append_child(&dom::el("summary", "", strings.get(Key::HealthBody)));
        let _ = row.body_box.append_child(&row.body);
        row.body_box.set_hidden(true);
        for part in [
            &head,
            &row.reason,
            &row.components,
            &row.body_box,
            &row.history,
        ] {
            let _ = row.li.append_child(part);
        }
        match url {
            Some(url) => {
                dom::set(&row.li, "data-status", "pending");
                dom::set(&row.li, "title", url);
            }
            None => row.no_endpoint(strings),
        }
        row
    }

    fn no_endpoint(&self, strings: &Strings) {
        dom::set(&self.li, "data-status", "unknown");
        self.status
            .set_text_content(Some(strings.get(Key::HealthNoEndpoint)));
    }

    pub fn show(&self, tracker: &Tracker, body: Option<&str>, strings: &Strings) {
        let Some(verdict) = tracker.shown() else {
            return;
        };
        let lang = strings.lang;
        dom::set(&self.li, "data-status", verdict.status.as_str());
        attr(&self.li, "data-reason", verdict.failure.map(|f| f.as_str()));
        attr(
            &self.li,
            "data-http",
            verdict.http_status.map(|c| c.to_string()).as_deref(),
        );
        self.status
            .set_text_content(Some(verdict.status.label().get(lang)));
        self.retrying.set_hidden(!tracker.retrying());
        self.reason.set_text_content(Some(verdict.reason.get(lang)));
        self.latency
            .set_text_content(Some(&when_and_how_fast(tracker, verdict, strings)));
        self.show_components(verdict, strings);
        if let Some(body) = body {
            self.body
                .set_text_content(Some(&body.chars().take(BODY_CHARS).collect::<String>()));
            self.body_box.set_hidden(body.is_empty());
        }
        self.show_history(tracker, strings);
    }

    fn show_components(&self, verdict: &Verdict, strings: &Strings) {
        self.components.set_text_content(None);
        for c in &verdict.components {
            let text = format!("{}: {}", c.name, c.status.label().get(strings.lang));
            let li = dom::el("li", "", &text);
            dom::set(&li, "data-component", &c.name);
            dom::set(&li, "data-status", c.status.as_str());
            if let Some(detail) = &c.detail {
                let _ = li.append_child(&dom::el("span", "health-detail", &format!(" — {detail}")));
            }
            let _ = self.components.append_child(&li);
        }
    }

    fn show_history(&self, tracker: &Tracker, strings: &Strings) {
        self.history.set_text_content(None);
        for check in tracker.history() {
            let v = &check.verdict;
            let mut title = format!(
                "{} · {}",
                clock::local(check.at_ms, strings.lang),
                v.status.label().get(strings.lang)
            );
            if let Some(code) = v.http_status {
                title += &format!(" · HTTP {code}");
            }
            if let Some(ms) = v.latency_ms {
                title += &format!(" · {ms} ms");
            }
            let li = dom::el("li", "", "");
            dom::set(&li, "data-status", v.status.as_str());
            dom::set(&li, "title", &title);
            let _ = self.history.append_child(&li);
        }
    }
}

/// `12 ms · checked at 10:00:01`.
fn when_and_how_fast(tracker: &Tracker, verdict: &Verdict, strings: &Strings) -> String {
    let latency = verdict
        .latency_ms
        .map(|ms| strings.fill(Key::HealthLatency, &[("ms", &ms.to_string())]));
    let at = tracker.last().map(|c| clock::local(c.at_ms, strings.lang));
    let checked = at.map(|time| strings.fill(Key::HealthChecked, &[("time", &time)]));
    latency
        .into_iter()
        .chain(checked)
        .collect::<Vec<_>>()
        .join(" · ")
}

fn attr(node: &Element, name: &str, value: Option<&str>) {
    match value {
        Some(v) => dom::set(node, name, v),
        None => {
            let _ = node.remove_attribute(name);
        }
    }
}
