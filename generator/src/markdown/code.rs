//! Fenced and indented code blocks: ```` ```mermaid ```` goes to [`diagram`], a known
//! language is highlighted, anything else is shown as escaped plain text.

use super::position::LineIndex;
use super::{diagram, highlight, RenderInput, Spanned};
use crate::diagnostic::Diagnostic;
use crate::tr;
use pulldown_cmark::{CodeBlockKind, Event, Tag, TagEnd};
use std::ops::Range;

/// A code block being collected: its language and text so far.
struct Open {
    lang: String,
    text: String,
    range: Range<usize>,
}

/// Where a block's problems are reported, and how many diagrams came before it.
pub struct Context<'i, 'a> {
    pub input: &'i RenderInput<'a>,
    pub lines: &'i LineIndex<'i>,
    pub problems: &'i mut Vec<Diagnostic>,
    pub diagrams: usize,
}

pub fn apply<'e>(events: Vec<Spanned<'e>>, cx: &mut Context) -> Vec<Spanned<'e>> {
    let mut out = Vec::with_capacity(events.len());
    let mut open: Option<Open> = None;
    for (event, range) in events {
        match (event, open.as_mut()) {
            (Event::Start(Tag::CodeBlock(kind)), _) => {
                let (lang, text) = (fence_lang(&kind), String::new());
                open = Some(Open { lang, text, range });
            }
            (Event::Text(t), Some(block)) => block.text.push_str(&t),
            (Event::End(TagEnd::CodeBlock), Some(_)) => {
                out.extend(open.take().map(|block| block_html(block, cx)));
            }
            (event, _) => out.push((event, range)),
        }
    }
    out
}

/// One finished block as a single HTML event.
fn block_html(block: Open, cx: &mut Context) -> Spanned<'static> {
    let html = if block.lang == "mermaid" {
        cx.diagrams += 1;
        let drawn = diagram::render(&block.text, cx.input.lang, cx.diagrams);
        if let Some(problem) = drawn.problem {
            report(cx, block.range.start, problem);
        }
        drawn.html
    } else {
        code_block(&block.text, &block.lang)
    };
    (Event::Html(html.into()), block.range)
}

/// A diagram that does not parse: a warning at the line the renderer names.
fn report(cx: &mut Context, fence: usize, problem: diagram::Problem) {
    let (fence_line, col) = cx.lines.line_col(fence);
    let (line, col) = match problem.line {
        Some(n) => (fence_line + n, 1),
        None => (fence_line, col),
    };
    let err = problem.message;
    let d = Diagnostic::warning(
        "diagram-invalid",
        cx.input.file,
        tr!(
            "el diagrama Mermaid no se pudo dibujar: {err}",
            "the Mermaid diagram could not be drawn: {err}"
        ),
    )
    .at(line + cx.input.body_first_line.saturating_sub(1), col)
    .hint(tr!(
        "corrige la sintaxis (GitHub tampoco lo dibujaría); mientras tanto se muestra su código",
        "fix the syntax (GitHub would not draw it either); meanwhile its source is shown"
    ));
    cx.problems.push(d);
}

/// The first word of the info string: ```` ```bash title="x" ```` → `bash`.
fn fence_lang(kind: &CodeBlockKind<'_>) -> String {
    match kind {
        CodeBlockKind::Fenced(info) => info
            .split(|c: char| c.is_whitespace() || c == ',' || c == '{')
            .next()
            .unwrap_or("")
            .to_string(),
        CodeBlockKind::Indented => String::new(),
    }
}

fn code_block(text: &str, lang: &str) -> String {
    let lang_attr = escape(lang);
    match highlight::highlight(text, lang) {
        Some(html) => format!(
            "<pre class=\"hl-code\" data-lang=\"{lang_attr}\"><code class=\"language-{lang_attr}\">{html}</code></pre>\n"
        ),
        None if lang.is_empty() => format!("<pre><code>{}</code></pre>\n", escape(text)),
        None => format!(
            "<pre data-lang=\"{lang_attr}\"><code class=\"language-{lang_attr}\">{}</code></pre>\n",
            escape(text)
        ),
    }
}

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::super::test_support::render_plain;

    #[test]
    fn a_known_language_is_highlighted() {
        let html = render_plain("```bash\necho \"hola\"\n```\n");
        assert!(html.starts_with("<pre class=\"hl-code\" data-lang=\"bash\"><code class=\"language-bash\"><span class=\"hl-"), "{html}");
        assert!(html.contains("hola"), "{html}");
    }

    #[test]
    fn unknown_or_missing_languages_are_escaped_plain_text() {
        let html =
            render_plain("```klingon title=\"x\"\n<b>qapla'</b>\n```\n\n    <i>indentado</i>\n");
        assert!(html.contains("<pre data-lang=\"klingon\"><code class=\"language-klingon\">&lt;b&gt;qapla&#39;&lt;/b&gt;\n</code></pre>"), "{html}");
        assert!(
            html.contains("<pre><code>&lt;i&gt;indentado&lt;/i&gt;\n</code></pre>"),
            "{html}"
        );
    }

    #[test]
    fn an_unclosed_fence_runs_to_the_end_without_losing_text() {
        let html = render_plain("texto\n\n```yaml\na: 1\n");
        assert!(html.contains("language-yaml"), "{html}");
        assert!(html.contains(">1<") || html.contains("1\n"), "{html}");
    }
}
