//! `content/<system>/system.yaml`: services, SLA rows, escalation and alert thresholds.

use crate::diagnostic::Diagnostic;
use crate::tr;
use crate::yaml::Spanned;
use guardia_core::health::ServiceSpec;
use guardia_core::sla::Availability;
use guardia_core::{Duration, Localized, Text};
use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SystemFile {
    pub id: Spanned<String>,
    pub name: Text,
    #[serde(default)]
    pub summary: Option<Localized>,
    #[serde(default)]
    pub services: Vec<Spanned<ServiceSpec>>,
    #[serde(default)]
    pub sla: Vec<SlaRow>,
    #[serde(default)]
    pub escalation: Vec<EscalationLevel>,
    #[serde(default)]
    pub thresholds: Vec<Threshold>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlaRow {
    /// Absent when the target covers the whole system rather than one service.
    #[serde(default)]
    pub service: Option<Spanned<String>>,
    /// Absent when the source gives recovery objectives but no availability target.
    #[serde(default)]
    pub availability: Option<Spanned<f64>>,
    pub rto: Duration,
    pub rpo: Duration,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscalationLevel {
    pub level: String,
    #[serde(default)]
    pub within: Option<Duration>,
    pub contact: Text,
    #[serde(default)]
    pub channel: Option<Text>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Threshold {
    pub metric: Localized,
    pub warning: String,
    pub critical: String,
    pub action: Localized,
}

fn at<T>(d: Diagnostic, s: &Spanned<T>) -> Diagnostic {
    d.at(s.referenced.line() as u32, s.referenced.column() as u32)
}

impl SystemFile {
    /// Cross-field rules serde cannot express: the id names the directory, SLA rows name
    /// declared services, availabilities are percentages.
    pub fn problems(&self, file: &Path, dir: &str) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        if self.id.value != dir {
            out.push(at(
                Diagnostic::error(
                    "system-id",
                    file,
                    tr!(
                        "`id` '{id}' no coincide con la carpeta '{dir}'",
                        "`id` '{id}' does not match the directory '{dir}'",
                        id = self.id.value
                    ),
                )
                .hint(tr!(
                    "escribe `id: {dir}` o renombra la carpeta",
                    "write `id: {dir}` or rename the directory"
                )),
                &self.id,
            ));
        }
        out.extend(
            self.sla
                .iter()
                .filter_map(|row| self.sla_problem(file, row)),
        );
        out
    }

    fn sla_problem(&self, file: &Path, row: &SlaRow) -> Option<Diagnostic> {
        if let Some(availability) = &row.availability {
            if let Err(e) = Availability::new(availability.value) {
                let d = Diagnostic::error("sla", file, e.to_string()).hint(tr!(
                    "escribe un porcentaje, p. ej. `availability: 99.9`",
                    "write a percentage, e.g. `availability: 99.9`"
                ));
                return Some(at(d, availability));
            }
        }
        let service = row.service.as_ref()?;
        let known = self.services.iter().any(|s| s.value.id == service.value);
        (!known).then(|| {
            let d = Diagnostic::error(
                "sla",
                file,
                tr!(
                    "la fila de SLA nombra el servicio '{s}', que no está en `services`",
                    "the SLA row names service '{s}', which is not in `services`",
                    s = service.value
                ),
            )
            .hint(tr!(
                "usa el `id` de uno de los servicios declarados",
                "use the `id` of one of the declared services"
            ));
            at(d, service)
        })
    }
}
