//! Step 2 and 3 of HEALTH-RULES.md §1.2: what kind of body arrived, and the status it
//! states about itself.

use super::spec::Format;
use super::words::Word;
use serde_json::Value;

/// A body, classified.
#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    None,
    /// `served_as` is the content type when it did not say JSON (empty when there was
    /// none); the reason notes it.
    Json {
        value: Value,
        served_as: Option<String>,
    },
    /// Declared JSON that does not parse; the parser's message.
    InvalidJson(String),
    Html,
    Text(String),
}

/// The media type without parameters, lowercased: `application/json`.
pub fn media_type(content_type: Option<&str>) -> String {
    let raw = content_type.unwrap_or_default();
    let essence = raw.split(';').next().unwrap_or_default();
    essence.trim().to_ascii_lowercase()
}

fn is_json_type(media: &str) -> bool {
    media == "application/json"
        || media == "text/json"
        || (media.starts_with("application/") && media.ends_with("+json"))
}

fn looks_like_html(body: &str) -> bool {
    let start: String = body
        .chars()
        .take(9)
        .collect::<String>()
        .to_ascii_lowercase();
    start.starts_with("<!doctype") || start.starts_with("<html")
}

/// Step 2: JSON by type or by shape, HTML by type or by shape, else text; empty is none.
pub fn classify(content_type: Option<&str>, body: &str) -> Body {
    let trimmed = body.trim_start_matches('\u{feff}').trim();
    let media = media_type(content_type);
    if trimmed.is_empty() {
        Body::None
    } else if is_json_type(&media) {
        declared_json(trimmed)
    } else if media == "text/html" || looks_like_html(trimmed) {
        Body::Html
    } else {
        sniffed_json(trimmed, media).unwrap_or_else(|| Body::Text(trimmed.to_string()))
    }
}

fn declared_json(text: &str) -> Body {
    match serde_json::from_str(text) {
        Ok(value) => Body::Json {
            value,
            served_as: None,
        },
        Err(e) => Body::InvalidJson(e.to_string()),
    }
}

/// `{…}` or `[…]` that parses is JSON whatever the type said.
fn sniffed_json(text: &str, media: String) -> Option<Body> {
    if !(text.starts_with('{') || text.starts_with('[')) {
        return None;
    }
    let value = serde_json::from_str(text).ok()?;
    Some(Body::Json {
        value,
        served_as: Some(media),
    })
}

/// Step 3: the body's own status word, read as the declared format allows.
pub fn own_status(body: &Body, format: Format) -> Option<Word> {
    match (body, format) {
        (_, Format::StatusOnly) => None,
        (Body::Json { value, .. }, f) if reads_json(f) => json_status(value),
        (Body::Text(text), f) if reads_text(f) => {
            single_word(text).or_else(|| super::k8s::verbose_status(text))
        }
        _ => None,
    }
}

fn reads_json(format: Format) -> bool {
    !matches!(format, Format::Aspnet | Format::Text | Format::K8s)
}

fn reads_text(format: Format) -> bool {
    matches!(
        format,
        Format::Auto | Format::Aspnet | Format::Text | Format::K8s
    )
}

/// JSON `status` (string or boolean), else a `healthy` boolean.
fn json_status(value: &Value) -> Option<Word> {
    match value.get("status") {
        Some(Value::String(s)) => Some(Word::read(s)),
        Some(Value::Bool(b)) => Some(Word::from_bool(*b)),
        _ => value.get("healthy")?.as_bool().map(Word::from_bool),
    }
}

/// `OK`, `Healthy`, `"ok"`: one word, quotes allowed around it.
fn single_word(text: &str) -> Option<Word> {
    let word = text.trim().trim_matches('"');
    let one = !word.is_empty() && !word.contains(char::is_whitespace);
    one.then(|| Word::read(word))
}
