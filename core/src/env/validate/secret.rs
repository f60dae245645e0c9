//! Secret strength, deterministically (ENV-RULES.md §7.3): common values, length,
//! encoding, estimated entropy, test keys and key sizes.

use super::super::code::Code;
use super::super::finding::Severity;
use super::super::schema::{Encoding, Purpose, Rules};
use super::problem::{Problem, Stage};
use base64::Engine;

/// Vendor defaults and the most common passwords; compared case-insensitively.
const COMMON: &[&str] = &[
    "password",
    "passw0rd",
    "p@ssw0rd",
    "admin",
    "administrator",
    "root",
    "toor",
    "guest",
    "secret",
    "changeme",
    "postgres",
    "mysql",
    "sa",
    "default",
    "letmein",
    "welcome",
    "qwerty",
    "qwerty123",
    "abc123",
    "123456",
    "1234567",
    "12345678",
    "123456789",
    "1234567890",
    "111111",
    "000000",
    "iloveyou",
    "monkey",
    "dragon",
    "master",
    "test",
    "test123",
    "demo",
    "user",
    "rabbitmq",
    "redis",
    "mongo",
    "oracle",
    "pass",
    "pass123",
    "password1",
    "password123",
    "admin123",
    "contraseña",
    "clave",
    "secreto",
    "12345",
    "superuser",
    "supersecret",
    "mysecret",
    "secretkey",
    "secret_key",
    "jwtsecret",
];

pub fn checks(v: &str, rules: &Rules, key: &str, stage: Stage) -> Vec<Problem> {
    let mut out = Vec::new();
    let lower = v.to_lowercase();
    let forbid = rules.forbid.iter().flatten().map(|f| f.to_lowercase());
    if COMMON.contains(&lower.as_str())
        || forbid.clone().any(|f| f == lower)
        || lower == key.to_lowercase()
    {
        out.push(
            Problem::error(
                Code::SecCommon,
                "Valor conocido o por defecto (lista de contraseñas comunes, o el propio nombre).",
                "A known or default value (common password list, or the key's own name).",
            )
            .fix(
                "Genera uno aleatorio, p. ej. `openssl rand -base64 32`.",
                "Generate a random one, e.g. `openssl rand -base64 32`.",
            ),
        );
        return out;
    }
    out.extend(super::shapes::length(v, rules, Code::SecShort).map(|p| {
        p.fix(
            "Genera uno más largo, p. ej. `openssl rand -base64 32`.",
            "Generate a longer one, e.g. `openssl rand -base64 32`.",
        )
    }));
    out.extend(test_key(v, rules, stage));
    let bytes = match decoded_len(v, rules.encoding.unwrap_or_default()) {
        Ok(n) => n,
        Err(p) => {
            out.push(p);
            return out;
        }
    };
    if let Some(min) = rules.decoded_min_bytes.filter(|&m| (bytes as u32) < m) {
        out.push(Problem::error(
            Code::SecEncoding,
            format!("Decodifica a {bytes} bytes; se necesitan {min}."),
            format!("Decodes to {bytes} bytes; {min} required."),
        ));
    }
    if rules.purpose.is_some() && bytes < 32 {
        let what = match rules.purpose {
            Some(Purpose::JwtHs256) => "HS256 (RFC 7518 §3.2)",
            _ => "AES-256",
        };
        out.push(
            Problem::error(
                Code::SecJwtKeySize,
                format!("Clave de {} bits; {what} necesita al menos 256.", bytes * 8),
                format!("{}-bit key; {what} needs at least 256.", bytes * 8),
            )
            .fix(
                "Genera 32 bytes aleatorios: `openssl rand -base64 32`.",
                "Generate 32 random bytes: `openssl rand -base64 32`.",
            ),
        );
    }
    out.extend(entropy_problem(v, rules, bytes, stage));
    out
}

