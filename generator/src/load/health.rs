//! The health declaration rules of `system.yaml`'s `services` (HEALTH-RULES.md §5, in
//! `guardia_core::health::check`), each issue placed at its line and column.

use super::system::SystemFile;
use crate::diagnostic::Diagnostic;
use crate::tr;
use guardia_core::health::ServiceSpec;
use std::path::Path;

/// Every issue of `spec.services`, with the position its YAML path points to.
pub fn health_problems(
    file: &Path,
    text: &str,
    spec: &SystemFile,
    environments: &[String],
    https: bool,
) -> Vec<Diagnostic> {
    use crate::yaml_path::{Step, Tree};
    use guardia_core::health::check::{check_services, PathStep};
    let services: Vec<ServiceSpec> = spec.services.iter().map(|s| s.value.clone()).collect();
    let issues = check_services(&services, environments, https);
    if issues.is_empty() {
        return Vec::new();
    }
    let tree = Tree::parse(text);
    issues
        .into_iter()
        .map(|issue| {
            let path: Vec<Step> = issue
                .path
                .iter()
                .map(|p| match p {
                    PathStep::Key(k) => Step::Key(k.clone()),
                    PathStep::Index(i) => Step::Index(*i),
                })
                .collect();
            let message = crate::msg::pick(issue.message.es, issue.message.en);
            let mut d = Diagnostic::error(issue.code, file, message);
            d.severity = issue.severity;
            let d = d.hint(tr!(
                "corrige `services` (HEALTH-RULES.md §5)",
                "fix `services` (HEALTH-RULES.md §5)"
            ));
            match tree.position(&path) {
                Some((line, col)) => d.at(line, col),
                None => d,
            }
        })
        .collect()
}
