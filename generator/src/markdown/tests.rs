//! Whole-page tests: the passes together, scan and render agreeing, a very large page.

use super::scan;
use super::test_support::render_with;

const RUNBOOK: &str = "## Síntoma\n\nLa API no responde.\n\n## Diagnóstico\n\n\
    1. Verificar health: `curl https://api/health`\n2. Ver [logs](logs.md#iis)\n\n\
    > [!WARNING]\n> No reiniciar en hora pico.\n\n## Resolución\n\n\
    1. Reiniciar App Pool:\n\n   ```powershell\n   appcmd recycle apppool\n   ```\n\n\
    2. Si persiste, `iisreset`\n\n## Escalación\n\n- [ ] Avisar al on-call\n";

#[test]
fn a_runbook_renders_every_pass_and_agrees_with_its_scan() {
    let s = scan(RUNBOOK, true);
    assert_eq!(
        s.task_items,
        [
            "Verificar health: curl https://api/health",
            "Ver logs",
            "Reiniciar App Pool:",
            "Si persiste, iisreset",
            "Avisar al on-call"
        ]
    );
    let ids: Vec<String> = (1..=5).map(|n| format!("i{n}")).collect();
    let out = render_with(RUNBOOK, 8, true, &ids);
    let html = &out.html;
    for id in &ids {
        assert_eq!(
            html.matches(&format!("data-item=\"{id}\"")).count(),
            1,
            "{id}: {html}"
        );
    }
    assert_eq!(html.matches("data-mode=\"incident\"").count(), 2, "{html}");
    assert_eq!(html.matches("data-mode=\"run\"").count(), 1, "{html}");
    assert!(html.contains("href=\"/resolved/logs.md#iis\""), "{html}");
    assert!(
        html.contains("<p class=\"admonition-title\">Advertencia</p>"),
        "{html}"
    );
    assert!(html.contains("data-lang=\"powershell\""), "{html}");
    assert_eq!(out.toc, s.headings);
}

#[test]
fn tables_strikethrough_and_footnotes() {
    let md = "| Servicio | Puerto |\n|---|---:|\n| API | 443 |\n\n~~viejo~~ nuevo[^1]\n\n[^1]: Desde v2.\n";
    let html = render_with(md, 1, false, &[]).html;
    assert!(html.contains("<table>"), "{html}");
    assert!(
        html.contains("<td class=\"align-right\">443</td>"),
        "{html}"
    );
    assert!(html.contains("<del>viejo</del>"), "{html}");
    assert!(html.contains("class=\"footnote-reference\""), "{html}");
    assert!(html.contains("Desde v2."), "{html}");
}

/// A 5 MB page: every pass is linear, so this takes about as long as 5 MB of small
/// pages; a quadratic pass would not finish in any reasonable test run.
#[test]
fn a_five_megabyte_page_renders_whole() {
    let section = "## Paso\n\n- [ ] Revisar [guía](guia.md) con `kubectl`\n\n```bash\necho hola\n```\n\n> [!NOTE]\n> Texto *largo* de relleno para ocupar espacio en la página.\n\n";
    let copies = 5_000_000 / section.len();
    let page = section.repeat(copies);
    let s = scan(&page, false);
    assert_eq!(s.headings.len(), copies);
    assert_eq!(s.headings[copies - 1].id, format!("paso-{}", copies - 1));
    let ids: Vec<String> = (0..copies).map(|n| n.to_string()).collect();
    let out = render_with(&page, 1, false, &ids);
    assert_eq!(out.html.matches("<li data-item=").count(), copies);
    assert!(out.diagnostics.is_empty());
}

#[test]
fn a_broken_diagram_is_a_warning_at_its_line_in_the_file() {
    let md = "# Arquitectura\n\n```mermaid\ngraph TD\n  A --> B[sin cerrar\n```\n";
    let out = render_with(md, 5, false, &[]);
    assert_eq!(out.diagnostics.len(), 1, "{:?}", out.diagnostics);
    let d = &out.diagnostics[0];
    assert_eq!(d.code, "diagram-invalid");
    assert_eq!(d.severity, crate::diagnostic::Severity::Warning);
    assert_eq!(d.location(), "docs/pagina.es.md:9:1");
    assert!(out.html.contains("diagram-source"));
}
