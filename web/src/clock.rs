//! Wall-clock time as the browser sees it, and how it is shown.

use guardia_core::Lang;
use js_sys::Date;
use wasm_bindgen::JsValue;

/// Milliseconds since the epoch.
pub fn now_ms() -> f64 {
    Date::now()
}

/// `2025-03-01T10:15:00.000Z`: for exports, unambiguous in every language.
pub fn iso(ms: f64) -> String {
    String::from(Date::new(&JsValue::from_f64(ms)).to_iso_string())
}

/// A date and time in the reader's language and time zone.
pub fn local(ms: f64, lang: Lang) -> String {
    let date = Date::new(&JsValue::from_f64(ms));
    String::from(date.to_locale_string(lang.code(), &JsValue::UNDEFINED))
}

/// `1 h 05 min 12 s` style elapsed time; units read the same in both languages.
pub fn elapsed(ms: f64) -> String {
    let total = (ms.max(0.0) / 1000.0) as u64;
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    match (h, m) {
        (0, 0) => format!("{s} s"),
        (0, _) => format!("{m} min {s:02} s"),
        _ => format!("{h} h {m:02} min {s:02} s"),
    }
}

#[cfg(test)]
mod tests {
    use super::elapsed;

    #[test]
    fn elapsed_is_compact_and_padded() {
        assert_eq!(elapsed(5_400.0), "5 s");
        assert_eq!(elapsed(65_000.0), "1 min 05 s");
        assert_eq!(elapsed(3_725_000.0), "1 h 02 min 05 s");
        assert_eq!(elapsed(-3.0), "0 s");
    }
}
