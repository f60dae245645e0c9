//! The `code_spans` Tera filter: YAML text (summaries, descriptions) shown with its
//! `` `code` `` spans as `<code>`; everything else is escaped, so no other markup gets in.

use std::collections::HashMap;
use tera::{Filter, Result, Value};

pub struct CodeSpans;

impl Filter for CodeSpans {
    fn filter(&self, value: &Value, _: &HashMap<String, Value>) -> Result<Value> {
        let text = match value {
            Value::String(s) => s.clone(),
            Value::Null => String::new(),
            other => other.to_string(),
        };
        Ok(Value::String(code_spans(&text)))
    }

    /// The output is escaped HTML already.
    fn is_safe(&self) -> bool {
        true
    }
}

/// Pairs of backticks become `<code>`; an unpaired backtick stays as it is.
pub fn code_spans(text: &str) -> String {
    let parts: Vec<&str> = text.split('`').collect();
    let mut out = String::with_capacity(text.len() + 16);
    let last = parts.len() - 1;
    for (i, part) in parts.iter().enumerate() {
        let inside = i % 2 == 1;
        if inside && i == last {
            out.push('`');
            out.push_str(&super::theme::escape(part));
        } else if inside {
            out.push_str(&format!("<code>{}</code>", super::theme::escape(part)));
        } else {
            out.push_str(&super::theme::escape(part));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::code_spans;

    #[test]
    fn backtick_pairs_become_code() {
        assert_eq!(
            code_spans("Service `casos-service`, host `casos.gov`."),
            "Service <code>casos-service</code>, host <code>casos.gov</code>."
        );
    }

    #[test]
    fn everything_else_is_escaped() {
        assert_eq!(
            code_spans("a <b>&\"</b> `<script>`"),
            "a &lt;b&gt;&amp;&quot;&lt;/b&gt; <code>&lt;script&gt;</code>"
        );
        assert_eq!(code_spans("**bold** [l](x)"), "**bold** [l](x)");
    }

    #[test]
    fn an_unpaired_backtick_stays() {
        assert_eq!(code_spans("a `b` c `d"), "a <code>b</code> c `d");
        assert_eq!(code_spans("plain"), "plain");
        assert_eq!(code_spans(""), "");
    }
}
