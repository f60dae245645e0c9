//! The rows of the generated tables: SLA budgets, escalation, thresholds, env vars,
//! health URLs. Plain data for the templates; the arithmetic lives in `guardia_core`.

use crate::load::system::SystemFile;
use guardia_core::env::EnvSchema;
use guardia_core::sla::{Availability, Period};
use guardia_core::Lang;
use serde::Serialize;

#[derive(Serialize)]
pub struct SlaRow {
    service: String,
    availability: String,
    month: String,
    quarter: String,
    year: String,
    rto: String,
    rpo: String,
}

/// What a cell shows when the source gives no value for it.
const NONE: &str = "—";

pub fn sla(spec: &SystemFile, lang: Lang) -> Vec<SlaRow> {
    spec.sla
        .iter()
        .map(|row| sla_row(spec, row, lang))
        .collect()
}

fn sla_row(spec: &SystemFile, row: &crate::load::system::SlaRow, lang: Lang) -> SlaRow {
    let service = row.service.as_ref().map_or(NONE.to_string(), |id| {
        spec.services
            .iter()
            .find(|s| s.value.id == id.value)
            .map_or(id.value.clone(), |s| s.value.name.clone())
    });
    let a = row
        .availability
        .as_ref()
        .and_then(|a| Availability::new(a.value).ok());
    let budget = |p: Period| a.map_or(NONE.to_string(), |a| a.downtime_budget(p).to_string());
    SlaRow {
        service,
        availability: a.map_or(NONE.to_string(), |a| {
            format!("{} %", percent(a.percent(), lang))
        }),
        month: budget(Period::Month),
        quarter: budget(Period::Quarter),
        year: budget(Period::Year),
        rto: row.rto.to_string(),
        rpo: row.rpo.to_string(),
    }
}

/// `99.95` as Spanish writes it (`99,95`) or English (`99.95`).
fn percent(value: f64, lang: Lang) -> String {
    let text = format!("{value}");
    match lang {
        Lang::Es => text.replace('.', ","),
        Lang::En => text,
    }
}

#[derive(Serialize)]
pub struct Escalation {
    level: String,
    within: String,
    contact: String,
    channel: String,
}

pub fn escalation(spec: &SystemFile, lang: Lang) -> Vec<Escalation> {
    spec.escalation
        .iter()
        .map(|e| Escalation {
            level: e.level.clone(),
            within: e.within.map_or(NONE.to_string(), |d| d.to_string()),
            contact: e.contact.get(lang).to_string(),
            channel: e
                .channel
                .as_ref()
                .map_or(NONE.to_string(), |c| c.get(lang).to_string()),
        })
        .collect()
}

#[derive(Serialize)]
pub struct Threshold {
    metric: String,
    warning: String,
    critical: String,
    action: String,
}

pub fn thresholds(spec: &SystemFile, lang: Lang) -> Vec<Threshold> {
    spec.thresholds
        .iter()
        .map(|t| Threshold {
            metric: t.metric.get(lang).to_string(),
            warning: t.warning.clone(),
            critical: t.critical.clone(),
            action: t.action.get(lang).to_string(),
        })
        .collect()
}

#[derive(Serialize)]
pub struct StatusRow {
    id: String,
    name: String,
    /// One cell per portal environment, in `portal.yaml` order.
    urls: Vec<Option<String>>,
}

pub fn status(spec: &SystemFile, environments: &[String]) -> Vec<StatusRow> {
    spec.services
        .iter()
        .map(|s| StatusRow {
            id: s.value.id.clone(),
            name: s.value.name.clone(),
            urls: environments
                .iter()
                .map(|e| s.value.health.get(e).map(|x| x.url().to_string()))
                .collect(),
        })
        .collect()
}

#[derive(Serialize)]
pub struct EnvGroup {
    id: String,
    title: String,
    vars: Vec<EnvVar>,
}

#[derive(Serialize)]
pub struct EnvVar {
    name: String,
    kind: String,
    required: String,
    default: Option<String>,
    description: String,
}

/// `always` / `never` are the theme's words for a var required everywhere or nowhere.
pub fn env(schema: &EnvSchema, lang: Lang, always: &str, never: &str) -> Vec<EnvGroup> {
    schema
        .groups
        .iter()
        .map(|g| EnvGroup {
            id: g.id.clone(),
            title: g.title.get(lang).to_string(),
            vars: g
                .vars
                .iter()
                .map(|v| EnvVar {
                    name: v.name.clone(),
                    kind: serde_json::to_value(v.var_type)
                        .ok()
                        .and_then(|x| x.as_str().map(str::to_string))
                        .unwrap_or_default(),
                    required: required(&v.required, always, never),
                    default: v.default.as_ref().map(|d| d.to_string()),
                    description: v
                        .description
                        .as_ref()
                        .map(|d| d.get(lang).to_string())
                        .unwrap_or_default(),
                })
                .collect(),
        })
        .collect()
}

fn required(set: &guardia_core::env::schema::EnvSet, always: &str, never: &str) -> String {
    use guardia_core::env::schema::EnvSet;
    match set {
        EnvSet::All(true) => always.to_string(),
        EnvSet::All(false) => never.to_string(),
        EnvSet::Only(names) => names.join(", "),
    }
}
