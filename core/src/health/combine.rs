//! Step 5 of HEALTH-RULES.md §1.2: the HTTP code together with what the body said.

use super::body::Body;
use super::reason::Judgement;
use super::spec::StatusExpect;
use super::verdict::{Component, Status};
use super::words::Word;

/// What step 5 needs to know about the answer.
pub struct Reading<'a> {
    pub code: u16,
    pub expected: &'a StatusExpect,
    pub body: &'a Body,
    pub word: Option<&'a Word>,
    pub components: &'a [Component],
}

pub fn judge(r: &Reading) -> Judgement {
    match r.code {
        500..=599 => server_error(r),
        code if r.expected.contains(code) => expected(r),
        429 => Judgement::new(
            Status::Unknown,
            "HTTP 429: el servicio limita las peticiones; se reintentará más tarde.",
            "HTTP 429: rate-limited; will retry later.",
        ),
        401 | 403 => needs_auth(r.code),
        404 | 405 | 410 => not_found(r.code),
        400..=499 => client_error(r),
        _ => unexpected(r),
    }
}

fn needs_auth(code: u16) -> Judgement {
    Judgement::new(
        Status::Unknown,
        format!("HTTP {code}: el endpoint requiere autenticación; publique uno de health sin credenciales."),
        format!("HTTP {code}: the endpoint requires authentication; expose a health endpoint without credentials."),
    )
}

fn not_found(code: u16) -> Judgement {
    Judgement::new(
        Status::Unknown,
        format!(
            "HTTP {code}: no hay endpoint de health en esta URL; revise la URL en system.yaml."
        ),
        format!("HTTP {code}: no health endpoint at this URL; check the URL in system.yaml."),
    )
}

/// A 2xx outside an explicit set is down; 1xx/3xx say nothing about health.
fn unexpected(r: &Reading) -> Judgement {
    let (code, want) = (r.code, r.expected);
    if (200..=299).contains(&code) {
        return Judgement::new(
            Status::Down,
            format!("Se esperaba HTTP {want}, llegó {code}."),
            format!("Expected HTTP {want}, got {code}."),
        );
    }
    Judgement::new(
        Status::Unknown,
        format!("Código HTTP inesperado {code} (se esperaba {want})."),
        format!("Unexpected HTTP code {code} (expected {want})."),
    )
}

fn server_error(r: &Reading) -> Judgement {
    let code = r.code;
    let mut j = Judgement::new(
        Status::Down,
        format!("HTTP {code}: error del servidor."),
        format!("HTTP {code}: server error."),
    );
    if matches!(code, 502 | 504) {
        j = j.note(
            "La pasarela no pudo llegar al servicio.",
            "The gateway could not reach the service.",
        );
    }
    if r.word == Some(&Word::Ok) {
        j = j.note(
            "(El cuerpo dice que está bien, pero el código HTTP manda.)",
            "(The body says ok, but the HTTP code wins.)",
        );
    }
    j
}

fn client_error(r: &Reading) -> Judgement {
    let code = r.code;
    if r.word == Some(&Word::Down) {
        return Judgement::new(
            Status::Down,
            format!("HTTP {code} y el cuerpo indica fallo."),
            format!("HTTP {code} and the body reports failure."),
        );
    }
    Judgement::new(
        Status::Unknown,
        format!("HTTP {code}: la petición fue rechazada y el cuerpo no indica el estado."),
        format!("HTTP {code}: the request was refused and the body states no status."),
    )
}

/// The code is one of the expected ones: the body decides.
fn expected(r: &Reading) -> Judgement {
    let code = r.code;
    match (r.body, r.word) {
        (Body::Html, _) => Judgement::new(
            Status::Unknown,
            "Esta URL sirve una página web, no un health check; revise la URL.",
            "This URL serves a web page, not a health check; check the URL.",
        ),
        (Body::InvalidJson(err), _) => Judgement::new(
            Status::Unknown,
            format!("El cuerpo se declara JSON pero no lo es: {err}."),
            format!("The body is declared JSON but does not parse: {err}."),
        ),
        (_, Some(word)) => by_word(code, word),
        (_, None) if !r.components.is_empty() => from_components(r.components),
        _ => Judgement::new(
            Status::Ok,
            format!("HTTP {code}; el cuerpo no indica estado, se juzga por el código."),
            format!("HTTP {code}; the body states no status, judged by the HTTP code."),
        ),
    }
}

fn by_word(code: u16, word: &Word) -> Judgement {
    let (status, es, en) = match word {
        Word::Ok => (
            Status::Ok,
            format!("HTTP {code}; el servicio dice que está bien."),
            format!("HTTP {code}; the service reports healthy."),
        ),
        Word::Degraded => (
            Status::Degraded,
            format!("HTTP {code}; el servicio dice que está degradado."),
            format!("HTTP {code}; the service reports degraded."),
        ),
        Word::Down => (
            Status::Down,
            format!("Respondió {code} con un estado de fallo."),
            format!("Answered {code} with a failing status."),
        ),
        Word::Unknown => (
            Status::Unknown,
            "El servicio dice que su estado es desconocido.".into(),
            "The service says its status is unknown.".into(),
        ),
        Word::Unrecognised(w) => (
            Status::Unknown,
            format!("Estado no reconocido '{w}'."),
            format!("Unrecognised status '{w}'."),
        ),
    };
    Judgement::new(status, es, en)
}

fn from_components(components: &[Component]) -> Judgement {
    let worst = components.iter().map(|c| c.status).reduce(Status::worst);
    Judgement::new(
        worst.unwrap_or(Status::Ok),
        "Sin estado general; se juzga por sus componentes.",
        "No overall status; judged by its components.",
    )
}
