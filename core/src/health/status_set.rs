//! The accepted HTTP codes of an endpoint (`expect.status`): `200`, `[200, 204]`, `2xx`
//! or `"200-299"`. Parsed when the YAML is read, so a bad pattern never reaches the
//! interpreter and the YAML reader reports it at its line and column.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Accepted HTTP status codes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawStatus", into = "RawStatus")]
pub enum StatusExpect {
    Code(u16),
    Codes(Vec<u16>),
    /// Inclusive; `2xx` is `Range { first: 200, last: 299 }`.
    Range {
        first: u16,
        last: u16,
    },
}

impl Default for StatusExpect {
    fn default() -> Self {
        StatusExpect::Range {
            first: 200,
            last: 299,
        }
    }
}

impl StatusExpect {
    pub fn contains(&self, code: u16) -> bool {
        match self {
            StatusExpect::Code(c) => *c == code,
            StatusExpect::Codes(cs) => cs.contains(&code),
            StatusExpect::Range { first, last } => (*first..=*last).contains(&code),
        }
    }
}

impl fmt::Display for StatusExpect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatusExpect::Code(c) => write!(f, "{c}"),
            StatusExpect::Codes(cs) => {
                let list: Vec<String> = cs.iter().map(u16::to_string).collect();
                f.write_str(&list.join(", "))
            }
            StatusExpect::Range { first, last } if first % 100 == 0 && *last == first + 99 => {
                write!(f, "{}xx", first / 100)
            }
            StatusExpect::Range { first, last } => write!(f, "{first}-{last}"),
        }
    }
}

/// Why an `expect.status` value is refused; both languages, since serde shows one string.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("código HTTP esperado no válido '{0}': escriba 200, [200, 204], 2xx o 200-299 (códigos 100-599) | invalid expected HTTP status '{0}': write 200, [200, 204], 2xx or 200-299 (codes 100-599)")]
pub struct StatusPatternError(pub String);

#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum RawStatus {
    Code(u16),
    Codes(Vec<u16>),
    Text(String),
}

impl TryFrom<RawStatus> for StatusExpect {
    type Error = StatusPatternError;
    fn try_from(raw: RawStatus) -> Result<Self, Self::Error> {
        match raw {
            RawStatus::Code(c) => code(c, &c.to_string()).map(StatusExpect::Code),
            RawStatus::Codes(cs) if cs.is_empty() => Err(StatusPatternError("[]".into())),
            RawStatus::Codes(cs) => {
                let shown = format!("{cs:?}");
                let cs = cs.into_iter().map(|c| code(c, &shown));
                cs.collect::<Result<_, _>>().map(StatusExpect::Codes)
            }
            RawStatus::Text(text) => parse_text(&text),
        }
    }
}

impl From<StatusExpect> for RawStatus {
    fn from(set: StatusExpect) -> Self {
        match set {
            StatusExpect::Code(c) => RawStatus::Code(c),
            StatusExpect::Codes(cs) => RawStatus::Codes(cs),
            range => RawStatus::Text(range.to_string()),
        }
    }
}

fn code(c: u16, shown: &str) -> Result<u16, StatusPatternError> {
    if (100..=599).contains(&c) {
        Ok(c)
    } else {
        Err(StatusPatternError(shown.to_string()))
    }
}

fn parse_text(text: &str) -> Result<StatusExpect, StatusPatternError> {
    let bad = || StatusPatternError(text.to_string());
    let t = text.trim().to_ascii_lowercase();
    if let Some(class) = t.strip_suffix("xx") {
        let class: u16 = class.parse().map_err(|_| bad())?;
        let first = code(class.checked_mul(100).ok_or_else(bad)?, text)?;
        return Ok(StatusExpect::Range {
            first,
            last: first + 99,
        });
    }
    if let Some((a, b)) = t.split_once('-') {
        let first = a
            .trim()
            .parse()
            .map_err(|_| bad())
            .and_then(|c| code(c, text))?;
        let last = b
            .trim()
            .parse()
            .map_err(|_| bad())
            .and_then(|c| code(c, text))?;
        return if first <= last {
            Ok(StatusExpect::Range { first, last })
        } else {
            Err(bad())
        };
    }
    let c = t.parse().map_err(|_| bad())?;
    code(c, text).map(StatusExpect::Code)
}
