use super::*;

/// Two diagrams from the seeds, as written there.
const PIPELINE: &str = include_str!("seed-pipeline.mmd");
const ARCHITECTURE: &str = include_str!("seed-architecture.mmd");

#[test]
fn a_plain_flowchart_is_drawn_inline_with_its_source_at_hand() {
    let html = render(PIPELINE, Lang::Es, 1).html;
    assert!(
        html.starts_with("<figure class=\"diagram\">\n<svg"),
        "{html}"
    );
    for label in ["Push a main", "Tests OK?", "Deploy Prod", "Rollback"] {
        assert!(html.contains(label), "{label} missing");
    }
    assert!(html.contains("<figcaption>Diagrama</figcaption>"));
    assert!(html.contains("<summary>Ver el código fuente Mermaid</summary>"));
    assert!(!html.contains("style"), "inline style left: {html}");
    assert!(!html.contains("width=\"100%\" viewBox"), "unsized: {html}");
}

#[test]
fn subgraphs_are_shown_as_labelled_source() {
    let html = render(ARCHITECTURE, Lang::En, 1).html;
    assert!(html.starts_with("<figure class=\"diagram diagram-source\">\n<figcaption>Diagram (Mermaid source)</figcaption>"), "{html}");
    assert!(
        html.contains("ADMIN[Admin UI&lt;br/&gt;app.kalmiazen.com&lt;br/&gt;:443]"),
        "{html}"
    );
    assert!(!html.contains("<svg"));
}

#[test]
fn unknown_kinds_and_broken_diagrams_fall_back_to_source() {
    for src in [
        "pie\n\"A\" : 1\n",
        "graph TD\nA --> \n",
        "",
        "journey\ntitle x\n",
    ] {
        let html = render(src, Lang::Es, 1).html;
        assert!(
            html.contains("diagram-source") || html.contains("<svg"),
            "{src}: {html}"
        );
        assert!(!html.contains("<script"), "{src}");
    }
    assert!(render("pie\n\"A\" : 1\n", Lang::Es, 1)
        .html
        .contains("diagram-source"));
}

#[test]
fn labels_cannot_inject_markup() {
    let src = "graph LR\n  A[\"<img src=x onerror=alert(1)>\"] --> B[x<script>alert(1)</script>]\n";
    let html = render(src, Lang::Es, 1).html;
    let svg_part = html.split("<details>").next().unwrap_or("");
    assert!(
        !svg_part.contains("<img") && !svg_part.contains("<script"),
        "{html}"
    );
    assert!(!svg_part.contains("onerror="), "{html}");
}

#[test]
fn ids_are_unique_per_diagram() {
    let one = render(PIPELINE, Lang::Es, 1).html;
    let two = render(PIPELINE, Lang::Es, 2).html;
    assert!(
        one.contains("id=\"mmd1-") && one.contains("url(#mmd1-"),
        "{one}"
    );
    assert!(two.contains("id=\"mmd2-") && !two.contains("id=\"mmd1-"));
}

#[test]
fn the_sanitizer_rejects_foreign_elements_and_handlers() {
    assert!(only_drawing("<svg><g><path d=\"M0 0\"/></g></svg>"));
    assert!(!only_drawing(
        "<svg><foreignObject><div>x</div></foreignObject></svg>"
    ));
    assert!(!only_drawing("<svg onload=\"x()\"></svg>"));
    assert!(clean(
        "<svg style=\"a\"><style>.x{}</style><rect style=\"b\"/></svg>",
        1
    )
    .is_some_and(|s| !s.contains("style")));
}

#[test]
fn sequence_diagrams_are_drawn() {
    let src = "sequenceDiagram\n  participant U as Operador\n  U->>API: POST /deploy\n  API-->>U: 200 OK\n";
    let html = render(src, Lang::En, 1).html;
    assert!(html.contains("<svg") && html.contains("Operador"), "{html}");
}

#[test]
fn a_broken_diagram_is_shown_as_source_and_reported_with_its_line() {
    let drawn = render(
        "graph TD\n  A[Inicio] --> B\n  B --> C[sin cerrar\n",
        Lang::Es,
        1,
    );
    assert!(drawn.html.contains("diagram-source"));
    let problem = drawn.problem.expect("a problem");
    assert_eq!(problem.line, Some(3));
    assert!(problem.message.contains("']'"), "{}", problem.message);
    assert!(render(PIPELINE, Lang::Es, 1).problem.is_none());
    assert!(
        render(ARCHITECTURE, Lang::Es, 1).problem.is_none(),
        "subgraphs parse fine"
    );
    assert!(
        render("pie\n\"A\" : 1\n", Lang::Es, 1).problem.is_none(),
        "not checked"
    );
}
