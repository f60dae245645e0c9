//! What a check saw: either no HTTP answer (and why), or an answer.

use serde::{Deserialize, Serialize};

/// Bodies are read up to this many bytes (HEALTH-RULES.md §1.2, §4).
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// Why no HTTP answer arrived (HEALTH-RULES.md §3.1 explains how each is told apart).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TransportFailure {
    Timeout,
    MixedContent,
    Csp,
    Cors,
    Lna,
    Network,
    Offline,
}

impl TransportFailure {
    pub fn as_str(self) -> &'static str {
        match self {
            TransportFailure::Timeout => "timeout",
            TransportFailure::MixedContent => "mixed-content",
            TransportFailure::Csp => "csp",
            TransportFailure::Cors => "cors",
            TransportFailure::Lna => "lna",
            TransportFailure::Network => "network",
            TransportFailure::Offline => "offline",
        }
    }
}

/// An HTTP answer: code, `Content-Type` (if any), the first [`MAX_BODY_BYTES`] of the
/// body as text, and the time to headers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    pub http_status: u16,
    #[serde(default)]
    pub content_type: Option<String>,
    #[serde(default)]
    pub body: String,
    pub latency_ms: u64,
}

/// The outcome of one check, as the interpreter's input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Observation {
    Failed(TransportFailure),
    Answered(Response),
}
