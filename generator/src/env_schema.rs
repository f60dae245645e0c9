//! Loading a system's `env.yaml`: its shape through serde (errors with line:col), then
//! the schema's own rules (`guardia_core::env::schema::self_check`), each issue placed at
//! the YAML position its path points to.

use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::yaml_path::{Step, Tree};
use guardia_core::env::schema::{self_check, EnvSchema, PathSeg};
use std::path::Path;

/// Reads and checks `file` against the portal's `environments`.
pub fn load(file: &Path, environments: &[String]) -> Result<EnvSchema, Vec<Diagnostic>> {
    let text = crate::source::read_text(file).map_err(|d| vec![d])?;
    let schema: EnvSchema = crate::yaml::parse(file, &text, 1).map_err(|d| vec![d])?;
    let issues = self_check(&schema, environments);
    if issues.is_empty() {
        return Ok(schema);
    }
    let tree = Tree::parse(&text);
    Err(issues
        .into_iter()
        .map(|issue| {
            let d = Diagnostic::error(
                "env-schema",
                file,
                msg::pick(issue.message.es, issue.message.en),
            )
            .hint(msg::pick(
                "corrige env.yaml (ENV-RULES.md §7)",
                "fix env.yaml (ENV-RULES.md §7)",
            ));
            match tree.position(&steps(&issue.path)) {
                Some((line, col)) => d.at(line, col),
                None => d,
            }
        })
        .collect())
}

fn steps(path: &[PathSeg]) -> Vec<Step> {
    path.iter()
        .map(|seg| match seg {
            PathSeg::Key(k) => Step::Key(k.clone()),
            PathSeg::Index(i) => Step::Index(*i),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn envs() -> Vec<String> {
        ["development", "staging", "production"]
            .map(String::from)
            .to_vec()
    }

    fn write(text: &str) -> tempfile::NamedTempFile {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), text).unwrap();
        file
    }

    #[test]
    fn reads_the_documented_shape() {
        let file = write("consumer: dotnet\ngroups:\n  - id: db\n    title: { es: \"Base\", en: \"Db\" }\n    vars:\n      - name: DB_PASSWORD\n        type: secret\n        required: [staging, production]\n        min_length: 16\n        env:\n          development: { required: false, min_length: 4 }\n      - name: Smtp__Port\n        type: port\n        default: 587\n");
        let schema = load(file.path(), &envs()).unwrap();
        assert_eq!(schema.vars().count(), 2);
    }

    #[test]
    fn self_check_issues_point_into_the_yaml() {
        let file = write("groups:\n  - id: db\n    title: { es: \"Base\", en: \"Db\" }\n    vars:\n      - name: Smtp__Port\n        type: port\n        default: 70000\n      - name: DEBUG\n        type: bool\n        forbidden_in: [prod]\n");
        let errs = load(file.path(), &envs()).unwrap_err();
        let at: Vec<String> = errs.iter().map(|d| d.location()).collect();
        let name = file.path().display();
        assert!(at.contains(&format!("{name}:7:18")), "{at:?} {errs:?}");
        assert!(
            at.iter().any(|a| a.starts_with(&format!("{name}:10:"))),
            "{at:?}"
        );
    }

    #[test]
    fn the_real_content_schemas_load() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        for entry in std::fs::read_dir(&root).into_iter().flatten().flatten() {
            let file = entry.path().join("env.yaml");
            if file.is_file() {
                let envs = crate::config::PortalConfig::load(&root)
                    .map(|c| c.environments)
                    .unwrap_or_else(|_| envs());
                if let Err(errs) = load(&file, &envs) {
                    panic!(
                        "{}: {}",
                        file.display(),
                        errs.iter()
                            .map(|d| d.to_string())
                            .collect::<Vec<_>>()
                            .join("\n")
                    );
                }
            }
        }
    }
}
