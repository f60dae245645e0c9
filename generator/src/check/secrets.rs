//! Secrets committed in the docs: private keys, cloud access keys and tokens. Obvious
//! placeholders (`<REQUERIDO>`, `changeme`, `xxxx`, `your-…-key`, `EXAMPLE`) are fine.

use super::placeholder::is_placeholder;
use crate::diagnostic::Diagnostic;
use crate::source::line_col;
use crate::tr;
use regex::Regex;
use std::path::Path;
use std::sync::LazyLock;

/// (what, pattern); the whole match is the secret.
static RULES: LazyLock<Vec<(&str, Regex)>> = LazyLock::new(|| {
    [
        (
            "private key",
            r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----",
        ),
        ("AWS access key", r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
        (
            "GitHub token",
            r"\bgh[pousr]_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{60,}\b",
        ),
        ("Slack token", r"\bxox[abprs]-[A-Za-z0-9-]{10,}"),
        ("Google API key", r"\bAIza[0-9A-Za-z_\-]{35}\b"),
        ("Stripe key", r"\b[sr]k_live_[0-9A-Za-z]{16,}\b"),
        ("Anthropic/OpenAI key", r"\bsk-(?:ant-)?[A-Za-z0-9_\-]{32,}"),
        (
            "JSON Web Token",
            r"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}",
        ),
        (
            "password in a URL",
            r"[a-z][a-z0-9+.-]*://[^\s:/@]+:([^\s@/<>{}$]{6,})@",
        ),
    ]
    .into_iter()
    .map(|(name, re)| (name, Regex::new(re).expect("valid pattern")))
    .collect()
});

pub fn find(file: &Path, text: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (name, re) in RULES.iter() {
        for caps in re.captures_iter(text) {
            let whole = caps.get(0).expect("group 0");
            let secret = caps.get(1).unwrap_or(whole);
            if is_placeholder(secret.as_str()) {
                continue;
            }
            let (line, col) = line_col(text, secret.start());
            out.push(
                Diagnostic::error("secret", file, tr!("parece un secreto real ({name})", "looks like a real secret ({name})"))
                    .at(line, col)
                    .hint(tr!(
                        "quítalo, rótalo (ya está en el historial de Git) y escribe un marcador como <REQUERIDO>",
                        "remove it, rotate it (it is in the Git history already) and write a placeholder such as <REQUIRED>"
                    )),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<String> {
        find(Path::new("p.md"), text)
            .iter()
            .map(|d| d.location())
            .collect()
    }

    #[test]
    fn finds_real_looking_secrets() {
        assert_eq!(codes("x\n-----BEGIN RSA PRIVATE KEY-----\n"), ["p.md:2:1"]);
        assert_eq!(codes("key: AKIAZ7QW3RT5YU8IOP2M"), ["p.md:1:6"]);
        assert_eq!(
            codes("DATABASE_URL=postgres://app:S3cr3tPa55@db:5432/x"),
            ["p.md:1:29"]
        );
        assert_eq!(
            codes("token ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"),
            ["p.md:1:7"]
        );
    }

    #[test]
    fn placeholders_are_fine() {
        assert!(codes("AKIAIOSFODNN7EXAMPLE").is_empty());
        assert!(codes("postgres://app:<REQUERIDO>@db/x").is_empty());
        assert!(codes("postgres://app:changeme123@db/x").is_empty());
        assert!(codes("amqp://guest:${RABBIT_PASS}@mq").is_empty());
        assert!(codes("sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx").is_empty());
        assert!(codes("postgres://app:tu-password@db/x").is_empty());
        assert!(codes("postgres://app:your-db-password@db/x").is_empty());
    }

    #[test]
    fn placeholder_words_inside_a_real_password_do_not_excuse_it() {
        assert_eq!(codes("postgres://app:Kq8vTu_z91mLx@db"), ["p.md:1:16"]);
        assert_eq!(codes("postgres://app:Sup3rPassword2026@db"), ["p.md:1:16"]);
    }
}
