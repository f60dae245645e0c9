//! Whether a secret-looking value is an obvious placeholder (ENV-RULES §7.4). Placeholder
//! words count only as the whole value or as whole segments of it (split at anything that
//! is not a letter or digit), so `Kq8vTu_z91mLx` or `Sup3rPassword2026` are not excused by
//! the `tu_` or `password` inside them.

use regex::Regex;
use std::sync::LazyLock;

/// Any match makes the value a placeholder.
static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // The whole value is a token or a mask: `<REQUERIDO>`, `****`, `•••`, `<redacted>`.
        r"(?i)^(?:<[^<>]+>|\*{3,}|•+|<?(?:redacted|hidden|secret)>?)$",
        // A possessive prompt: `tu-password`, `your-api-key`, `my_token`.
        r"(?i)^(?:your|tu|tus|mi|my)[-_ ]",
        // Templating or an elided value: `${DB_PASS}`, `{{ pass }}`, `ab...yz`, `ab***yz`.
        r"\$\{|\{\{|\.\.\.|\*{3,}|•{3,}",
        // AWS's documented keys end in EXAMPLE: `AKIAIOSFODNN7EXAMPLE`.
        r"EXAMPLE$",
        // A placeholder word as a whole segment, optionally followed by digits.
        r"(?i)(?:^|[^\p{L}\p{N}])(?:change[-_ ]?me|replace[-_ ]?me|todo|fixme|placeholder|dummy|example|sample|fake|redacted|requerido|required|password|contraseña|pass|x{3,})\d*(?:$|[^\p{L}\p{N}])",
        // A trailing prompt: `secure_password_here`, `tu-secret-key-segura-aqui`.
        r"(?i)[-_ ](?:here|aqu[ií])$",
        // `production-google-api-key`.
        r"(?i)^(?:dev|test|staging|production)-[a-z-]+-(?:key|token|sid|secret)$",
    ]
    .into_iter()
    .map(|re| Regex::new(re).expect("valid pattern"))
    .collect()
});

pub fn is_placeholder(value: &str) -> bool {
    PATTERNS.iter().any(|re| re.is_match(value))
}

#[cfg(test)]
mod tests {
    use super::is_placeholder;

    #[test]
    fn placeholders() {
        for v in [
            "<REQUERIDO>",
            "<NÚMERO_ADMIN>",
            "changeme",
            "changeme123",
            "change-me",
            "xxx",
            "sk-xxxxxxxxxxxxxxxxxxxx",
            "tu-password",
            "tu_secret_opcional",
            "your-api-key",
            "YOUR_TOKEN",
            "password",
            "my-password",
            "dummy",
            "fake-token-1",
            "example",
            "secure_password_here",
            "tu-secret-key-segura-aqui",
            "production-google-api-key",
            "AKIAIOSFODNN7EXAMPLE",
            "****",
            "${DB_PASSWORD}",
            "pass123",
        ] {
            assert!(is_placeholder(v), "{v} should be a placeholder");
        }
    }

    #[test]
    fn real_values_containing_placeholder_words() {
        for v in [
            "Kq8vTu_z91mLx",
            "Sup3rPassword2026",
            "mYour-9fj2Lq",
            "Xexample77Q",
            "FakeRoot!93kd",
            "nodummy_Z8q",
            "S3cr3tPa55",
        ] {
            assert!(!is_placeholder(v), "{v} is not a placeholder");
        }
    }
}
