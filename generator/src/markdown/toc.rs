//! The table of contents as HTML: the page's `##` and `###` headings as nested lists
//! (the `#` title is the page's own, deeper levels would crowd the sidebar).

use super::code::escape;
use super::Heading;

/// `<ul>` of links to the `##`/`###` headings; empty when there are none.
pub fn toc_html(toc: &[Heading]) -> String {
    let mut html = String::new();
    let mut open_sub = false;
    for h in toc.iter().filter(|h| (2..=3).contains(&h.level)) {
        match (h.level, open_sub) {
            (3, false) if !html.is_empty() => {
                html.truncate(html.len() - "</li>\n".len());
                html.push_str("\n<ul>\n");
                open_sub = true;
            }
            (2, true) => {
                html.push_str("</ul>\n</li>\n");
                open_sub = false;
            }
            _ => {}
        }
        html.push_str(&format!(
            "<li><a href=\"#{}\">{}</a></li>\n",
            escape(&h.id),
            escape(&h.text)
        ));
    }
    if open_sub {
        html.push_str("</ul>\n</li>\n");
    }
    match html.is_empty() {
        true => html,
        false => format!("<ul>\n{html}</ul>\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan;
    use super::toc_html;

    #[test]
    fn sections_and_subsections_nest() {
        let s = scan(
            "# T\n\n## A & B\n\n### a1\n\n### a2\n\n## C\n\n#### deep\n",
            false,
        );
        assert_eq!(
            toc_html(&s.headings),
            "<ul>\n<li><a href=\"#a--b\">A &amp; B</a>\n<ul>\n\
             <li><a href=\"#a1\">a1</a></li>\n<li><a href=\"#a2\">a2</a></li>\n</ul>\n</li>\n\
             <li><a href=\"#c\">C</a></li>\n</ul>\n"
        );
    }

    #[test]
    fn a_leading_subsection_and_an_empty_page() {
        let s = scan("### solo\n\n## luego\n", false);
        assert_eq!(
            toc_html(&s.headings),
            "<ul>\n<li><a href=\"#solo\">solo</a></li>\n<li><a href=\"#luego\">luego</a></li>\n</ul>\n"
        );
        assert_eq!(toc_html(&scan("# solo título\n", false).headings), "");
    }
}
