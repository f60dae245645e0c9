//! Connection strings: URIs (`postgresql://`, `amqp://`, `redis://`, `mongodb://`) and
//! keyword/value (`Host=…;Password=…`, Npgsql/SQL Server style) (ENV-RULES.md §7.2).

use super::super::code::Code;
use super::super::schema::{ConnFormat, Rules};
use super::problem::Problem;
use super::url::split;
use std::collections::BTreeMap;

/// The normalised parts: host, port, database, username, password, sslmode.
pub type ConnParts = BTreeMap<&'static str, String>;

fn synonym(key: &str) -> Option<&'static str> {
    let k: String = key
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    Some(match k.as_str() {
        "host" | "server" | "datasource" | "address" | "addr" => "host",
        "port" => "port",
        "database" | "initialcatalog" | "db" => "database",
        "username" | "userid" | "user" | "uid" => "username",
        "password" | "pwd" => "password",
        "sslmode" => "sslmode",
        "trustservercertificate" => "trust",
        _ => return None,
    })
}

pub fn keyvalue(v: &str) -> Result<ConnParts, Problem> {
    let mut parts = ConnParts::new();
    for piece in v.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((key, value)) = piece.split_once('=') else {
            return Err(Problem::error(Code::TypConnstr, "Un trozo de la cadena de conexión no tiene `Clave=Valor`; si una contraseña lleva `;`, ponla entre comillas.", "A part of the connection string has no `Key=Value`; if a password contains `;`, quote it."));
        };
        if let Some(name) = synonym(key) {
            parts.insert(name, value.trim().trim_matches(['"', '\'']).to_string());
        }
    }
    Ok(parts)
}

pub fn uri(v: &str) -> Option<ConnParts> {
    let p = split(v)?;
    let mut parts = ConnParts::new();
    parts.insert("scheme", p.scheme);
    parts.insert("host", p.host);
    if let Some(port) = p.port {
        parts.insert("port", port.to_string());
    }
    parts.insert("database", p.path.trim_start_matches('/').to_string());
    if let Some(user) = p.user {
        parts.insert("username", user);
    }
    if let Some(pw) = p.password {
        parts.insert("password", pw);
    }
    for (k, val) in p.query.split('&').filter_map(|kv| kv.split_once('=')) {
        if k.eq_ignore_ascii_case("sslmode") || k.eq_ignore_ascii_case("ssl") {
            parts.insert("sslmode", val.to_string());
        }
    }
    parts.retain(|_, v| !v.is_empty());
    Some(parts)
}

/// Parses `v` as the schema's format says and checks the required parts and SSL mode.
pub fn check(v: &str, rules: &Rules) -> (Option<ConnParts>, Vec<Problem>) {
    let format = rules.format.unwrap_or_default();
    let looks_uri = v.contains("://");
    let parsed = match (format, looks_uri) {
        (ConnFormat::Uri, false) => Err(Problem::error(
            Code::TypConnstr,
            "Se esperaba una URI (`esquema://usuario:clave@host:puerto/base`).",
            "Expected a URI (`scheme://user:password@host:port/db`).",
        )),
        (ConnFormat::Keyvalue, true) => Err(Problem::error(
            Code::TypConnstr,
            "Se esperaba la forma `Host=…;Database=…;Username=…;Password=…`.",
            "Expected the form `Host=…;Database=…;Username=…;Password=…`.",
        )),
        (_, true) => uri(v).ok_or_else(|| {
            Problem::error(
                Code::TypConnstr,
                "La URI de conexión no se puede leer.",
                "The connection URI cannot be read.",
            )
        }),
        (_, false) => keyvalue(v),
    };
    let parts = match parsed {
        Ok(parts) => parts,
        Err(p) => return (None, vec![p]),
    };
    let mut out = Vec::new();
    for need in rules.require.iter().flatten() {
        if !parts.contains_key(need.to_ascii_lowercase().as_str()) {
            out.push(Problem::error(
                Code::TypConnstr,
                format!("Falta `{need}` en la cadena de conexión."),
                format!("Missing `{need}` in the connection string."),
            ));
        }
    }
    if let Some(modes) = &rules.ssl_mode {
        let mode = parts.get("sslmode").map(String::as_str).unwrap_or("");
        if !modes.iter().any(|m| {
            m.replace('-', "")
                .eq_ignore_ascii_case(&mode.replace('-', ""))
        }) {
            out.push(Problem::error(
                Code::EnvInsecureTransport,
                format!("Modo SSL no admitido aquí; se exige {}.", modes.join(" o ")),
                format!(
                    "SSL mode not allowed here; required: {}.",
                    modes.join(" or ")
                ),
            ));
        }
    }
    (Some(parts), out)
}
