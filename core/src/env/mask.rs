//! Keeping secrets out of every output: value masks, which keys are sensitive without a
//! schema, and the offending line rendered with its value hidden.

use super::parse::Entry;

/// `••••••(24 chars)`: says how long the value is, nothing of what it holds.
pub fn mask(value: &str) -> String {
    let n = value.chars().count();
    if n == 0 {
        return "(empty)".to_string();
    }
    format!("••••••({n} chars)")
}

/// Words in a key name that mark it as holding a secret when the schema does not say.
const SECRET_WORDS: &[&str] = &[
    "PASSWORD",
    "PASSWD",
    "PASS",
    "PWD",
    "SECRET",
    "TOKEN",
    "APIKEY",
    "API_KEY",
    "KEY",
    "PRIVATE",
    "CREDENTIAL",
    "CONNECTIONSTRING",
    "CONNSTR",
    "DSN",
    "SIGNING",
    "SALT",
    "AUTH",
];

/// Whether `key` looks like it holds a secret (by name, case-insensitive).
pub fn looks_secret(key: &str) -> bool {
    let upper = key.to_ascii_uppercase();
    SECRET_WORDS.iter().any(|w| upper.contains(w))
}

/// Hides the password of a `scheme://user:password@host` URL, for non-secret values.
pub fn mask_url_password(value: &str) -> String {
    let Some(scheme_end) = value.find("://") else {
        return value.to_string();
    };
    let rest = &value[scheme_end + 3..];
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let Some(at) = authority.rfind('@') else {
        return value.to_string();
    };
    match authority[..at].split_once(':') {
        Some((user, pw)) => {
            let start = scheme_end + 3;
            format!(
                "{}{user}:{}{}",
                &value[..start],
                mask(pw),
                &value[start + at..]
            )
        }
        None => value.to_string(),
    }
}

/// Physical line `line` (its text) as safe to print. `entry` is the statement covering
/// it, if any: its key stays, its value is masked when `sensitive`. A line the parser
/// could not read has everything after its key masked (it may hold a secret).
pub fn masked_line(text: &str, line: u32, entry: Option<&Entry>, sensitive: bool) -> String {
    let Some(entry) = entry else {
        return hide_after_separator(text);
    };
    match &entry.value {
        None => text.to_string(),
        Some(_) if !sensitive => mask_url_password(text),
        Some(v) if line == v.at.line => {
            let start = byte_of_col(text, v.at.col);
            format!("{}{}", &text[..start], mask(&v.text))
        }
        Some(_) => mask(text),
    }
}

/// `KEY=secret`, `KEY: secret` and `KEY secret` (a space typed for `=`) keep the key; a
/// line with no separator at all may be a pasted secret or key material: all masked.
fn hide_after_separator(text: &str) -> String {
    let indent = text.len() - text.trim_start().len();
    let body = text[indent..].trim_end();
    let separator = body.find(['=', ':']).or_else(|| body.find([' ', '\t']));
    match separator {
        Some(i) if body[i + 1..].trim().is_empty() => text.to_string(),
        Some(i) => format!("{}{}", &text[..=indent + i], mask(body[i + 1..].trim())),
        None if body.is_empty() => text.to_string(),
        None => format!("{}{}", &text[..indent], mask(body)),
    }
}

/// Byte offset of the 1-based character column `col` in `text`.
pub fn byte_of_col(text: &str, col: u32) -> usize {
    text.char_indices()
        .nth(col.saturating_sub(1) as usize)
        .map_or(text.len(), |(i, _)| i)
}
