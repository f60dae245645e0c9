//! Column alignment in tables as classes: pulldown-cmark writes
//! `style="text-align: right"`, which the pages' CSP (`style-src 'self'`) blocks, so the
//! alignment would silently vanish. `align-left|center|right` are styled by the theme.

/// Rewrites the alignment attributes pulldown-cmark put on `<th>`/`<td>`. Raw HTML from
/// the author is escaped before this runs, so only pulldown-cmark's own cells match.
pub fn alignment_as_classes(html: String) -> String {
    if !html.contains(" style=\"text-align: ") {
        return html;
    }
    let mut html = html;
    for cell in ["th", "td"] {
        for align in ["left", "center", "right"] {
            let from = format!("<{cell} style=\"text-align: {align}\">");
            let to = format!("<{cell} class=\"align-{align}\">");
            html = html.replace(&from, &to);
        }
    }
    html
}

#[cfg(test)]
mod tests {
    use super::super::test_support::render_plain;

    #[test]
    fn aligned_columns_use_classes_not_inline_styles() {
        let html = render_plain("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n");
        assert!(html.contains("<th class=\"align-left\">a</th>"), "{html}");
        assert!(html.contains("<td class=\"align-center\">2</td>"), "{html}");
        assert!(html.contains("<td class=\"align-right\">3</td>"), "{html}");
        assert!(!html.contains("style="), "{html}");
    }

    #[test]
    fn escaped_author_text_is_left_alone() {
        let html =
            render_plain("`<td style=\"text-align: left\">` y <td style=\"text-align: left\">\n");
        assert!(!html.contains("<td class"), "{html}");
    }
}
