//! Placeholders and masks left in a value (ENV-RULES.md §7.4), without a regex engine.

const WORDS: &[&str] = &[
    "changeme",
    "change-me",
    "change_me",
    "change me",
    "replaceme",
    "replace-me",
    "replace_me",
    "todo",
    "fixme",
    "placeholder",
    "dummy",
    "example",
    "sample",
    "xxx",
];
const HOSTS: &[&str] = &[
    "example.com",
    "example.org",
    "example.net",
    "tudominio.com",
    "tu-api.com",
    "your/webhook/url",
];
const POSSESSIVES: &[&str] = &["your", "tu", "tus", "mi", "my"];

/// What kind of stand-in a value is, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StandIn {
    Placeholder,
    Mask,
}

pub fn classify(value: &str, extra: &[String]) -> Option<StandIn> {
    let v = value.trim();
    let lower = v.to_lowercase();
    if is_mask(v, &lower) {
        return Some(StandIn::Mask);
    }
    let angle = v.len() > 2
        && v.starts_with('<')
        && v.ends_with('>')
        && !v[1..v.len() - 1].contains(['<', '>']);
    let word = WORDS.iter().chain(HOSTS).any(|w| lower.contains(w));
    let tail = lower.ends_with("_here") || lower.ends_with("aqui") || lower.ends_with("aquí");
    let extra = extra
        .iter()
        .any(|p| !p.is_empty() && lower.contains(&p.to_lowercase()));
    (angle || word || tail || extra || possessive(&lower) || env_word(&lower))
        .then_some(StandIn::Placeholder)
}

fn is_mask(v: &str, lower: &str) -> bool {
    let stars = v.len() >= 3 && v.chars().all(|c| c == '*');
    let dots = !v.is_empty() && v.chars().all(|c| c == '•');
    let word = lower
        .trim_start_matches(['<', '['])
        .trim_end_matches(['>', ']']);
    stars || dots || matches!(word, "redacted" | "hidden" | "secret")
}

/// `tu-password`, `your_api_key`, `mi clave`.
fn possessive(lower: &str) -> bool {
    POSSESSIVES.iter().any(|p| {
        lower
            .strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(['-', '_', ' ']))
    })
}

/// `production-google-api-key`: `(dev|test|staging|production)-[a-z-]+-(key|token|sid|secret)`.
fn env_word(lower: &str) -> bool {
    let Some((head, rest)) = lower.split_once('-') else {
        return false;
    };
    let Some((middle, tail)) = rest.rsplit_once('-') else {
        return false;
    };
    matches!(head, "dev" | "test" | "staging" | "production")
        && matches!(tail, "key" | "token" | "sid" | "secret")
        && !middle.is_empty()
        && middle.chars().all(|c| c.is_ascii_lowercase() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_the_seed_placeholders() {
        for p in [
            "<REQUERIDO>",
            "tu-password",
            "your-google-api-key",
            "secure_password_here",
            "tu-secret-key-segura-aqui",
            "production-google-api-key",
            "changeme",
            "XXXX",
            "https://hooks.slack.com/services/YOUR/WEBHOOK/URL",
            "admin@tudominio.com",
        ] {
            assert_eq!(classify(p, &[]), Some(StandIn::Placeholder), "{p}");
        }
        for m in ["****", "••••••", "<redacted>", "[hidden]", "SECRET"] {
            assert_eq!(classify(m, &[]), Some(StandIn::Mask), "{m}");
        }
        for real in [
            "Production",
            "smtp.gmail.com",
            "h7Gq2pXv9LmT4sWz",
            "587",
            "tutorial",
        ] {
            assert_eq!(classify(real, &[]), None, "{real}");
        }
        assert_eq!(
            classify("pon-aqui-el-valor-REEMPLAZAR", &["reemplazar".into()]),
            Some(StandIn::Placeholder)
        );
    }
}
