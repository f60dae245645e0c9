//! Endpoint URLs as the browser sees them (HEALTH-RULES.md §3.1): scheme, origin and the
//! address space of the host, for mixed content, Local Network Access and CSP.
//! URLs are parsed with fluent-uri (RFC 3986; ~20 KiB of wasm against ~230 KiB for `url`).

use crate::Localized;
use fluent_uri::component::Host;
use fluent_uri::Uri;
use serde::{Deserialize, Serialize};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Where a host lives, from most to least trusted by the browser's LNA rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AddressSpace {
    Loopback,
    Local,
    Public,
}

/// A parsed `http:` or `https:` URL, reduced to what the rules need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndpointUrl {
    pub https: bool,
    /// Lowercased; IPv6 literals keep their brackets.
    pub host: String,
    /// `None` when absent or the scheme's default.
    pub port: Option<u16>,
    pub space: AddressSpace,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    #[error("'{0}' no es una URL válida: escriba p. ej. https://api.example.org/health | '{0}' is not a valid URL: write e.g. https://api.example.org/health")]
    Syntax(String),
    #[error("'{0}' no usa http ni https: los health checks se piden por HTTP | '{0}' is neither http nor https: health checks are fetched over HTTP")]
    Scheme(String),
    #[error("'{0}' no tiene host | '{0}' has no host")]
    NoHost(String),
}

impl UrlError {
    /// The message in each language (the `Display` carries both, for serde's one string).
    pub fn localized(&self) -> Localized {
        let text = self.to_string();
        let (es, en) = text.split_once(" | ").unwrap_or((&text, &text));
        Localized::new(es, en)
    }
}

impl EndpointUrl {
    pub fn parse(url: &str) -> Result<Self, UrlError> {
        let uri = Uri::parse(url.trim()).map_err(|_| UrlError::Syntax(url.to_string()))?;
        let https = match uri.scheme().as_str().to_ascii_lowercase().as_str() {
            "https" => true,
            "http" => false,
            _ => return Err(UrlError::Scheme(url.to_string())),
        };
        let authority = uri
            .authority()
            .ok_or_else(|| UrlError::NoHost(url.into()))?;
        let host = authority.host().to_ascii_lowercase();
        if host.is_empty() {
            return Err(UrlError::NoHost(url.to_string()));
        }
        let port = authority
            .port_to_u16()
            .map_err(|_| UrlError::Syntax(url.into()))?;
        let default = if https { 443 } else { 80 };
        Ok(EndpointUrl {
            https,
            space: space_of(authority.host_parsed(), &host),
            port: port.filter(|p| *p != default),
            host,
        })
    }

    /// `https://api.example.org` or `http://localhost:5001`: the CSP `connect-src` source.
    pub fn origin(&self) -> String {
        let scheme = if self.https { "https" } else { "http" };
        match self.port {
            Some(port) => format!("{scheme}://{}:{port}", self.host),
            None => format!("{scheme}://{}", self.host),
        }
    }
}

/// The CSP `connect-src` origin of an endpoint URL.
pub fn connect_src_origin(url: &str) -> Result<String, UrlError> {
    EndpointUrl::parse(url).map(|u| u.origin())
}

fn space_of(host: Host<'_>, text: &str) -> AddressSpace {
    match host {
        Host::Ipv4(ip) => ip_space(IpAddr::V4(ip)),
        Host::Ipv6(ip) => ip_space(IpAddr::V6(ip)),
        _ if text == "localhost" || text.ends_with(".localhost") => AddressSpace::Loopback,
        _ if text.ends_with(".local") => AddressSpace::Local,
        _ => AddressSpace::Public,
    }
}

/// RFC 1918, link-local and unique-local are local; 127/8, ::1 and 0.0.0.0 loopback.
pub fn ip_space(ip: IpAddr) -> AddressSpace {
    match ip {
        IpAddr::V4(v4) => v4_space(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4_space(v4),
            None => v6_space(v6),
        },
    }
}

fn v4_space(ip: Ipv4Addr) -> AddressSpace {
    if ip.is_loopback() || ip.is_unspecified() {
        AddressSpace::Loopback
    } else if ip.is_private() || ip.is_link_local() {
        AddressSpace::Local
    } else {
        AddressSpace::Public
    }
}

fn v6_space(ip: Ipv6Addr) -> AddressSpace {
    let first = ip.segments()[0];
    if ip.is_loopback() || ip.is_unspecified() {
        AddressSpace::Loopback
    } else if first & 0xfe00 == 0xfc00 || first & 0xffc0 == 0xfe80 {
        AddressSpace::Local
    } else {
        AddressSpace::Public
    }
}
