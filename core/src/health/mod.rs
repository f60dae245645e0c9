//! Health: what a service declares about its health endpoint, and how a response is read
//! (HEALTH-RULES.md). Pure; shared by the browser poller and `guardia health`.
//!
//! - [`spec`]: the `services:` entries of `system.yaml` (§5), with [`status_set`],
//!   [`condition`] and [`body_path`] for the parts checked when the YAML is read.
//! - [`interpret()`]: one observation + expectations → [`Verdict`] (§1.2), built from
//!   [`body`], [`words`], [`components`], [`k8s`], `combine`, `body_check`, `policy`.
//! - [`check()`]: build-time checks of a declaration, with YAML paths (§5).
//! - [`address`], [`route()`], [`schedule`]: what the browser poller decides before and
//!   after a fetch (§3.1, §4).

pub mod address;
pub mod body;
mod body_check;
pub mod body_path;
pub mod check;
mod check_timing;
mod check_url;
mod combine;
pub mod components;
pub mod condition;
mod interpret;
pub mod k8s;
pub mod observation;
mod policy;
mod reason;
pub mod route;
pub mod schedule;
pub mod spec;
mod spring;
pub mod status_set;
pub mod verdict;
pub mod words;

pub use address::{connect_src_origin, AddressSpace, EndpointUrl, UrlError};
pub use check::{check, check_services, PathStep, Severity, SpecIssue};
pub use check_timing::MIN_INTERVAL_S;
pub use interpret::interpret;
pub use observation::{Observation, Response, TransportFailure, MAX_BODY_BYTES};
pub use route::{classify_failure, route, FailureEvidence, Route};
pub use spec::{
    BodyCondition, Comparison, ComponentPolicy, ConditionFailure, Endpoint, Expect, Format,
    Pattern, Poll, Scalar, ServiceSpec, StatusExpect,
};
pub use verdict::{aggregate, Component, Status, Verdict};
