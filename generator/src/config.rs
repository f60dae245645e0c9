//! The site configuration, `content/portal.yaml`.

use crate::diagnostic::Diagnostic;
use crate::yaml;
use guardia_core::{Lang, Localized};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// `content/portal.yaml`: title, base URL, languages (the first is the default) and the
/// deployment environments every `health:` map and `required:` list may name.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortalConfig {
    pub title: Localized,
    pub base_url: String,
    pub languages: Vec<Lang>,
    pub environments: Vec<String>,
}

impl PortalConfig {
    pub fn path(content: &Path) -> PathBuf {
        content.join("portal.yaml")
    }

    /// Reads and checks `portal.yaml` under `content`.
    pub fn load(content: &Path) -> Result<Self, Vec<Diagnostic>> {
        let file = Self::path(content);
        let text = std::fs::read_to_string(&file).map_err(|e| {
            vec![Diagnostic::error(
                "io",
                &file,
                format!("cannot read the site configuration: {e}"),
            )
            .hint("create content/portal.yaml (see DESIGN.md, \"Site config\")")]
        })?;
        let config: PortalConfig = yaml::parse(&file, &text, 1).map_err(|d| vec![d])?;
        let problems = config.problems(&file);
        if problems.is_empty() {
            Ok(config)
        } else {
            Err(problems)
        }
    }

    pub fn default_lang(&self) -> Lang {
        self.languages.first().copied().unwrap_or(Lang::Es)
    }

    fn problems(&self, file: &Path) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        if self.languages.is_empty() {
            out.push(
                Diagnostic::error("config", file, "`languages` is empty")
                    .hint("write `languages: [es, en]`"),
            );
        }
        if self.environments.is_empty() {
            out.push(
                Diagnostic::error("config", file, "`environments` is empty").hint(
                    "list the deployment environments, e.g. `[development, staging, production]`",
                ),
            );
        }
        if !(self.base_url.starts_with("https://") || self.base_url.starts_with("http://")) {
            out.push(
                Diagnostic::error(
                    "config",
                    file,
                    format!("`base_url` '{}' is not an http(s) URL", self.base_url),
                )
                .hint("write the public address, e.g. `https://ops.example.org/`"),
            );
        }
        out
    }
}
