//! The closed vocabularies of `env.yaml`: variable types, consumers, loaders and the
//! options that take one of a few words.

use serde::{Deserialize, Serialize};

/// What a variable holds (ENV-RULES.md §7.2). A var without `type` is a `string`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VarType {
    #[default]
    String,
    Int,
    Number,
    Port,
    Bool,
    Url,
    Email,
    Hostname,
    Ip,
    Enum,
    Duration,
    Secret,
    ConnectionString,
    Regex,
    List,
    Json,
    Hostport,
}

impl VarType {
    /// Secrets and connection strings are masked unless the schema says otherwise.
    pub fn sensitive_by_default(self) -> bool {
        matches!(self, VarType::Secret | VarType::ConnectionString)
    }
}

/// The program that reads the variables; decides accepted boolean forms and key case rules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Consumer {
    Dotnet,
    Node,
    Python,
    #[default]
    Any,
}

/// A loader whose reading of the file is checked for portability.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Profile {
    Compose,
    DockerRun,
    Node,
    Python,
    Shell,
}

/// How a secret is written; encoded secrets are judged by their decoded size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Encoding {
    #[default]
    Any,
    Base64,
    Base64url,
    Hex,
}

/// What a secret is for, when that fixes its minimum size (32 bytes for both).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    JwtHs256,
    Aes256,
}

/// The database or broker a connection string points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConnKind {
    Postgres,
    Amqp,
    Redis,
    Sqlserver,
    Mongodb,
    Mysql,
}

/// How a connection string is written: `Host=…;Password=…` or a URI.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConnFormat {
    Keyvalue,
    Uri,
    #[default]
    Any,
}

/// When a variable is needed: building the image or running the service.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Build,
    #[default]
    Runtime,
    Both,
}
