//! `--theme DIR`: a file there replaces the default theme's file of the same path and
//! nothing else; a broken template is a clear error, not a panic.

use guardia_tests::{fixture, guardia};
use snapbox::{assert_data_eq, str};

#[test]
fn a_theme_file_replaces_only_itself() {
    let dir = fixture("portal");
    let theme = dir.path().join("my-theme");
    std::fs::create_dir_all(theme.join("static")).unwrap();
    std::fs::create_dir_all(theme.join("i18n")).unwrap();
    std::fs::write(theme.join("static/style.css"), "body { color: teal; }\n").unwrap();
    let en = std::fs::read_to_string(
        guardia_tests::workspace_root().join("themes/default/i18n/en.yaml"),
    )
    .unwrap();
    std::fs::write(
        theme.join("i18n/en.yaml"),
        en.replace("Skip to content", "Jump to the text"),
    )
    .unwrap();
    let run = guardia(dir.path(), &["build", "--theme", "my-theme"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let public = dir.path().join("public");
    assert_eq!(
        std::fs::read_to_string(public.join("assets/style.css")).unwrap(),
        "body { color: teal; }\n"
    );
    assert!(std::fs::read_to_string(public.join("assets/theme.js"))
        .unwrap()
        .contains("guardia-theme"));
    assert!(std::fs::read_to_string(public.join("en/index.html"))
        .unwrap()
        .contains("Jump to the text"));
    assert!(std::fs::read_to_string(public.join("es/index.html"))
        .unwrap()
        .contains("Saltar al contenido"));
}

#[test]
fn a_broken_template_is_reported() {
    let dir = fixture("portal");
    let templates = dir.path().join("my-theme/templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("nav.html"),
        "<nav>{% for s in systems %}</nav>\n",
    )
    .unwrap();
    let run = guardia(dir.path(), &["build", "--theme", "my-theme"]);
    assert_eq!(run.code, 2);
    assert!(!dir.path().join("public").exists());
    assert_data_eq!(
        run.stderr,
        str![[r#"
my-theme/templates/nav.html:2:1: error[template]: Failed to parse 'nav.html': expected tag or some content
  hint: fix the theme template
1 error(s): nothing was written; public is unchanged

"#]]
    );
}

#[test]
fn runbook_index_filters_without_javascript() {
    let dir = fixture("portal");
    let run = guardia(dir.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let read = |p: &str| std::fs::read_to_string(dir.path().join("public").join(p)).unwrap();
    let critical = read("en/runbooks/severity/critical/index.html");
    assert!(critical.contains("<a href=\"../../../../en/runbooks/pagos/rb-001-api-caida/\">The payments API does not respond</a>"));
    let low = read("en/runbooks/severity/low/index.html");
    assert!(low.contains("No runbooks match this filter.") && !low.contains("rb-001"));
    let by_system = read("es/runbooks/pagos/index.html");
    assert!(by_system
        .contains("<a href=\"../../../es/runbooks/pagos/\" aria-current=\"page\">Pagos</a>"));
    let runbook = read("es/runbooks/pagos/rb-001-api-caida/index.html");
    assert!(
        runbook.contains("data-guardia=\"checklist\"")
            && runbook.contains("data-mode=\"incident\"")
    );
    assert!(runbook.contains("data-page=\"runbooks/pagos/rb-001-api-caida\""));
}

#[test]
fn build_date_is_optional_and_stamped_when_given() {
    let dir = fixture("portal");
    let run = guardia(dir.path(), &["build", "--build-date", "2026-02-01"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let home = std::fs::read_to_string(dir.path().join("public/es/index.html")).unwrap();
    assert!(home.contains("<time>2026-02-01</time>"));
}

#[test]
fn a_long_system_lists_forty_guides_and_links_to_all() {
    let dir = fixture("portal");
    for i in 0..45 {
        let page = dir
            .path()
            .join(format!("content/identidad/extra-{i:02}.es.md"));
        std::fs::write(
            page,
            format!("---\ntitle: \"Extra {i:02}\"\nweight: {i}\n---\n\nTexto.\n"),
        )
        .unwrap();
    }
    let run = guardia(dir.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = std::fs::read_to_string(dir.path().join("public/es/identidad/extra-00/index.html"))
        .unwrap();
    let start = html.find("<nav class=\"systems\"").unwrap();
    let nav = &html[start..start + html[start..].find("</nav>").unwrap()];
    assert_eq!(nav.matches("/es/identidad/extra-").count(), 40, "{nav}");
    assert!(
        nav.contains(
            "<li class=\"more\"><a href=\"../../../es/identidad/\">Todas las guías (46)</a></li>"
        ),
        "{nav}"
    );
    let overview =
        std::fs::read_to_string(dir.path().join("public/es/identidad/index.html")).unwrap();
    assert_eq!(
        overview.matches("href=\"../../es/identidad/extra-").count(),
        45 + 40,
        "the overview lists all 45, the nav 40"
    );
}
