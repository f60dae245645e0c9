//! The data the generator inlines into each island and the browser reads back.
//!
//! Each island carries `<script type="application/json" data-guardia-data>` serialized
//! (with serde_json) from one of these types; the wasm reads back the same type, so the
//! two sides cannot drift ([`EnvIsland`] through [`EnvIsland::from_json`], which agrees
//! with its serde impl and keeps serde's derived visitors out of the `env` bundle). The page's UI strings travel separately, once per page, in
//! `<script type="application/json" id="guardia-i18n">` (see [`I18N_ELEMENT_ID`]).
//!
//! Checklists need no payload: their ids are in the markup (`li[data-item]`).

use crate::env::schema::Object;
use crate::env::EnvSchema;
use crate::health::ServiceSpec;
use serde::{Deserialize, Serialize};

/// `id` of the element holding the page's UI strings: a JSON object whose `web` member
/// (the `web:` section of `themes/<theme>/i18n/<lang>.yaml`) maps keys to strings.
pub const I18N_ELEMENT_ID: &str = "guardia-i18n";

/// Attribute marking an island's JSON payload inside the island element.
pub const DATA_ATTRIBUTE: &str = "data-guardia-data";

/// The env validator of one system (`data-guardia="env-validator"`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvIsland {
    pub system: String,
    /// The environments the user can pick, in `portal.yaml` order.
    pub environments: Vec<String>,
    pub schema: EnvSchema,
}

impl EnvIsland {
    /// Reads the island's inlined JSON the way its serde `Deserialize` does, with the
    /// much smaller [`FromJson`](crate::env::schema::FromJson) reader (what the browser uses; see `env::schema`).
    pub fn from_json(text: &str) -> Result<Self, String> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let o = Object::new(&value, &["system", "environments", "schema"])?;
        Ok(EnvIsland {
            system: o.required("system")?,
            environments: o.required("environments")?,
            schema: o.required("schema")?,
        })
    }
}

/// The live status of one system (`data-guardia="health"`), full page or home badge.
///
/// Built through [`HealthIsland::new`] or deserialized: both refuse a default
/// environment that is not one of `environments`, so the page never starts on nothing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "RawHealthIsland")]
pub struct HealthIsland {
    system: String,
    environments: Vec<String>,
    default_environment: String,
    services: Vec<ServiceSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHealthIsland {
    system: String,
    environments: Vec<String>,
    default_environment: String,
    services: Vec<ServiceSpec>,
}

/// Why a [`HealthIsland`] cannot be built.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum IslandError {
    #[error("default environment '{0}' is not one of the portal's environments")]
    UnknownDefault(String),
}

impl TryFrom<RawHealthIsland> for HealthIsland {
    type Error = IslandError;
    fn try_from(raw: RawHealthIsland) -> Result<Self, Self::Error> {
        HealthIsland::new(
            raw.system,
            raw.environments,
            raw.default_environment,
            raw.services,
        )
    }
}

impl HealthIsland {
    pub fn new(
        system: String,
        environments: Vec<String>,
        default_environment: String,
        services: Vec<ServiceSpec>,
    ) -> Result<Self, IslandError> {
        if !environments.contains(&default_environment) {
            return Err(IslandError::UnknownDefault(default_environment));
        }
        Ok(HealthIsland {
            system,
            environments,
            default_environment,
            services,
        })
    }

    pub fn system(&self) -> &str {
        &self.system
    }

    pub fn environments(&self) -> &[String] {
        &self.environments
    }

    pub fn default_environment(&self) -> &str {
        &self.default_environment
    }

    pub fn services(&self) -> &[ServiceSpec] {
        &self.services
    }

    /// Whether `name` is an environment of this island (a remembered choice may be stale).
    pub fn has_environment(&self, name: &str) -> bool {
        self.environments.iter().any(|e| e == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn island_json(default: &str) -> String {
        format!(
            r#"{{"system":"pagos","environments":["development","production"],
               "default_environment":"{default}",
               "services":[{{"id":"api","name":"Pagos.Api",
                 "health":{{"production":"https://api.example.org/health"}}}}]}}"#
        )
    }

    #[test]
    fn health_island_round_trips_through_json() {
        let island: HealthIsland = serde_json::from_str(&island_json("production")).unwrap();
        assert_eq!(island.default_environment(), "production");
        assert_eq!(island.services()[0].poll.interval_s, 60);
        let again: HealthIsland =
            serde_json::from_str(&serde_json::to_string(&island).unwrap()).unwrap();
        assert_eq!(again, island);
    }

    #[test]
    fn health_island_refuses_an_unknown_default() {
        let err = serde_json::from_str::<HealthIsland>(&island_json("prod")).unwrap_err();
        assert!(err.to_string().contains("'prod'"), "{err}");
    }

    #[test]
    fn env_island_round_trips_through_json() {
        let island = EnvIsland {
            system: "pagos".into(),
            environments: vec!["development".into()],
            schema: EnvSchema::default(),
        };
        let json = serde_json::to_string(&island).unwrap();
        assert_eq!(serde_json::from_str::<EnvIsland>(&json).unwrap(), island);
        assert_eq!(EnvIsland::from_json(&json).unwrap(), island);
        assert!(EnvIsland::from_json(r#"{"system":"x","environments":[]}"#).is_err());
        assert!(EnvIsland::from_json("{\"system\":").is_err());
    }
}
