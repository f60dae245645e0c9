//! GitHub alerts (`> [!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]`)
//! become `<div class="admonition warning">` boxes with a title in the page's language;
//! a plain blockquote stays a blockquote.

use super::labels;
use super::Spanned;
use guardia_core::Lang;
use pulldown_cmark::{BlockQuoteKind, Event, Tag, TagEnd};

pub fn apply(events: Vec<Spanned<'_>>, lang: Lang) -> Vec<Spanned<'_>> {
    events
        .into_iter()
        .map(|(event, range)| match event {
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                (Event::Html(open(kind, lang).into()), range)
            }
            Event::End(TagEnd::BlockQuote(Some(_))) => (Event::Html("</div>\n".into()), range),
            event => (event, range),
        })
        .collect()
}

fn open(kind: BlockQuoteKind, lang: Lang) -> String {
    let class = match kind {
        BlockQuoteKind::Note => "note",
        BlockQuoteKind::Tip => "tip",
        BlockQuoteKind::Important => "important",
        BlockQuoteKind::Warning => "warning",
        BlockQuoteKind::Caution => "caution",
    };
    let role = match kind {
        BlockQuoteKind::Warning | BlockQuoteKind::Caution => "alert",
        _ => "note",
    };
    let title = labels::admonition(kind, lang);
    format!("<div class=\"admonition {class}\" role=\"{role}\">\n<p class=\"admonition-title\">{title}</p>\n")
}

#[cfg(test)]
mod tests {
    use super::super::test_support::render_lang;
    use guardia_core::Lang;

    #[test]
    fn alerts_get_a_localized_title() {
        let md = "> [!WARNING]\n> No reinicies en horario **pico**.\n";
        let es = render_lang(md, Lang::Es);
        assert_eq!(
            es,
            "<div class=\"admonition warning\" role=\"alert\">\n<p class=\"admonition-title\">Advertencia</p>\n\
             <p>No reinicies en horario <strong>pico</strong>.</p>\n</div>\n"
        );
        let en = render_lang("> [!TIP]\n> Use `kubectl`.\n", Lang::En);
        assert!(en.starts_with("<div class=\"admonition tip\" role=\"note\">\n<p class=\"admonition-title\">Tip</p>"), "{en}");
    }

    #[test]
    fn a_plain_blockquote_stays() {
        let html = render_lang("> cita\n", Lang::Es);
        assert_eq!(html, "<blockquote>\n<p>cita</p>\n</blockquote>\n");
    }
}
