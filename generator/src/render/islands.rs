//! Islands (HACKING.md): static markup from `templates/islands/<name>.html` with the
//! data the wasm needs inlined as JSON from `guardia_core::islands` types.

use super::context::{script_json, Shared};
use crate::model::Site;
use guardia_core::islands::{EnvIsland, HealthIsland};
use guardia_core::Lang;
use tera::Context;

/// The health island of `system` (`mode`: `page` on the status page, `summary` on home).
pub fn health(ctx: &Shared, system: usize, lang: Lang, mode: &str) -> Option<String> {
    let spec = ctx.site.systems[system].spec.as_ref()?;
    if spec.services.is_empty() {
        return None;
    }
    let envs = ctx.site.config.environments.clone();
    let default = default_environment(ctx.site, system);
    let services = spec.services.iter().map(|s| s.value.clone()).collect();
    let island =
        HealthIsland::new(ctx.site.systems[system].id.clone(), envs, default, services).ok()?;
    render(
        ctx,
        "islands/health.html",
        system,
        lang,
        mode,
        &script_json(&island),
    )
}

/// The env validator of `system`, if it has a schema.
pub fn env(ctx: &Shared, system: usize, lang: Lang) -> Option<String> {
    let s = &ctx.site.systems[system];
    let island = EnvIsland {
        system: s.id.clone(),
        environments: ctx.site.config.environments.clone(),
        schema: s.env.clone()?,
    };
    render(
        ctx,
        "islands/env-validator.html",
        system,
        lang,
        "page",
        &script_json(&island),
    )
}

fn render(
    ctx: &Shared,
    template: &str,
    system: usize,
    lang: Lang,
    mode: &str,
    json: &str,
) -> Option<String> {
    if !ctx.theme.tera.get_template_names().any(|n| n == template) {
        return None;
    }
    let mut t = Context::new();
    t.insert("system", &ctx.site.systems[system].id);
    t.insert("lang", &lang);
    t.insert("environments", &ctx.site.config.environments);
    t.insert("island_json", json);
    t.insert("mode", mode);
    t.insert("t", ctx.strings(lang));
    ctx.theme.tera.render(template, &t).ok()
}

/// The environment a status page shows first: production if the system declares it.
fn default_environment(site: &Site, system: usize) -> String {
    let envs = &site.config.environments;
    let declared = |e: &String| {
        site.systems[system].spec.as_ref().is_some_and(|s| {
            s.services
                .iter()
                .any(|svc| svc.value.health.contains_key(e))
        })
    };
    envs.iter()
        .rev()
        .find(|e| declared(e))
        .or_else(|| envs.first())
        .cloned()
        .unwrap_or_default()
}

/// `scheme://host[:port]` of every health URL of `system`, sorted, for `connect-src`.
pub fn origins(site: &Site, system: usize) -> Vec<String> {
    let mut out: Vec<String> = site.systems[system]
        .spec
        .iter()
        .flat_map(|s| s.services.iter())
        .flat_map(|svc| svc.value.health.values())
        .filter_map(|e| origin(e.url()))
        .collect();
    out.sort();
    out.dedup();
    out
}

pub fn all_origins(site: &Site) -> Vec<String> {
    let mut out: Vec<String> = (0..site.systems.len())
        .flat_map(|i| origins(site, i))
        .collect();
    out.sort();
    out.dedup();
    out
}

fn origin(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next()?;
    let ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c));
    ok.then(|| format!("{scheme}://{host}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn origins_of_urls() {
        assert_eq!(
            super::origin("https://api.x.org/health"),
            Some("https://api.x.org".into())
        );
        assert_eq!(
            super::origin("http://localhost:5001/h?x=1"),
            Some("http://localhost:5001".into())
        );
        assert_eq!(super::origin("https://a b/"), None);
        assert_eq!(super::origin("ftp://x/"), None);
    }
}