fn test_key(v: &str, rules: &Rules, stage: Stage) -> Option<Problem> {
    let defaults = ["sk_test_", "pk_test_", "rk_test_"];
    let listed = rules
        .forbid_prefixes
        .iter()
        .flatten()
        .any(|p| v.starts_with(p.as_str()));
    let test = stage == Stage::Production && defaults.iter().any(|p| v.starts_with(p));
    (listed || test).then(|| {
        Problem::error(
            Code::SecTestKey,
            "Credencial de pruebas o sandbox en este entorno.",
            "Test or sandbox credential in this environment.",
        )
        .with(stage.pick(Severity::Warning, Severity::Error))
    })
}

/// Bytes of key material: decoded size for encoded secrets, UTF-8 size otherwise.
fn decoded_len(v: &str, encoding: Encoding) -> Result<usize, Problem> {
    let bad = |name: &str| {
        Problem::error(
            Code::SecEncoding,
            format!("No se puede decodificar como {name}."),
            format!("Does not decode as {name}."),
        )
    };
    match encoding {
        Encoding::Any => Ok(v.len()),
        Encoding::Hex => (v.len().is_multiple_of(2) && v.bytes().all(|b| b.is_ascii_hexdigit()))
            .then_some(v.len() / 2)
            .ok_or_else(|| bad("hex")),
        Encoding::Base64 => base64::engine::general_purpose::STANDARD
            .decode(v)
            .map(|d| d.len())
            .map_err(|_| bad("base64")),
        Encoding::Base64url => base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(v.trim_end_matches('='))
            .map(|d| d.len())
            .map_err(|_| bad("base64url")),
    }
}

fn entropy_problem(v: &str, rules: &Rules, bytes: usize, stage: Stage) -> Option<Problem> {
    let min = rules.min_entropy_bits.filter(|&m| m > 0)?;
    let bits = match rules.encoding.unwrap_or_default() {
        Encoding::Any => entropy_bits(v),
        _ => bytes as f64 * 8.0,
    };
    ((bits as u32) < min).then(|| {
        Problem::error(
            Code::SecEntropy,
            format!("Parece adivinable (≈{} bits; se piden {min}).", bits as u32),
            format!("Looks guessable (≈{} bits; {min} required).", bits as u32),
        )
        .with(if stage == Stage::Production {
            Severity::Error
        } else {
            Severity::Warning
        })
        .fix(
            "Genera uno aleatorio: `openssl rand -base64 32`.",
            "Generate a random one: `openssl rand -base64 32`.",
        )
    })
}

/// length × log2(pool), halved for runs, sequences and repetitions; at most length × 8.
pub fn entropy_bits(v: &str) -> f64 {
    let chars: Vec<char> = v.chars().collect();
    let has = |f: fn(&char) -> bool| chars.iter().any(f);
    let pool = [
        (has(|c| c.is_ascii_lowercase()), 26.0),
        (has(|c| c.is_ascii_uppercase()), 26.0),
        (has(|c| c.is_ascii_digit()), 10.0),
        (has(|c| c.is_ascii_punctuation() || *c == ' '), 33.0),
        (has(|c| !c.is_ascii()), 100.0),
    ]
    .iter()
    .filter(|(present, _)| *present)
    .map(|(_, n)| n)
    .sum::<f64>();
    let n = chars.len() as f64;
    let raw = if pool > 0.0 { n * f64::log2(pool) } else { 0.0 };
    let weak = repeats(&chars) || sequence(&chars);
    (if weak { raw / 2.0 } else { raw }).min(n * 8.0)
}

/// The value is a repetition of a shorter unit (`aaaa`, `abcabc`).
fn repeats(c: &[char]) -> bool {
    (1..=c.len() / 2)
        .any(|unit| c.len().is_multiple_of(unit) && c.chunks(unit).all(|ch| ch == &c[..unit]))
}

/// Consecutive code points (`abcdef`, `123456`, `fedcba`).
fn sequence(c: &[char]) -> bool {
    c.len() >= 3
        && (c.windows(2).all(|w| w[1] as i64 - w[0] as i64 == 1)
            || c.windows(2).all(|w| w[0] as i64 - w[1] as i64 == 1))
}
