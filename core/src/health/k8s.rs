//! Kubernetes `?verbose` bodies: `[+]name ok` / `[-]name failed: reason withheld` lines,
//! then `livez check passed` or `readyz check failed`.

use super::verdict::{Component, Status};
use super::words::Word;

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}

fn is_verbose(text: &str) -> bool {
    lines(text).any(|l| l.starts_with("[+]") || l.starts_with("[-]"))
}

/// Any `[-]` line means down; else the closing `… check passed|failed` line decides.
pub fn verbose_status(text: &str) -> Option<Word> {
    if lines(text).any(|l| l.starts_with("[-]")) {
        return Some(Word::Down);
    }
    let last = lines(text).last()?;
    if last.ends_with("check passed") {
        Some(Word::Ok)
    } else if last.ends_with("check failed") {
        Some(Word::Down)
    } else {
        None
    }
}

/// One component per `[+]` / `[-]` line.
pub fn components(text: &str) -> Vec<Component> {
    if !is_verbose(text) {
        return Vec::new();
    }
    lines(text).filter_map(component).collect()
}

fn component(line: &str) -> Option<Component> {
    let (status, rest) = if let Some(rest) = line.strip_prefix("[+]") {
        (Status::Ok, rest)
    } else {
        (Status::Down, line.strip_prefix("[-]")?)
    };
    let (name, tail) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let detail = tail.trim();
    let detail = (status == Status::Down && !detail.is_empty()).then(|| detail.to_string());
    Some(Component {
        name: name.to_string(),
        status,
        detail,
    })
}
