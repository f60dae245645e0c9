//! What the interpreter concludes about one check, and the "worst of" used by views that
//! summarise several services (HEALTH-RULES.md §1.2 step 9).

use super::observation::TransportFailure;
use crate::Localized;
use serde::{Deserialize, Serialize};

/// One of the five statuses guardia shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Degraded,
    Down,
    /// No HTTP answer reached us (network, CORS, mixed content, CSP, LNA, timeout).
    Unreachable,
    /// An answer arrived but says nothing usable about health.
    Unknown,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Ok,
        Status::Degraded,
        Status::Down,
        Status::Unreachable,
        Status::Unknown,
    ];

    /// §1.2 step 9: down > unreachable > degraded > unknown > ok.
    pub fn badness(self) -> u8 {
        match self {
            Status::Ok => 0,
            Status::Unknown => 1,
            Status::Degraded => 2,
            Status::Unreachable => 3,
            Status::Down => 4,
        }
    }

    /// The worse of two statuses.
    pub fn worst(self, other: Status) -> Status {
        if other.badness() > self.badness() {
            other
        } else {
            self
        }
    }

    /// The lowercase word, as in `data-status` and JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Degraded => "degraded",
            Status::Down => "down",
            Status::Unreachable => "unreachable",
            Status::Unknown => "unknown",
        }
    }

    /// A short label for tables and badges.
    pub fn label(self) -> Localized {
        let (es, en) = match self {
            Status::Ok => ("operativo", "ok"),
            Status::Degraded => ("degradado", "degraded"),
            Status::Down => ("caído", "down"),
            Status::Unreachable => ("inalcanzable", "unreachable"),
            Status::Unknown => ("desconocido", "unknown"),
        };
        Localized::new(es, en)
    }
}

/// The worst status of several (a system tile); `None` when there is nothing to judge.
pub fn aggregate(statuses: impl IntoIterator<Item = Status>) -> Option<Status> {
    statuses.into_iter().reduce(Status::worst)
}

/// A part of a service the body reports on (a database, a queue, a check).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Component {
    /// Nested names are joined with `/` (`db/primary`, `queues/dian`).
    pub name: String,
    pub status: Status,
    /// The component's own message (exception, description, output), as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// The interpretation of one check of one endpoint.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub status: Status,
    /// Why, as a sentence in both languages.
    pub reason: Localized,
    /// Worst first; ties keep the body order (JSON object members come sorted by name).
    pub components: Vec<Component>,
    /// Set for unreachable verdicts: which transport failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<TransportFailure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latency_ms: Option<u64>,
}

/// Sorts components worst first, stable so equal ones keep the body's order.
pub(crate) fn worst_first(components: &mut [Component]) {
    components.sort_by_key(|c| std::cmp::Reverse(c.status.badness()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precedence_is_down_unreachable_degraded_unknown_ok() {
        use Status::*;
        let order = [Ok, Unknown, Degraded, Unreachable, Down];
        for (i, a) in order.iter().enumerate() {
            for b in &order[i..] {
                assert_eq!(a.worst(*b), *b, "{a:?} vs {b:?}");
                assert_eq!(b.worst(*a), *b, "{b:?} vs {a:?}");
            }
        }
        assert_eq!(aggregate([Ok, Unknown, Degraded]), Some(Degraded));
        assert_eq!(aggregate([Unreachable, Down, Ok]), Some(Down));
        assert_eq!(aggregate([]), None);
    }

    #[test]
    fn serializes_lowercase() {
        for s in Status::ALL {
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.as_str())
            );
        }
    }
}
