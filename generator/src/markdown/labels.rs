//! The words a reader sees that the Markdown passes add themselves, in both languages.

use guardia_core::Lang;
use pulldown_cmark::BlockQuoteKind;

/// The title of an admonition box, e.g. `> [!WARNING]` → "Advertencia" / "Warning".
pub fn admonition(kind: BlockQuoteKind, lang: Lang) -> &'static str {
    let (es, en) = match kind {
        BlockQuoteKind::Note => ("Nota", "Note"),
        BlockQuoteKind::Tip => ("Consejo", "Tip"),
        BlockQuoteKind::Important => ("Importante", "Important"),
        BlockQuoteKind::Warning => ("Advertencia", "Warning"),
        BlockQuoteKind::Caution => ("Precaución", "Caution"),
    };
    pick(lang, es, en)
}

/// The caption of a diagram drawn at build time.
pub fn diagram(lang: Lang) -> &'static str {
    pick(lang, "Diagrama", "Diagram")
}

/// The caption of a diagram shown as its source.
pub fn diagram_source(lang: Lang) -> &'static str {
    pick(
        lang,
        "Diagrama (código fuente Mermaid)",
        "Diagram (Mermaid source)",
    )
}

/// The summary of the source shown under a drawn diagram.
pub fn diagram_show_source(lang: Lang) -> &'static str {
    pick(
        lang,
        "Ver el código fuente Mermaid",
        "Show the Mermaid source",
    )
}

fn pick(lang: Lang, es: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Es => es,
        Lang::En => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_exists_in_both_languages_and_differs() {
        for kind in [
            BlockQuoteKind::Note,
            BlockQuoteKind::Tip,
            BlockQuoteKind::Important,
            BlockQuoteKind::Warning,
            BlockQuoteKind::Caution,
        ] {
            assert_ne!(admonition(kind, Lang::Es), admonition(kind, Lang::En));
        }
        assert_eq!(admonition(BlockQuoteKind::Warning, Lang::Es), "Advertencia");
        assert_eq!(diagram_source(Lang::En), "Diagram (Mermaid source)");
    }
}
