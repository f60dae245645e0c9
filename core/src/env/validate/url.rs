//! URLs (RFC 3986 via fluent-uri, small in wasm) and connection strings written as URIs.

use super::super::code::Code;
use super::super::schema::Rules;
use super::problem::Problem;
use fluent_uri::Uri;

/// The parts of a URL the checks look at.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Parts {
    pub scheme: String,
    pub user: Option<String>,
    pub password: Option<String>,
    pub host: String,
    pub port: Option<u16>,
    pub path: String,
    pub query: String,
}

pub fn split(v: &str) -> Option<Parts> {
    let uri = Uri::parse(v).ok()?;
    let mut parts = Parts {
        scheme: uri.scheme().as_str().to_ascii_lowercase(),
        path: uri.path().as_str().to_string(),
        query: uri
            .query()
            .map(|q| q.as_str().to_string())
            .unwrap_or_default(),
        ..Parts::default()
    };
    if let Some(auth) = uri.authority() {
        parts.host = auth.host().trim_matches(['[', ']']).to_string();
        parts.port = auth.port_to_u16().ok().flatten();
        if let Some(info) = auth.userinfo() {
            let (user, pw) = match info.as_str().split_once(':') {
                Some((u, p)) => (u, Some(p)),
                None => (info.as_str(), None),
            };
            parts.user = Some(user.to_string());
            parts.password = pw.map(str::to_string);
        }
    }
    Some(parts)
}

pub fn url(v: &str, rules: &Rules, sensitive: bool) -> Vec<Problem> {
    let Some(parts) = split(v) else {
        return vec![Problem::error(
            Code::TypUrl,
            "No es una URL válida (falta `esquema://`, o hay espacios o caracteres sin codificar).",
            "Not a valid URL (missing `scheme://`, or spaces or unencoded characters).",
        )];
    };
    let mut out = Vec::new();
    if let Some(schemes) = rules
        .schemes
        .as_ref()
        .filter(|s| !s.iter().any(|x| x.eq_ignore_ascii_case(&parts.scheme)))
    {
        let list = schemes.join(", ");
        out.push(Problem::error(
            Code::TypUrlScheme,
            format!("El esquema debe ser {list}."),
            format!("The scheme must be {list}."),
        ));
    }
    if rules.require_host != Some(false) && parts.host.is_empty() {
        out.push(Problem::error(
            Code::TypUrlHost,
            "La URL no tiene host.",
            "The URL has no host.",
        ));
    }
    if let Some(hosts) = rules
        .allowed_hosts
        .as_ref()
        .filter(|h| !h.iter().any(|x| x.eq_ignore_ascii_case(&parts.host)))
    {
        out.push(Problem::error(
            Code::TypUrlHost,
            format!("Host no permitido; se admiten: {}.", hosts.join(", ")),
            format!("Host not allowed; allowed: {}.", hosts.join(", ")),
        ));
    }
    if parts.password.is_some() && !sensitive && rules.allow_credentials != Some(true) {
        out.push(Problem::error(Code::SecInUrl, "La URL lleva credenciales y esta variable no es secreta: se mostraría sin ocultar.", "The URL embeds credentials and this variable is not secret: it would be shown unmasked.").with(crate::env::Severity::Warning).fix("Pon la contraseña en su propia variable secreta.", "Put the password in its own secret variable."));
    }
    if rules.no_trailing_slash == Some(true) && v.ends_with('/') {
        out.push(
            Problem::error(
                Code::TypUrl,
                "La URL no debe acabar en `/`.",
                "The URL must not end with `/`.",
            )
            .fix("Quita la barra final.", "Remove the trailing slash."),
        );
    }
    if rules.require_path == Some(true) && matches!(parts.path.as_str(), "" | "/") {
        out.push(Problem::error(
            Code::TypUrl,
            "La URL necesita una ruta.",
            "The URL needs a path.",
        ));
    }
    out
}
