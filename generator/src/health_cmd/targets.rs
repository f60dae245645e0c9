//! Which endpoints to poll: `portal.yaml` for the environments, then each
//! `content/<system>/system.yaml` (read with the build's own `SystemFile`), keeping the
//! services that declare a URL for the chosen environment.

use crate::config::PortalConfig;
use crate::diagnostic::Diagnostic;
use crate::load::system::SystemFile;
use crate::tr;
use crate::yaml::{self, Spanned};
use guardia_core::health::{ComponentPolicy, EndpointUrl, Expect, Format, ServiceSpec};
use std::path::{Path, PathBuf};

/// One endpoint to poll, with the rules to read its answer.
#[derive(Clone, Debug)]
pub struct Target {
    pub system: String,
    pub service: String,
    pub name: String,
    pub url: String,
    pub expect: Expect,
    pub format: Format,
    pub components: Option<ComponentPolicy>,
}

/// Every endpoint declared for `env`, in system then service order.
pub fn collect(
    content: &Path,
    system: Option<&str>,
    env: &str,
) -> Result<Vec<Target>, Vec<Diagnostic>> {
    let config = PortalConfig::load(content)?;
    if !config.environments.iter().any(|e| e == env) {
        let known = config.environments.join(", ");
        let d = Diagnostic::error(
            "health-env",
            &PortalConfig::path(content),
            tr!(
                "el entorno '{env}' no está en `environments` de portal.yaml",
                "environment '{env}' is not in portal.yaml's `environments`"
            ),
        )
        .hint(tr!("use uno de: {known}", "use one of: {known}"));
        return Err(vec![d]);
    }
    let mut targets = Vec::new();
    let mut problems = Vec::new();
    for (id, file) in system_files(content, system)? {
        match read_system(&id, &file, env) {
            Ok(found) => targets.extend(found),
            Err(d) => problems.extend(d),
        }
    }
    if problems.is_empty() {
        Ok(targets)
    } else {
        Err(problems)
    }
}

/// `(id, content/<id>/system.yaml)` for every system directory, sorted, or just `only`.
fn system_files(
    content: &Path,
    only: Option<&str>,
) -> Result<Vec<(String, PathBuf)>, Vec<Diagnostic>> {
    if let Some(id) = only {
        let file = content.join(id).join("system.yaml");
        if file.is_file() {
            return Ok(vec![(id.to_string(), file)]);
        }
        let d = Diagnostic::error(
            "health-system",
            &file,
            tr!(
                "no existe el sistema '{id}' (falta este archivo)",
                "there is no system '{id}' (this file is missing)"
            ),
        )
        .hint(tr!(
            "use el nombre de una carpeta de {c} con system.yaml",
            "use the name of a directory of {c} holding system.yaml",
            c = content.display()
        ));
        return Err(vec![d]);
    }
    let entries = std::fs::read_dir(content).map_err(|e| {
        vec![Diagnostic::error(
            "io",
            content,
            tr!("no se puede leer: {e}", "cannot read: {e}"),
        )]
    })?;
    let mut found: Vec<(String, PathBuf)> = entries
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                e.path().join("system.yaml"),
            )
        })
        .filter(|(_, file)| file.is_file())
        .collect();
    found.sort();
    Ok(found)
}

fn read_system(id: &str, file: &Path, env: &str) -> Result<Vec<Target>, Vec<Diagnostic>> {
    let text = std::fs::read_to_string(file).map_err(|e| {
        let message = tr!("no se puede leer: {e}", "cannot read: {e}");
        vec![Diagnostic::error("io", file, message)]
    })?;
    let system: SystemFile = yaml::parse(file, &text, 1).map_err(|d| vec![d])?;
    let (found, problems): (Vec<_>, Vec<_>) = system
        .services
        .iter()
        .filter_map(|s| target(id, file, s, env))
        .partition(Result::is_ok);
    if problems.is_empty() {
        Ok(found.into_iter().flatten().collect())
    } else {
        Err(problems.into_iter().filter_map(Result::err).collect())
    }
}

/// The service's endpoint for `env`, if it declares one; a URL that does not parse is an
/// error at the service's position.
fn target(
    id: &str,
    file: &Path,
    spanned: &Spanned<ServiceSpec>,
    env: &str,
) -> Option<Result<Target, Diagnostic>> {
    let s = &spanned.value;
    let endpoint = s.health.get(env)?;
    if let Err(e) = EndpointUrl::parse(endpoint.url()) {
        let pos = &spanned.referenced;
        let hint = tr!(
            "corrija la URL de '{s}' en {env}",
            "fix the URL of '{s}' in {env}",
            s = s.id
        );
        let d = Diagnostic::error("health-url", file, e.localized().get(crate::msg::lang()));
        return Some(Err(d.at(pos.line() as u32, pos.column() as u32).hint(hint)));
    }
    Some(Ok(Target {
        system: id.to_string(),
        service: s.id.clone(),
        name: s.name.clone(),
        url: endpoint.url().to_string(),
        expect: endpoint.expect(&s.expect).clone(),
        format: s.format,
        components: s.components.clone(),
    }))
}
