//! The sentences that explain a verdict, in Spanish and English, and the running
//! judgement (status + reason) the interpreter's steps refine.

use super::observation::TransportFailure;
use super::verdict::Status;
use crate::Localized;

/// A status and the sentence that explains it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Judgement {
    pub status: Status,
    pub reason: Localized,
}

impl Judgement {
    pub fn new(status: Status, es: impl Into<String>, en: impl Into<String>) -> Self {
        Judgement {
            status,
            reason: Localized::new(es, en),
        }
    }

    /// Takes the worse status and appends the other's sentence.
    pub fn worsen(self, other: Judgement) -> Judgement {
        Judgement {
            status: self.status.worst(other.status),
            reason: join(&self.reason, &other.reason),
        }
    }

    /// Appends a note without changing the status.
    pub fn note(mut self, es: &str, en: &str) -> Judgement {
        self.reason = join(&self.reason, &Localized::new(es, en));
        self
    }
}

fn join(a: &Localized, b: &Localized) -> Localized {
    let glue = |x: &str, y: &str| match (x.is_empty(), y.is_empty()) {
        (true, _) => y.to_string(),
        (_, true) => x.to_string(),
        _ => format!("{x} {y}"),
    };
    Localized::new(glue(&a.es, &b.es), glue(&a.en, &b.en))
}

/// Why no answer arrived, and what to do about it (HEALTH-RULES.md §3).
pub fn unreachable(failure: TransportFailure, timeout_ms: u64) -> Judgement {
    use TransportFailure::*;
    let (es, en) = match failure {
        Timeout => (
            format!("Sin respuesta en {timeout_ms} ms (tiempo de espera agotado)."),
            format!("No answer within {timeout_ms} ms (timed out)."),
        ),
        MixedContent => (
            "El navegador bloquea esta URL http:// desde una página https:// (contenido mixto): publique el endpoint por https o compruébelo con `guardia health`.".into(),
            "The browser blocks this http:// URL from an https:// page (mixed content): serve the endpoint over https or check it with `guardia health`.".into(),
        ),
        Csp => (
            "La política de seguridad (CSP) del portal bloquea esta URL: es un fallo de la compilación; vuelva a generar el portal con `guardia build`.".into(),
            "The portal's Content-Security-Policy blocks this URL: a build bug; rebuild the portal with `guardia build`.".into(),
        ),
        Cors => (
            "El servidor respondió, pero CORS oculta su estado: permita el origen del portal en el endpoint de health, también en las respuestas de error.".into(),
            "The server answered, but CORS hides its status: allow the portal's origin on the health endpoint, on error responses too.".into(),
        ),
        Lna => (
            "El navegador pide acceso a la red local: permítalo para este sitio (o la política LocalNetworkAccessAllowedForUrls), o abra el portal desde la misma red. Safari puede bloquear http://localhost desde una página https: use `guardia serve` en local.".into(),
            "The browser asks for Local Network Access: allow it for this site (or the LocalNetworkAccessAllowedForUrls policy), or open the portal from the same network. Safari may block http://localhost from an https page: use `guardia serve` locally.".into(),
        ),
        Network => (
            "No se pudo conectar (DNS, conexión rechazada o certificado TLS no válido).".into(),
            "Could not connect (DNS, connection refused or invalid TLS certificate).".into(),
        ),
        Offline => (
            "Sin conexión: el navegador está fuera de línea.".into(),
            "No connection: the browser is offline.".into(),
        ),
    };
    Judgement::new(Status::Unreachable, es, en)
}
