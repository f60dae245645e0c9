//! The portal's two languages, and text written in both.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language the portal is written in. Spanish is the default (the seeds are Spanish).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Es,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Es, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Es => "es",
            Lang::En => "en",
        }
    }

    /// The other language, for switchers and fallbacks.
    pub fn other(self) -> Lang {
        match self {
            Lang::Es => Lang::En,
            Lang::En => Lang::Es,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown language '{0}': use es or en")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "es" => Ok(Lang::Es),
            "en" => Ok(Lang::En),
            other => Err(UnknownLang(other.to_string())),
        }
    }
}

/// Text in both languages, as written in YAML: `{ es: "...", en: "..." }`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub es: String,
    pub en: String,
}

impl Localized {
    pub fn new(es: impl Into<String>, en: impl Into<String>) -> Self {
        Localized {
            es: es.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Es => &self.es,
            Lang::En => &self.en,
        }
    }
}

/// Human text that may be the same in both languages (`"DevOps on-call"`, a product
/// name) or translated (`{ es: "...", en: "..." }`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Text {
    Same(String),
    Both(Localized),
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Same(text) => text,
            Text::Both(both) => both.get(lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_codes() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
        }
        assert!("fr".parse::<Lang>().is_err());
        assert_eq!(Lang::Es.other(), Lang::En);
    }

    #[test]
    fn localized_reads_yaml_shape() {
        let t: Localized = serde_json::from_str(r#"{"es":"Hola","en":"Hello"}"#).unwrap();
        assert_eq!(t.get(Lang::En), "Hello");
        assert!(serde_json::from_str::<Localized>(r#"{"es":"x","en":"y","fr":"z"}"#).is_err());
    }

    #[test]
    fn text_is_plain_or_translated() {
        let same: Text = serde_json::from_str(r#""Slack #ops""#).unwrap();
        let both: Text = serde_json::from_str(r#"{"es":"Guardia","en":"On-call"}"#).unwrap();
        assert_eq!(same.get(Lang::En), "Slack #ops");
        assert_eq!(both.get(Lang::Es), "Guardia");
    }
}
