//! What the browser will do with a fetch from the portal page to an endpoint, decided
//! before fetching (HEALTH-RULES.md §3.1), and how a failed fetch is classified.

use super::address::{AddressSpace, EndpointUrl, UrlError};
use super::observation::TransportFailure;
use serde::{Deserialize, Serialize};

/// The pre-classification of one endpoint seen from one page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Route {
    /// `https:` page → `http:` non-loopback URL: blocked, do not fetch.
    pub mixed_content: bool,
    /// The target is in a more private address space than the page (Chrome's Local
    /// Network Access: public → local/loopback, local → loopback): a prompt may block it.
    pub local_network_access: bool,
    pub target: AddressSpace,
}

/// Pre-classifies `url` for a page at `page_url` (its `location.href` or origin).
pub fn route(url: &str, page_url: &str) -> Result<Route, UrlError> {
    let target = EndpointUrl::parse(url)?;
    let page = EndpointUrl::parse(page_url)?;
    Ok(Route {
        mixed_content: page.https && !target.https && target.space != AddressSpace::Loopback,
        local_network_access: target.space < page.space,
        target: target.space,
    })
}

/// What the page observed about a fetch that rejected.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailureEvidence {
    /// `navigator.onLine` was false.
    pub offline: bool,
    /// A `securitypolicyviolation` event named this URL.
    pub csp_violation: bool,
    /// The fetch rejected with `TimeoutError`.
    pub timed_out: bool,
    /// The `mode: 'no-cors'` probe resolved (something answered).
    pub opaque_probe_answered: bool,
}

/// Which transport failure a rejected fetch was, most specific evidence first.
pub fn classify_failure(route: &Route, evidence: &FailureEvidence) -> TransportFailure {
    if evidence.offline {
        TransportFailure::Offline
    } else if route.mixed_content {
        TransportFailure::MixedContent
    } else if evidence.csp_violation {
        TransportFailure::Csp
    } else if evidence.timed_out {
        TransportFailure::Timeout
    } else if evidence.opaque_probe_answered {
        TransportFailure::Cors
    } else if route.local_network_access {
        TransportFailure::Lna
    } else {
        TransportFailure::Network
    }
}
