//! A run written out for the change record: Markdown for humans, JSON for tools. Both
//! carry who ran it, when it started and when each item was ticked.

use super::run::Run;
use serde::Serialize;

/// One checklist item as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: String,
    pub text: String,
    /// 0 for a top-level item, 1 for an item nested once…
    pub depth: usize,
}

/// What an export describes, with the words of the page's language.
pub struct Sheet<'a> {
    pub page: &'a str,
    pub title: &'a str,
    pub items: &'a [Item],
    pub run: &'a Run,
    pub exported_ms: f64,
    /// Formats a time (ISO 8601 in the browser).
    pub time: &'a dyn Fn(f64) -> String,
}

/// Labels for the Markdown header: run by, started, exported.
pub struct Labels<'a> {
    pub run_by: &'a str,
    pub started: &'a str,
    pub exported: &'a str,
}

pub fn markdown(sheet: &Sheet, labels: &Labels) -> String {
    let time = sheet.time;
    let mut out = format!("# {}\n\n", sheet.title);
    if let Some(by) = &sheet.run.by {
        out += &format!("- {}: {by}\n", labels.run_by);
    }
    if let Some(started) = sheet.run.started_ms {
        out += &format!("- {}: {}\n", labels.started, time(started));
    }
    out += &format!("- {}: {}\n\n", labels.exported, time(sheet.exported_ms));
    for item in sheet.items {
        let indent = "  ".repeat(item.depth);
        let line = match sheet.run.ticked_at(&item.id) {
            Some(at) => format!("{indent}- [x] {} — {}\n", item.text, time(at)),
            None => format!("{indent}- [ ] {}\n", item.text),
        };
        out += &line;
    }
    out
}

#[derive(Serialize)]
struct JsonRun<'a> {
    page: &'a str,
    title: &'a str,
    run_by: Option<&'a str>,
    started: Option<String>,
    exported: String,
    items: Vec<JsonItem<'a>>,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    id: &'a str,
    text: &'a str,
    depth: usize,
    ticked_at: Option<String>,
}

pub fn json(sheet: &Sheet) -> String {
    let time = sheet.time;
    let items = sheet.items.iter().map(|item| JsonItem {
        id: &item.id,
        text: &item.text,
        depth: item.depth,
        ticked_at: sheet.run.ticked_at(&item.id).map(time),
    });
    let run = JsonRun {
        page: sheet.page,
        title: sheet.title,
        run_by: sheet.run.by.as_deref(),
        started: sheet.run.started_ms.map(time),
        exported: time(sheet.exported_ms),
        items: items.collect(),
    };
    serde_json::to_string_pretty(&run).expect("a run always serializes")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, text: &str, depth: usize) -> Item {
        let (id, text) = (id.to_string(), text.to_string());
        Item { id, text, depth }
    }

    #[test]
    fn markdown_and_json_carry_each_tick_time() {
        let items = [item("a", "Backup", 0), item("b", "Verify", 1)];
        let mut run = Run::fresh("Ana", 1.0);
        run.set("a", true, 2.0);
        let time = |ms: f64| format!("t{ms}");
        let sheet = Sheet {
            page: "pagos/despliegue",
            title: "Despliegue",
            items: &items,
            run: &run,
            exported_ms: 3.0,
            time: &time,
        };
        let labels = Labels {
            run_by: "Por",
            started: "Inicio",
            exported: "Exportado",
        };
        let md = markdown(&sheet, &labels);
        assert!(
            md.contains("- Por: Ana\n- Inicio: t1\n- Exportado: t3\n"),
            "{md}"
        );
        assert!(md.contains("- [x] Backup — t2\n  - [ ] Verify\n"), "{md}");
        let value: serde_json::Value = serde_json::from_str(&json(&sheet)).unwrap();
        assert_eq!(value["run_by"], "Ana");
        assert_eq!(value["items"][0]["ticked_at"], "t2");
        assert!(value["items"][1]["ticked_at"].is_null());
        assert_eq!(value["items"][1]["depth"], 1);
    }
}
