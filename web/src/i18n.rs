//! The UI strings the islands show, in the page's language.
//!
//! The generator inlines the `web:` section of the theme's i18n file once per page as
//! `<script type="application/json" id="guardia-i18n">{"web": {...}}</script>`; every key
//! the wasm uses is a [`Key`], and a test checks both languages define all of them.

use crate::dom;
use guardia_core::islands::I18N_ELEMENT_ID;
use guardia_core::Lang;
use std::collections::HashMap;

macro_rules! keys {
    ($($key:ident = $name:literal,)*) => {
        /// A UI string's key, as written under `web:` in `i18n/<lang>.yaml`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Key { $($key,)* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];
            pub fn name(self) -> &'static str {
                match self { $(Key::$key => $name,)* }
            }
        }
    };
}

keys! {
    StorageUnavailable = "storage_unavailable",
    IslandBroken = "island_broken",
    ChecklistProgress = "checklist_progress",
    ChecklistRunBy = "checklist_run_by",
    ChecklistNewRun = "checklist_new_run",
    ChecklistStarted = "checklist_started",
    ChecklistStartedLabel = "checklist_started_label",
    ChecklistExportedLabel = "checklist_exported_label",
    ChecklistNotStarted = "checklist_not_started",
    ChecklistElapsed = "checklist_elapsed",
    ChecklistExportMarkdown = "checklist_export_markdown",
    ChecklistExportJson = "checklist_export_json",
    Environment = "environment",
    HealthLive = "health_live",
    HealthOverall = "health_overall",
    HealthNoEndpoint = "health_no_endpoint",
    HealthLatency = "health_latency",
    HealthChecked = "health_checked",
    HealthHistory = "health_history",
    HealthComponents = "health_components",
    HealthBody = "health_body",
    HealthRetrying = "health_retrying",
    HealthPaused = "health_paused",
    HealthOffline = "health_offline",
    StatusPending = "status_pending",
    EnvEmpty = "env_empty",
    EnvSummary = "env_summary",
    EnvClean = "env_clean",
    EnvPosition = "env_position",
    EnvFix = "env_fix",
    EnvMore = "env_more",
    EnvFileError = "env_file_error",
    SeverityError = "severity_error",
    SeverityWarning = "severity_warning",
    SeverityInfo = "severity_info",
    Download = "download",
    Copy = "copy",
    Copied = "copied",
}

/// The page's language and its strings.
pub struct Strings {
    pub lang: Lang,
    table: HashMap<String, String>,
}

impl Strings {
    /// Reads `<html lang>` and `#guardia-i18n`; a missing or broken table leaves keys
    /// showing as themselves (and says so on the console), never a dead page.
    pub fn from_page() -> Strings {
        let doc = dom::document();
        let lang = doc
            .document_element()
            .map(|root| root.get_attribute("lang").unwrap_or_default())
            .and_then(|code| code.get(..2).and_then(|c| c.parse().ok()))
            .unwrap_or(Lang::Es);
        let text = doc
            .get_element_by_id(I18N_ELEMENT_ID)
            .and_then(|node| node.text_content())
            .unwrap_or_default();
        Strings {
            lang,
            table: parse_table(&text),
        }
    }

    pub fn get(&self, key: Key) -> &str {
        self.table
            .get(key.name())
            .map_or(key.name(), |s| s.as_str())
    }

    /// The string with each `{name}` replaced by its value.
    pub fn fill(&self, key: Key, values: &[(&str, &str)]) -> String {
        values
            .iter()
            .fold(self.get(key).to_string(), |text, (name, value)| {
                text.replace(&format!("{{{name}}}"), value)
            })
    }
}

/// `{"web": {...}}` or a bare table; anything else is an empty table.
pub fn parse_table(json: &str) -> HashMap<String, String> {
    let Ok(serde_json::Value::Object(mut root)) = serde_json::from_str(json) else {
        return HashMap::new();
    };
    let table = match root.remove("web") {
        Some(serde_json::Value::Object(web)) => web,
        _ => root,
    };
    table
        .into_iter()
        .filter_map(|(k, v)| v.as_str().map(|s| (k, s.to_string())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_web_section_or_a_bare_table() {
        let nested = parse_table(r#"{"web": {"copy": "Copiar"}, "nav": {"x": "y"}}"#);
        assert_eq!(nested.get("copy").map(String::as_str), Some("Copiar"));
        assert!(!nested.contains_key("nav"));
        assert_eq!(parse_table(r#"{"copy": "Copy"}"#).len(), 1);
        assert!(parse_table("not json").is_empty());
    }

    #[test]
    fn key_names_are_unique() {
        let mut names: Vec<_> = Key::ALL.iter().map(|k| k.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Key::ALL.len());
    }
}
