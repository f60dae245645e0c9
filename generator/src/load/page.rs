//! Page files: `content/<system>/<key>.<lang>.md`, `content/<system>/index.<lang>.md`,
//! `content/index.<lang>.md`, and their front matter.

use crate::diagnostic::Diagnostic;
use crate::tr;
use guardia_core::Lang;
use serde::Deserialize;
use std::path::Path;

/// Front matter of a guide page (DESIGN.md, "Pages").
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageMeta {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub weight: Option<i64>,
    #[serde(default)]
    pub slug: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
}

/// `<key>.<lang>.md` split into key and language, if the name has that shape.
pub fn key_and_lang(file_name: &str, languages: &[Lang]) -> Option<(String, Lang)> {
    let stem = file_name.strip_suffix(".md")?;
    let (key, code) = stem.rsplit_once('.')?;
    let lang: Lang = code.parse().ok()?;
    (languages.contains(&lang) && is_valid_key(key)).then(|| (key.to_string(), lang))
}

/// Keys and slugs become URL segments: lowercase letters, digits, `-` and `_`.
pub fn is_valid_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

pub fn bad_name(file: &Path) -> Diagnostic {
    Diagnostic::error(
        "file-name",
        file,
        tr!(
            "nombre de página no válido: se espera <clave>.<idioma>.md",
            "bad page name: expected <key>.<lang>.md"
        ),
    )
    .hint(tr!(
        "usa minúsculas, cifras y guiones y un idioma del portal, p. ej. despliegue.es.md",
        "use lowercase letters, digits and dashes and a portal language, e.g. despliegue.es.md"
    ))
}

pub fn bad_slug(file: &Path, slug: &str, line: u32) -> Diagnostic {
    Diagnostic::error(
        "slug",
        file,
        tr!(
            "`slug` '{slug}' no es un segmento de URL válido",
            "`slug` '{slug}' is not a valid URL segment"
        ),
    )
    .at(line, 1)
    .hint(tr!(
        "usa minúsculas, cifras y guiones, p. ej. `slug: deployment`",
        "use lowercase letters, digits and dashes, e.g. `slug: deployment`"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let langs = [Lang::Es, Lang::En];
        assert_eq!(
            key_and_lang("despliegue.es.md", &langs),
            Some(("despliegue".into(), Lang::Es))
        );
        assert_eq!(key_and_lang("despliegue.md", &langs), None);
        assert_eq!(key_and_lang("Despliegue.es.md", &langs), None);
        assert_eq!(key_and_lang("x.fr.md", &langs), None);
    }
}
