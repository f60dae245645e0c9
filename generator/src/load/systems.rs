//! The systems: each `content/<id>/system.yaml` and `env.yaml`, and the directories that
//! hold pages without a `system.yaml` (plain sections).

use super::system::SystemFile;
use super::{health, Found, Loaded, SystemSource};
use crate::diagnostic::Diagnostic;
use guardia_core::env::EnvSchema;
use std::path::Path;

impl Loaded {
    pub(super) fn load_system(&mut self, dir: &str, file: &Path, problems: &mut Vec<Diagnostic>) {
        let text = crate::source::read_text(file);
        let parsed = text
            .clone()
            .and_then(|text| crate::yaml::parse::<SystemFile>(file, &text, 1));
        let spec = match parsed {
            Ok(spec) => {
                problems.extend(spec.problems(file, dir));
                let https = self.config.base_url.starts_with("https://");
                let text = text.unwrap_or_default();
                problems.extend(health::health_problems(
                    file,
                    &text,
                    &spec,
                    &self.config.environments,
                    https,
                ));
                Some(spec)
            }
            Err(d) => {
                problems.push(d);
                None
            }
        };
        let env_file = self.inputs.content.join(dir).join("env.yaml");
        let env_file = env_file.is_file().then_some(env_file);
        let env = self.load_env(env_file.as_deref(), problems);
        self.systems.push(SystemSource {
            id: dir.to_string(),
            spec,
            env,
        });
    }

    /// `env.yaml`, checked against its own rules and the portal's environments.
    fn load_env(&self, file: Option<&Path>, problems: &mut Vec<Diagnostic>) -> Option<EnvSchema> {
        let file = file?;
        match crate::env_schema::load(file, &self.config.environments) {
            Ok(schema) => Some(schema),
            Err(mut p) => {
                problems.append(&mut p);
                None
            }
        }
    }

    /// A directory with pages but no `system.yaml` is still a system (a plain section).
    pub(super) fn add_system_dirs(&mut self, pages: &[Found]) {
        for f in pages {
            let Some(dir) = f
                .rel
                .parent()
                .and_then(|p| p.to_str())
                .filter(|d| !d.is_empty())
            else {
                continue;
            };
            if !self.systems.iter().any(|s| s.id == dir) {
                self.systems.push(SystemSource {
                    id: dir.to_string(),
                    spec: None,
                    env: None,
                });
            }
        }
        self.systems.sort_by(|a, b| a.id.cmp(&b.id));
    }
}
