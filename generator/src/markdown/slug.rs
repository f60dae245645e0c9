//! Heading ids as GitHub makes them (github-slugger), so `#anchor` links written for the
//! Git host's file view work on the portal too.

use std::collections::HashMap;

/// The id of one heading text: lowercase, letters (accented ones too), digits, `-` and
/// `_` kept, each space turned into `-`, everything else (punctuation, emoji) dropped.
pub fn slugify(text: &str) -> String {
    text.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// Gives repeated headings `-1`, `-2`… like GitHub, per page.
#[derive(Default)]
pub struct Slugger {
    seen: HashMap<String, u32>,
}

impl Slugger {
    pub fn slug(&mut self, text: &str) -> String {
        let base = match slugify(text) {
            s if s.is_empty() => "section".to_string(),
            s => s,
        };
        let mut slug = base.clone();
        while self.seen.contains_key(&slug) {
            let n = self.seen.entry(base.clone()).or_insert(0);
            *n += 1;
            slug = format!("{base}-{n}");
        }
        self.seen.insert(slug.clone(), 0);
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_examples_with_spanish_accents() {
        let cases = [
            ("Configuración de Producción", "configuración-de-producción"),
            ("1.2 Stack Tecnológico", "12-stack-tecnológico"),
            ("¿Qué hacer si falla?", "qué-hacer-si-falla"),
            (
                "Paso 2: Reiniciar el servicio",
                "paso-2-reiniciar-el-servicio",
            ),
            ("API REST (v2) & Workers", "api-rest-v2--workers"),
            ("snake_case y kebab-case", "snake_case-y-kebab-case"),
            ("Año Niño ÜBER", "año-niño-über"),
            ("🚀 Despliegue", "-despliegue"),
        ];
        for (text, id) in cases {
            assert_eq!(slugify(text), id, "{text}");
        }
    }

    #[test]
    fn repeats_are_numbered_like_github() {
        let mut s = Slugger::default();
        let ids: Vec<String> = ["Paso", "Paso", "Paso-1", "Paso"]
            .iter()
            .map(|t| s.slug(t))
            .collect();
        assert_eq!(ids, ["paso", "paso-1", "paso-1-1", "paso-2"]);
    }

    #[test]
    fn a_heading_without_letters_still_gets_an_id() {
        let mut s = Slugger::default();
        assert_eq!(s.slug("!!!"), "section");
        assert_eq!(s.slug("???"), "section-1");
    }
}
