//! The language of the CLI's own messages. Every message is written in Spanish and
//! English at its call site (`tr!`); the process picks one: `GUARDIA_LANG` if set, else
//! Spanish when the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`) is Spanish, else English.

use guardia_core::Lang;
use std::sync::OnceLock;

static LANG: OnceLock<Lang> = OnceLock::new();

/// The language messages are printed in.
pub fn lang() -> Lang {
    *LANG.get_or_init(from_env)
}

fn from_env() -> Lang {
    if let Some(lang) = std::env::var("GUARDIA_LANG")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        return lang;
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_default();
    if locale.starts_with("es") {
        Lang::Es
    } else {
        Lang::En
    }
}

/// Picks the Spanish or English text.
pub fn pick<T>(es: T, en: T) -> T {
    match lang() {
        Lang::Es => es,
        Lang::En => en,
    }
}

/// `tr!("texto", "text")` or `tr!("… {x}", "… {x}")` with format arguments.
#[macro_export]
macro_rules! tr {
    ($es:literal, $en:literal) => {
        $crate::msg::pick(format!($es), format!($en))
    };
    ($es:literal, $en:literal, $($arg:tt)*) => {
        $crate::msg::pick(format!($es, $($arg)*), format!($en, $($arg)*))
    };
}
