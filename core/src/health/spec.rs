//! The declared shape of a service's health endpoints, as written in `system.yaml`.

pub use super::condition::{BodyCondition, Comparison, ConditionFailure, Pattern, Scalar};
pub use super::status_set::StatusExpect;
use crate::Localized;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One service of a system and its health endpoint per environment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceSpec {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Localized>,
    /// Environment name → endpoint. Environments must be listed in `portal.yaml`.
    #[serde(default)]
    pub health: BTreeMap<String, Endpoint>,
    #[serde(default)]
    pub format: Format,
    #[serde(default)]
    pub expect: Expect,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub components: Option<ComponentPolicy>,
    #[serde(default)]
    pub poll: Poll,
    /// Accept `http://` in staging/production (a warning instead of an error).
    #[serde(default)]
    pub allow_insecure: bool,
}

/// An endpoint: the short form is just the URL; the long form adds per-environment rules.
/// Read by hand rather than `untagged`, so a typo in the long form is reported as the
/// unknown key it is, not as "did not match any variant".
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Endpoint {
    Url(String),
    Detailed {
        url: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        expect: Option<Expect>,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DetailedEndpoint {
    url: String,
    #[serde(default)]
    expect: Option<Expect>,
}

impl<'de> Deserialize<'de> for Endpoint {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(EndpointVisitor)
    }
}

struct EndpointVisitor;

impl<'de> serde::de::Visitor<'de> for EndpointVisitor {
    type Value = Endpoint;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a URL or { url, expect }")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Endpoint, E> {
        Ok(Endpoint::Url(v.to_string()))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Endpoint, A::Error> {
        let d = DetailedEndpoint::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
        Ok(Endpoint::Detailed {
            url: d.url,
            expect: d.expect,
        })
    }
}

impl Endpoint {
    pub fn url(&self) -> &str {
        match self {
            Endpoint::Url(url) | Endpoint::Detailed { url, .. } => url,
        }
    }

    /// The expectations for this endpoint: its own if given, else the service's.
    pub fn expect<'a>(&'a self, service: &'a Expect) -> &'a Expect {
        match self {
            Endpoint::Detailed {
                expect: Some(e), ..
            } => e,
            _ => service,
        }
    }
}

/// How to read the body. `auto` recognises every format of HEALTH-RULES.md §1.1.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    #[default]
    Auto,
    #[serde(rename = "health+json")]
    HealthJson,
    Aspnet,
    AspnetUi,
    Spring,
    K8s,
    Microprofile,
    Terminus,
    Text,
    StatusOnly,
}

/// What a healthy answer looks like.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    #[serde(default)]
    pub status: StatusExpect,
    #[serde(default = "default_max_latency_ms")]
    pub max_latency_ms: u64,
    #[serde(default = "default_timeout_ms")]
    pub timeout_ms: u64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub body: Vec<BodyCondition>,
}

fn default_max_latency_ms() -> u64 {
    2_000
}

fn default_timeout_ms() -> u64 {
    10_000
}

impl Default for Expect {
    fn default() -> Self {
        Expect {
            status: StatusExpect::default(),
            max_latency_ms: default_max_latency_ms(),
            timeout_ms: default_timeout_ms(),
            body: Vec::new(),
        }
    }
}

/// When present, the overall status is computed from the components (§1.2 step 7).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComponentPolicy {
    #[serde(default)]
    pub critical: Vec<String>,
    #[serde(default)]
    pub ignore: Vec<String>,
}

/// Browser polling (HEALTH-RULES.md §4).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Poll {
    #[serde(default = "default_interval_s")]
    pub interval_s: u32,
    #[serde(default = "default_failures_before_down")]
    pub failures_before_down: u32,
}

fn default_interval_s() -> u32 {
    60
}

fn default_failures_before_down() -> u32 {
    2
}

impl Default for Poll {
    fn default() -> Self {
        Poll {
            interval_s: default_interval_s(),
            failures_before_down: default_failures_before_down(),
        }
    }
}
