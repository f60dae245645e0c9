//! The two outputs of `guardia health`: an aligned table for people, JSON for tools.

use super::Checked;
use guardia_core::health::{aggregate, Status};
use guardia_core::Lang;
use serde_json::json;

fn header(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::Es => [
            "SISTEMA", "SERVICIO", "ESTADO", "HTTP", "LATENCIA", "MOTIVO",
        ],
        Lang::En => ["SYSTEM", "SERVICE", "STATUS", "HTTP", "LATENCY", "REASON"],
    }
}

fn row(c: &Checked, lang: Lang) -> [String; 6] {
    let v = &c.verdict;
    let mut reason = v.reason.get(lang).to_string();
    if let Some(worst) = v.components.iter().find(|c| c.status != Status::Ok) {
        let label = worst.status.label();
        reason.push_str(&format!(" [{}: {}]", worst.name, label.get(lang)));
    }
    [
        c.target.system.clone(),
        c.target.service.clone(),
        v.status.label().get(lang).to_string(),
        v.http_status.map_or_else(|| "-".into(), |s| s.to_string()),
        v.latency_ms
            .map_or_else(|| "-".into(), |ms| format!("{ms} ms")),
        reason,
    ]
}

/// The table, then one summary line.
pub fn text(env: &str, checked: &[Checked], lang: Lang) -> String {
    if checked.is_empty() {
        return match lang {
            Lang::Es => format!("Ningún servicio declara un endpoint de health para '{env}'.\n"),
            Lang::En => format!("No service declares a health endpoint for '{env}'.\n"),
        };
    }
    let rows: Vec<[String; 6]> = std::iter::once(header(lang).map(String::from))
        .chain(checked.iter().map(|c| row(c, lang)))
        .collect();
    let width = |i: usize| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0);
    let widths: Vec<usize> = (0..5).map(width).collect();
    let mut out = String::new();
    for r in &rows {
        for (cell, w) in r.iter().zip(&widths) {
            out.push_str(&format!("{cell:<w$}  "));
        }
        out.push_str(&r[5]);
        out.push('\n');
    }
    out.push_str(&summary(env, checked, lang));
    out
}

fn summary(env: &str, checked: &[Checked], lang: Lang) -> String {
    let count = |s: Status| checked.iter().filter(|c| c.verdict.status == s).count();
    let parts: Vec<String> = Status::ALL
        .iter()
        .filter(|s| count(**s) > 0)
        .map(|s| format!("{} {}", count(*s), s.label().get(lang)))
        .collect();
    match lang {
        Lang::Es => format!(
            "\n{env}: {} servicio(s): {}\n",
            checked.len(),
            parts.join(", ")
        ),
        Lang::En => format!(
            "\n{env}: {} service(s): {}\n",
            checked.len(),
            parts.join(", ")
        ),
    }
}

/// `{environment, status (worst of all), results: [{system, service, name, url, verdict}]}`.
pub fn json(env: &str, checked: &[Checked]) -> String {
    let results: Vec<_> = checked
        .iter()
        .map(|c| {
            json!({
                "system": c.target.system,
                "service": c.target.service,
                "name": c.target.name,
                "url": c.target.url,
                "verdict": c.verdict,
            })
        })
        .collect();
    let worst = aggregate(checked.iter().map(|c| c.verdict.status));
    let doc = json!({ "environment": env, "status": worst, "results": results });
    serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".into())
}
