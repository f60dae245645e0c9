use super::super::test_support::render_with;

#[test]
fn a_task_list_becomes_a_run_island_with_ids_in_order() {
    let md = "Antes:\n\n- [ ] Backup\n  - [x] Verificar\n- [ ] Migrar\n\nFin.\n";
    let ids = ["id-a".to_string(), "id-b".to_string(), "id-c".to_string()];
    let html = render_with(md, 1, false, &ids).html;
    let expected = "<div data-guardia=\"checklist\" data-page=\"calmia/despliegue\" data-mode=\"run\">\n\
        <ul>\n<li data-item=\"id-a\"><input type=\"checkbox\" disabled> Backup\n\
        <ul>\n<li data-item=\"id-b\"><input type=\"checkbox\" disabled> Verificar</li>\n</ul>\n</li>\n\
        <li data-item=\"id-c\"><input type=\"checkbox\" disabled> Migrar</li>\n</ul>\n</div>\n";
    assert!(html.contains(expected), "{html}");
    assert!(!html.contains("checked"), "{html}");
    assert_eq!(html.matches("data-guardia").count(), 1);
}

#[test]
fn two_task_lists_are_two_islands_and_plain_lists_untouched() {
    let md = "- [ ] a\n\ntexto\n\n- [ ] b\n\n1. uno\n";
    let html = render_with(md, 1, false, &["1".into(), "2".into()]).html;
    assert_eq!(html.matches("data-mode=\"run\"").count(), 2, "{html}");
    assert!(html.contains("<ol>\n<li>uno</li>"), "{html}");
}

#[test]
fn runbook_steps_become_incident_islands() {
    let md = "## Diagnóstico\n\n1. Ver logs\n2. Ver `health`\n\n## Escalación\n\n1. Llamar\n";
    let ids = ["s1".to_string(), "s2".to_string()];
    let html = render_with(md, 1, true, &ids).html;
    assert!(html.contains("data-mode=\"incident\">\n<ol>\n<li data-item=\"s1\"><input type=\"checkbox\" disabled> Ver logs</li>"), "{html}");
    assert!(
        html.contains(
            "<li data-item=\"s2\"><input type=\"checkbox\" disabled> Ver <code>health</code></li>"
        ),
        "{html}"
    );
    assert!(html.contains("<ol>\n<li>Llamar</li>"), "{html}");
    let plain = render_with(md, 1, false, &[]).html;
    assert!(!plain.contains("data-guardia"), "{plain}");
}

#[test]
fn missing_ids_fall_back_to_the_items_fingerprint() {
    let html = render_with("- [ ] Backup\n", 1, false, &[]).html;
    let id = guardia_core::checklist::fingerprint(&["Backup"]);
    assert!(html.contains(&format!("data-item=\"{id}\"")), "{html}");
}

#[test]
fn the_storage_key_is_escaped() {
    let out = super::super::test_support::render_key("- [ ] a\n", "a\"b<c");
    assert!(out.contains("data-page=\"a&quot;b&lt;c\""), "{out}");
}
