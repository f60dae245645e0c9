//! Health: what a service declares about its health endpoint, and how a response is read.
//!
//! - [`spec`]: the `services:` entries of `system.yaml` (HEALTH-RULES.md §5).
//!
//! The interpreter (HEALTH-RULES.md §1.2) lives beside it and is shared by the browser
//! poller and `guardia health`.

pub mod spec;

pub use spec::{
    BodyCondition, ComponentPolicy, Endpoint, Expect, Format, Poll, ServiceSpec, StatusExpect,
};
