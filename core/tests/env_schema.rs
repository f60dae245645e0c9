//! The schema types read the documented `env.yaml` shape (as JSON here; the generator
//! reads the same through YAML) and resolve rules per environment.

use guardia_core::env::schema::{EnvSchema, EnvSet, Scalar, VarType};

const DOCUMENTED: &str = r#"{
  "consumer": "dotnet", "profiles": ["compose", "docker-run"],
  "groups": [{
    "id": "database",
    "title": {"es": "Base de datos", "en": "Database"},
    "vars": [
      {"name": "DB_PASSWORD", "type": "secret", "required": ["staging", "production"],
       "min_length": 16, "min_entropy_bits": 64, "forbid": ["admin", "postgres"],
       "env": {"development": {"required": false, "min_length": 4, "min_entropy_bits": 0}}},
      {"name": "ConnectionStrings__NexusDb", "type": "connection-string", "kind": "postgres",
       "format": "keyvalue", "require": ["host", "database", "username", "password"],
       "sensitive": true, "consistent_with": {"password": "DB_PASSWORD"},
       "aliases": ["POSTGRESQLCONNSTR_NexusDb"],
       "env": {"production": {"ssl_mode": ["Require"], "forbid_hosts": ["localhost"]}}},
      {"name": "Smtp__Port", "type": "port", "default": 587},
      {"name": "ASPNETCORE_ENVIRONMENT", "type": "enum",
       "values": ["Development", "Staging", "Production"],
       "must_equal": {"development": "Development", "production": "Production"}},
      {"name": "DEBUG", "type": "bool", "forbidden_in": ["production"]},
      {"name": "OAuth2__SigningKey", "type": "secret", "min_length": 32,
       "encoding": "any", "purpose": "jwt-hs256"},
      {"name": "RABBITMQ_PASSWORD",
       "deprecated": {"es": "Usa RabbitMq__ConnectionString", "en": "Use RabbitMq__ConnectionString"}}
    ]
  }]
}"#;

fn documented() -> EnvSchema {
    serde_json::from_str(DOCUMENTED).expect("the documented shape parses")
}

#[test]
fn reads_the_documented_shape() {
    let schema = documented();
    assert_eq!(schema.vars().count(), 7);
    let port = schema.var("Smtp__Port").unwrap();
    assert_eq!(port.var_type, VarType::Port);
    assert_eq!(port.default, Some(Scalar::Int(587)));
    assert_eq!(
        schema.var("RABBITMQ_PASSWORD").unwrap().var_type,
        VarType::String
    );
    assert_eq!(
        schema.var("POSTGRESQLCONNSTR_NexusDb").unwrap().name,
        "ConnectionStrings__NexusDb"
    );
}

#[test]
fn required_list_and_overrides_resolve_per_environment() {
    let schema = documented();
    let pw = schema.var("DB_PASSWORD").unwrap();
    assert!(matches!(pw.required, EnvSet::Only(_)));
    assert!(pw.resolve("production").required);
    assert!(!pw.resolve("development").required);
    assert_eq!(pw.resolve("development").rules.min_length, Some(4));
    assert_eq!(pw.resolve("staging").rules.min_length, Some(16));
    let debug = schema.var("DEBUG").unwrap();
    assert!(debug.resolve("production").forbidden && !debug.resolve("staging").forbidden);
    let env = schema.var("ASPNETCORE_ENVIRONMENT").unwrap();
    assert_eq!(
        env.resolve("production").must_equal,
        Some(&Scalar::Text("Production".into()))
    );
    assert_eq!(env.resolve("staging").must_equal, None);
}

#[test]
fn sensitivity_follows_type_unless_written() {
    let schema = documented();
    assert!(schema.var("DB_PASSWORD").unwrap().is_sensitive());
    assert!(!schema.var("Smtp__Port").unwrap().is_sensitive());
}

#[test]
fn unknown_keys_are_refused_everywhere() {
    let group = r#""id": "g", "title": {"es": "a", "en": "b"}"#;
    for bad in [
        r#"{"groups": [], "extra": 1}"#.to_string(),
        format!(r#"{{"groups": [{{{group}, "varz": []}}]}}"#),
        format!(r#"{{"groups": [{{{group}, "vars": [{{"name": "A", "min_lenght": 3}}]}}]}}"#),
        format!(
            r#"{{"groups": [{{{group}, "vars": [{{"name": "A", "env": {{"production": {{"min_lenght": 3}}}}}}]}}]}}"#
        ),
        format!(r#"{{"groups": [{{{group}, "vars": [{{"name": "A", "type": "integer"}}]}}]}}"#),
    ] {
        assert!(serde_json::from_str::<EnvSchema>(&bad).is_err(), "{bad}");
    }
}

#[test]
fn json_round_trip_keeps_everything() {
    let schema = documented();
    let json = serde_json::to_string(&schema).unwrap();
    assert_eq!(serde_json::from_str::<EnvSchema>(&json).unwrap(), schema);
}
