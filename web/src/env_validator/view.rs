//! How a report shows: a summary line, one list item per finding (with the stable hooks
//! `data-severity`, `data-code`, `data-line`), and the copyable report. Only core's
//! masked lines reach the DOM outside the textarea.

use crate::dom;
use crate::export_box::ExportBox;
use crate::i18n::{Key, Strings};
use guardia_core::env::{Finding, Report, Severity};
use std::rc::Rc;
use web_sys::Element;

/// Findings drawn in the list; the summary and the copyable report keep all of them.
const SHOWN: usize = 500;

pub struct View {
    pub summary: Element,
    pub findings: Element,
    pub report: Rc<ExportBox>,
}

impl View {
    /// The state before anything is pasted or dropped.
    pub fn show_prompt(&self, strings: &Strings) {
        self.summary
            .set_text_content(Some(strings.get(Key::EnvEmpty)));
        dom::set(&self.summary, "data-empty", "true");
        dom::set(&self.summary, "data-errors", "0");
        dom::set(&self.summary, "data-warnings", "0");
        self.findings.set_text_content(None);
        self.report.root.set_hidden(true);
    }

    pub fn show(&self, report: &Report, strings: &Strings) {
        dom::set(&self.summary, "data-empty", "false");
        self.show_summary(report, strings);
        self.findings.set_text_content(None);
        for finding in report.findings.iter().take(SHOWN) {
            let _ = self.findings.append_child(&item(finding, report, strings));
        }
        let more = report.findings.len().saturating_sub(SHOWN);
        if more > 0 {
            let note = strings.fill(Key::EnvMore, &[("n", &more.to_string())]);
            let _ = self
                .findings
                .append_child(&dom::el("li", "env-more", &note));
        }
        let text = report.to_text(".env", strings.lang);
        self.report.show(&text, "env-report.txt", "text/plain");
        self.report.root.set_hidden(false);
    }

    fn show_summary(&self, report: &Report, strings: &Strings) {
        let s = &report.summary;
        let env = report.environment.as_str();
        let text = if report.findings.is_empty() {
            strings.fill(Key::EnvClean, &[("env", env)])
        } else {
            let (e, w, m) = (
                s.errors.to_string(),
                s.warnings.to_string(),
                s.missing_required.to_string(),
            );
            strings.fill(
                Key::EnvSummary,
                &[
                    ("errors", &e),
                    ("warnings", &w),
                    ("missing", &m),
                    ("env", env),
                ],
            )
        };
        self.summary.set_text_content(Some(&text));
        dom::set(&self.summary, "data-errors", &s.errors.to_string());
        dom::set(&self.summary, "data-warnings", &s.warnings.to_string());
    }

    pub fn file_error(&self, reason: &str, strings: &Strings) {
        let text = strings.fill(Key::EnvFileError, &[("reason", reason)]);
        self.summary.set_text_content(Some(&text));
    }
}

fn item(f: &Finding, report: &Report, strings: &Strings) -> Element {
    let li = dom::el("li", "env-finding", "");
    dom::set(&li, "data-severity", f.severity.as_str());
    dom::set(&li, "data-code", &f.code.to_string());
    dom::set(&li, "data-line", &f.line.to_string());
    dom::set(&li, "data-col", &f.col.to_string());
    let (line, col) = (f.line.to_string(), f.col.to_string());
    let position = strings.fill(Key::EnvPosition, &[("line", &line), ("col", &col)]);
    let head = dom::el("p", "env-head", "");
    for part in [
        dom::el(
            "span",
            "env-severity",
            strings.get(severity_key(f.severity)),
        ),
        dom::el("span", "env-position", &position),
        dom::el("code", "env-code", &f.code.to_string()),
    ] {
        let _ = head.append_child(&part);
    }
    let _ = li.append_child(&head);
    let _ = li.append_child(&dom::el("p", "env-message", f.message.get(strings.lang)));
    if let Some(line) = report.line_for(f) {
        let _ = li.append_child(&dom::el("pre", "env-line", line));
    }
    if let Some(fix) = &f.fix {
        let text = format!("{} {}", strings.get(Key::EnvFix), fix.get(strings.lang));
        let _ = li.append_child(&dom::el("p", "env-fix", &text));
    }
    li.into()
}

fn severity_key(severity: Severity) -> Key {
    match severity {
        Severity::Error => Key::SeverityError,
        Severity::Warning => Key::SeverityWarning,
        Severity::Info => Key::SeverityInfo,
    }
}
