use super::super::parse;
use super::*;

fn texts(md: &str, runbook: bool) -> Vec<String> {
    find(&parse(md), runbook)
        .into_iter()
        .map(|i| i.text)
        .collect()
}

fn modes(md: &str, runbook: bool) -> Vec<Mode> {
    analyze(&parse(md), runbook)
        .islands
        .iter()
        .map(|i| i.mode)
        .collect()
}

#[test]
fn task_items_nested_included_in_document_order() {
    let md = "- [ ] Backup de la base\n  - [x] Verificar `pg_dump`\n- [ ] Aplicar\n  migraciones\n- nota suelta\n";
    assert_eq!(
        texts(md, false),
        [
            "Backup de la base",
            "Verificar pg_dump",
            "Aplicar migraciones"
        ]
    );
    assert_eq!(modes(md, false), [Mode::Run]);
}

#[test]
fn plain_lists_are_not_checklists() {
    let md = "1. uno\n2. dos\n\n- a\n- b\n";
    assert!(texts(md, false).is_empty());
    assert!(modes(md, false).is_empty());
}

#[test]
fn code_blocks_inside_an_item_are_not_its_text() {
    let md = "- [ ] Reiniciar:\n\n  ```bash\n  iisreset\n  ```\n";
    assert_eq!(texts(md, false), ["Reiniciar:"]);
}

#[test]
fn runbook_steps_are_the_ordered_lists_of_diagnosis_and_resolution() {
    let md = "## Síntoma\n\n1. no es paso\n\n## Diagnóstico\n\n1. Ver logs\n2. Ver health\n\n\
              ## Resolución\n\n### Opción A\n\n1. Reiniciar\n   - nota anidada\n   1. sub\n\n\
              - viñeta\n\n## Escalación\n\n1. Llamar\n";
    assert_eq!(texts(md, true), ["Ver logs", "Ver health", "Reiniciar"]);
    assert_eq!(modes(md, true), [Mode::Incident, Mode::Incident]);
    assert!(texts(md, false).is_empty(), "only on runbook pages");
}

#[test]
fn step_sections_in_english_with_numbering() {
    assert!(is_step_section("3. Resolution"));
    assert!(is_step_section("Diagnosis and triage"));
    assert!(is_step_section("RESOLUCIÓN"));
    assert!(!is_step_section("Escalation"));
    assert!(!is_step_section("Prevención"));
}

#[test]
fn a_task_list_under_resolution_is_one_incident_island() {
    let md = "## Resolution\n\n1. [ ] Restart\n2. Check\n";
    assert_eq!(texts(md, true), ["Restart", "Check"]);
    assert_eq!(modes(md, true), [Mode::Incident]);
}
