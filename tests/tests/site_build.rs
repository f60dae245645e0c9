//! The built site, read back from disk: determinism, the release tag, link rewriting,
//! language fallback, alternates and the site-level files.

use guardia_tests::{fixture, guardia, main_of, snapshot_tree};
use snapbox::{assert_data_eq, str};
use std::path::Path;

fn built() -> tempfile::TempDir {
    let dir = fixture("portal");
    let run = guardia(dir.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    dir
}

fn page(dir: &Path, path: &str) -> String {
    std::fs::read_to_string(dir.join("public").join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn two_builds_are_byte_identical() {
    let dir = built();
    let first = snapshot_tree(&dir.path().join("public"));
    let run = guardia(dir.path(), &["build", "--out", "again"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        first == snapshot_tree(&dir.path().join("again")),
        "the second build differs"
    );
    assert!(first.len() > 30, "only {} files", first.len());
}

#[test]
fn release_tag_changes_only_the_footer() {
    let dir = built();
    let plain = snapshot_tree(&dir.path().join("public"));
    let run = guardia(
        dir.path(),
        &["build", "--out", "tagged", "--release-tag", "v1.4.0"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let tagged = snapshot_tree(&dir.path().join("tagged"));
    assert_eq!(plain.len(), tagged.len());
    let footer = "<span class=\"release\">Version v1.4.0</span>";
    for ((path, a), (_, b)) in plain.iter().zip(&tagged) {
        let (a, b) = (String::from_utf8_lossy(a), String::from_utf8_lossy(b));
        if a == b {
            continue;
        }
        assert!(
            b.contains(footer) || b.contains("Versión v1.4.0"),
            "{} changed without the tag",
            path.display()
        );
        let stripped = b
            .replace(" · <span class=\"release\">Version v1.4.0</span>", "")
            .replace(" · <span class=\"release\">Versión v1.4.0</span>", "");
        assert_eq!(a, stripped, "{} changed beyond the footer", path.display());
    }
}

#[test]
fn links_are_rewritten_per_language() {
    let dir = built();
    let en = page(dir.path(), "en/pagos/deployment/index.html");
    for href in [
        "href=\"../../../en/pagos/solo-es/\"",
        "href=\"../../../es/pagos/despliegue/\"",
        "href=\"../../../en/runbooks/pagos/rb-001-api-caida/#diagnosis\"",
        "href=\"#before-you-start\"",
        "href=\"../../../en/identidad/guia/#access\"",
        "href=\"https://example.org/docs\"",
        "src=\"../../../files/content/pagos/img/diagrama.svg\"",
    ] {
        assert!(en.contains(href), "missing {href}");
    }
    let es = page(dir.path(), "es/pagos/despliegue/index.html");
    assert!(
        es.contains("href=\"../../../en/pagos/deployment/\""),
        "the pinned English link"
    );
    assert!(es.contains("href=\"../../../es/runbooks/pagos/rb-001-api-caida/#diagn%C3%B3stico\""));
    assert!(dir
        .path()
        .join("public/files/content/pagos/img/diagrama.svg")
        .is_file());
}

#[test]
fn missing_translation_falls_back_with_a_banner() {
    let dir = built();
    let html = page(dir.path(), "en/pagos/solo-es/index.html");
    assert_data_eq!(
        main_of(&html),
        str![[r#"
<main id="content">
<nav class="breadcrumbs" aria-label="Breadcrumbs"><ol><li><a href="../../../en/">Home</a></li><li><a href="../../../en/pagos/">Pagos</a></li><li aria-current="page">Guía solo en español</li></ol></nav>
<p class="banner untranslated" lang="en">This page is not translated into English yet: showing the Spanish original.</p>

<article class="doc" lang="es">
<h1>Guía solo en español</h1>

<h2 id="contexto">Contexto</h2>
<p>Esta página aún no está traducida. Vuelve al <a href="../../../en/pagos/deployment/">despliegue</a>.</p>

</article>

</main>
"#]]
    );
    assert!(html.contains("<link rel=\"alternate\" hreflang=\"es\" href=\"https://ops.example.org/es/pagos/solo-es/\">"));
    assert!(!page(dir.path(), "es/pagos/solo-es/index.html").contains("untranslated"));
}

#[test]
fn language_switcher_and_alternates_follow_slugs() {
    let dir = built();
    let es = page(dir.path(), "es/pagos/despliegue/index.html");
    assert!(es.contains(
        "<a href=\"../../../en/pagos/deployment/\" hreflang=\"en\" lang=\"en\">English</a>"
    ));
    assert!(es.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://ops.example.org/en/pagos/deployment/\">"));
    assert!(
        es.contains("aria-current=\"page\">Despliegue de pagos</a>"),
        "the nav marks the page"
    );
}

#[test]
fn root_404_and_sitemap() {
    let dir = built();
    let root = page(dir.path(), "index.html");
    assert!(
        root.contains("<a href=\"es/\" hreflang=\"es\" lang=\"es\">")
            && root.contains("<a href=\"en/\"")
    );
    assert!(root.contains("<script src=\"assets/language.js\" defer></script>"));
    let not_found = page(dir.path(), "404.html");
    assert!(
        not_found.contains("href=\"/assets/style.css\""),
        "absolute from the base path"
    );
    let sitemap = page(dir.path(), "sitemap.xml");
    assert!(sitemap.contains("<loc>https://ops.example.org/en/pagos/deployment/</loc><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://ops.example.org/en/pagos/deployment/\"/><xhtml:link rel=\"alternate\" hreflang=\"es\" href=\"https://ops.example.org/es/pagos/despliegue/\"/></url>"));
}

#[test]
fn every_page_has_the_csp_and_no_inline_script() {
    let dir = built();
    for (path, bytes) in snapshot_tree(&dir.path().join("public")) {
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        assert!(html.contains("content=\"default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self"), "{}", path.display());
        for script in html.split("<script").skip(1) {
            let head = &script[..script.find('>').unwrap()];
            assert!(
                head.contains("src=") || head.contains("application/json"),
                "inline script in {}",
                path.display()
            );
        }
        assert!(
            !html.contains(" style=\""),
            "inline style in {}",
            path.display()
        );
    }
}

#[test]
fn status_page_allows_its_health_origins() {
    let dir = built();
    let html = page(dir.path(), "es/pagos/status/index.html");
    assert!(html.contains("connect-src 'self' http://localhost:5001 https://api.pagos.example.org https://api.staging.pagos.example.org https://worker.pagos.example.org;"));
    assert!(html.contains("data-guardia=\"health\""));
}

/// Builds the portal fixture after `edit` rewrites one of its files.
fn built_with(file: &str, edit: impl FnOnce(String) -> String) -> tempfile::TempDir {
    let dir = fixture("portal");
    let path = dir.path().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, edit(text)).unwrap();
    let run = guardia(dir.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    dir
}

#[test]
fn sla_row_without_availability_or_service_shows_dashes() {
    let dir = built_with("content/pagos/system.yaml", |t| {
        t.replace("sla:\n", "sla:\n  - rto: 2h\n    rpo: 30m\n")
            .replace("{ level: L2, within: 1h, contact", "{ level: L2, contact")
    });
    for lang in ["es", "en"] {
        let html = page(dir.path(), &format!("{lang}/pagos/sla/index.html"));
        let row =
            "<tr><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td><td>2h</td><td>30m</td></tr>";
        assert!(html.contains(row), "{lang}: no dashed SLA row in {html}");
        assert!(
            html.contains("<tr><td>L2</td><td>—</td>"),
            "{lang}: empty `within` is not a dash"
        );
        assert!(!html.contains("<td></td>"), "{lang}: an empty cell");
    }
}

#[test]
fn generated_env_page_has_its_own_sidebar_label() {
    let dir = built_with("content/pagos/despliegue.es.md", |t| {
        t.replace("Despliegue de pagos\"", "Variables de entorno\"")
    });
    for (lang, label) in [
        ("es", ">Referencia de variables (.env)</a>"),
        ("en", ">Env var reference (.env)</a>"),
    ] {
        let html = page(dir.path(), &format!("{lang}/pagos/index.html"));
        let nav = &html[html.find("class=\"sidebar\"").unwrap()..html.find("<main").unwrap()];
        assert!(nav.contains(label), "{lang}: {nav}");
    }
    let es = page(dir.path(), "es/pagos/index.html");
    let nav = &es[es.find("class=\"sidebar\"").unwrap()..es.find("<main").unwrap()];
    assert_eq!(nav.matches(">Variables de entorno</a>").count(), 1, "{nav}");
}

#[test]
fn header_links_to_the_sidebar_without_javascript() {
    let dir = built();
    for (path, menu) in [
        ("es/pagos/index.html", "Menú"),
        ("en/pagos/index.html", "Menu"),
    ] {
        let html = page(dir.path(), path);
        let header = &html[html.find("<header").unwrap()..html.find("</header>").unwrap()];
        let link = format!("<a class=\"menu-link\" href=\"#sidebar\">{menu}</a>");
        assert!(header.contains(&link), "{path}: {header}");
        assert!(html.contains("<details class=\"sidebar\" id=\"sidebar\" open>"));
    }
    let css = std::fs::read_to_string(dir.path().join("public/assets/style.css")).unwrap();
    assert!(css.contains(".menu-link { display: none; }"));
}
