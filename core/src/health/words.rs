//! Status words a body may use, and what they mean (HEALTH-RULES.md §1.2 step 3).

use super::verdict::Status;

const OK: &[&str] = &[
    "pass",
    "ok",
    "up",
    "healthy",
    "green",
    "operational",
    "available",
    "ready",
    "alive",
    "connected",
    "online",
    "true",
];
const DEGRADED: &[&str] = &[
    "warn",
    "warning",
    "degraded",
    "partial",
    "partially_degraded",
    "yellow",
    "limited",
    "recovering",
];
const DOWN: &[&str] = &[
    "fail",
    "failed",
    "failure",
    "error",
    "down",
    "unhealthy",
    "critical",
    "red",
    "out_of_service",
    "unavailable",
    "shutting_down",
    "disconnected",
    "offline",
    "false",
];

/// What a body's own status says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Word {
    Ok,
    Degraded,
    Down,
    /// The word `unknown`.
    Unknown,
    /// A word not in any list, e.g. `maintenance` (kept as written).
    Unrecognised(String),
}

impl Word {
    /// Reads a word case-insensitively, ignoring surrounding spaces.
    pub fn read(text: &str) -> Word {
        let word = text.trim().to_ascii_lowercase();
        let w = word.as_str();
        if OK.contains(&w) {
            Word::Ok
        } else if DEGRADED.contains(&w) {
            Word::Degraded
        } else if DOWN.contains(&w) {
            Word::Down
        } else if w == "unknown" {
            Word::Unknown
        } else {
            Word::Unrecognised(text.trim().to_string())
        }
    }

    pub fn from_bool(healthy: bool) -> Word {
        if healthy {
            Word::Ok
        } else {
            Word::Down
        }
    }

    /// The status this word stands for on its own.
    pub fn status(&self) -> Status {
        match self {
            Word::Ok => Status::Ok,
            Word::Degraded => Status::Degraded,
            Word::Down => Status::Down,
            Word::Unknown | Word::Unrecognised(_) => Status::Unknown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_maps_case_insensitively() {
        for (list, want) in [
            (OK, Word::Ok),
            (DEGRADED, Word::Degraded),
            (DOWN, Word::Down),
        ] {
            for w in list {
                assert_eq!(Word::read(w), want, "{w}");
                assert_eq!(Word::read(&format!(" {} ", w.to_uppercase())), want, "{w}");
            }
        }
        assert_eq!(Word::read("UNKNOWN"), Word::Unknown);
        assert_eq!(
            Word::read("Maintenance"),
            Word::Unrecognised("Maintenance".into())
        );
    }
}
