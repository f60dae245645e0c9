//! Durations as the docs write them: `500ms`, `30s`, `15m`, `1h30m`, `2d`.
//!
//! Used by SLA rows (`rto: 1h`), escalation levels (`within: 15m`) and runbooks
//! (`escalate_after: 30m`). A bare number is refused: its unit would be a guess.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A span of time with millisecond precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Duration {
    millis: u64,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DurationError {
    #[error("empty duration: write it like 30s, 15m, 1h30m or 2d")]
    Empty,
    #[error("'{0}' has no unit: write it like 30s, 15m, 1h30m or 2d")]
    MissingUnit(String),
    #[error("unknown unit '{unit}' in '{text}': use ms, s, m, h, d or w")]
    UnknownUnit { text: String, unit: String },
    #[error("'{0}' is not a duration: write it like 30s, 15m, 1h30m or 2d")]
    Invalid(String),
    #[error("'{0}' is too long")]
    Overflow(String),
}

const UNITS: [(&str, u64); 6] = [
    ("ms", 1),
    ("s", 1_000),
    ("m", 60_000),
    ("h", 3_600_000),
    ("d", 86_400_000),
    ("w", 604_800_000),
];

impl Duration {
    pub const fn from_millis(millis: u64) -> Self {
        Duration { millis }
    }

    pub const fn from_secs(secs: u64) -> Self {
        Duration {
            millis: secs * 1_000,
        }
    }

    pub const fn as_millis(self) -> u64 {
        self.millis
    }

    pub fn as_secs_f64(self) -> f64 {
        self.millis as f64 / 1_000.0
    }
}

impl FromStr for Duration {
    type Err = DurationError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let s = text.trim();
        if s.is_empty() {
            return Err(DurationError::Empty);
        }
        let mut rest = s;
        let mut total: u64 = 0;
        while !rest.is_empty() {
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits == 0 {
                return Err(DurationError::Invalid(text.to_string()));
            }
            let number: u64 = rest[..digits]
                .parse()
                .map_err(|_| DurationError::Overflow(text.to_string()))?;
            rest = &rest[digits..];
            let unit_len = rest.len()
                - rest
                    .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                    .len();
            if unit_len == 0 {
                return Err(DurationError::MissingUnit(text.to_string()));
            }
            let unit = &rest[..unit_len];
            let factor = UNITS
                .iter()
                .find(|(name, _)| *name == unit)
                .map(|(_, f)| *f)
                .ok_or_else(|| DurationError::UnknownUnit {
                    text: text.to_string(),
                    unit: unit.to_string(),
                })?;
            total = number
                .checked_mul(factor)
                .and_then(|v| v.checked_add(total))
                .ok_or_else(|| DurationError::Overflow(text.to_string()))?;
            rest = &rest[unit_len..];
        }
        Ok(Duration { millis: total })
    }
}

impl fmt::Display for Duration {
    /// The shortest form that reads back to the same value: `1h30m`, `500ms`, `0s`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.millis == 0 {
            return f.write_str("0s");
        }
        let mut left = self.millis;
        for (name, factor) in UNITS.iter().rev().filter(|(n, _)| *n != "w") {
            if left >= *factor {
                write!(f, "{}{}", left / factor, name)?;
                left %= factor;
            }
        }
        Ok(())
    }
}

impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_forms_the_docs_use() {
        let cases = [
            ("500ms", 500),
            ("30s", 30_000),
            ("15m", 900_000),
            ("1h", 3_600_000),
            ("1h30m", 5_400_000),
            ("2d", 172_800_000),
            ("1w", 604_800_000),
        ];
        for (text, millis) in cases {
            assert_eq!(
                text.parse::<Duration>(),
                Ok(Duration::from_millis(millis)),
                "{text}"
            );
        }
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        assert_eq!("".parse::<Duration>(), Err(DurationError::Empty));
        assert!(matches!(
            "15".parse::<Duration>(),
            Err(DurationError::MissingUnit(_))
        ));
        assert!(matches!(
            "15y".parse::<Duration>(),
            Err(DurationError::UnknownUnit { .. })
        ));
        assert!(matches!(
            "h1".parse::<Duration>(),
            Err(DurationError::Invalid(_))
        ));
        assert!(matches!(
            "99999999999999999999d".parse::<Duration>(),
            Err(DurationError::Overflow(_))
        ));
    }

    #[test]
    fn display_round_trips() {
        for text in ["500ms", "30s", "15m", "1h30m", "2d", "1d1h1m1s1ms", "0s"] {
            let d: Duration = text.parse().unwrap();
            assert_eq!(d.to_string(), text);
        }
    }
}
