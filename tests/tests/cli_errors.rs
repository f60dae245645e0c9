//! Bad input through the real `guardia build`: each kind gives its `file:line:col`
//! message and exit 2, and the previous output stays byte-for-byte as it was.

use guardia_tests::{fixture, guardia, snapshot_tree};
use snapbox::{assert_data_eq, str};
use std::path::Path;

/// Builds the fixture once, applies `break_it`, builds again: returns stderr of the
/// failed build after checking the exit code and that `public/` did not change.
fn fails_leaving_output(break_it: impl FnOnce(&Path)) -> String {
    let dir = fixture("portal");
    let first = guardia(dir.path(), &["build"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let before = snapshot_tree(&dir.path().join("public"));
    break_it(dir.path());
    let run = guardia(dir.path(), &["build"]);
    assert_eq!(
        run.code, 2,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    assert!(
        before == snapshot_tree(&dir.path().join("public")),
        "public/ changed"
    );
    run.stderr
}

fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} lacks {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn unknown_front_matter_key() {
    let err = fails_leaving_output(|d| {
        edit(
            d,
            "content/pagos/despliegue.es.md",
            "weight: 1",
            "wieght: 1",
        )
    });
    assert_data_eq!(
        err,
        str![[r#"
content/pagos/despliegue.es.md:4:1: error[yaml]: unknown field `wieght`, expected one of title, description, weight, slug, tags
  hint: fix the YAML at this position; see DESIGN.md for the expected keys
content/pagos/system.yaml:8:20: info[health-lna]: A public portal polling a local or loopback address: Chrome asks for Local Network Access.
  hint: fix `services` (HEALTH-RULES.md §5)
1 error(s): nothing was written; public is unchanged

"#]]
    );
}

#[test]
fn invalid_utf8() {
    let err = fails_leaving_output(|d| {
        std::fs::write(
            d.join("content/pagos/latin1.es.md"),
            b"---\ntitle: \"Dise\xf1o\"\n---\n",
        )
        .unwrap()
    });
    assert_data_eq!(
        err,
        str![[r#"
content/pagos/latin1.es.md:2:13: error[not-utf8]: invalid UTF-8 (byte 0xf1)
  hint: save the file as UTF-8 (it is probably Latin-1 or Windows-1252)
content/pagos/system.yaml:8:20: info[health-lna]: A public portal polling a local or loopback address: Chrome asks for Local Network Access.
  hint: fix `services` (HEALTH-RULES.md §5)
1 error(s): nothing was written; public is unchanged

"#]]
    );
}

#[test]
fn unclosed_front_matter() {
    let err = fails_leaving_output(|d| {
        std::fs::write(
            d.join("content/pagos/roto.es.md"),
            "---\ntitle: \"Roto\"\n\n# Texto\n",
        )
        .unwrap()
    });
    assert_data_eq!(
        err,
        str![[r#"
content/pagos/roto.es.md:1:1: error[front-matter-unclosed]: the front matter opened here is never closed
  hint: add a line `---` after the last front matter key
content/pagos/system.yaml:8:20: info[health-lna]: A public portal polling a local or loopback address: Chrome asks for Local Network Access.
  hint: fix `services` (HEALTH-RULES.md §5)
1 error(s): nothing was written; public is unchanged

"#]]
    );
}

#[test]
fn symlink_leaving_the_tree() {
    let err = fails_leaving_output(|d| {
        std::os::unix::fs::symlink("/etc/hostname", d.join("content/pagos/fuera.es.md")).unwrap()
    });
    let err = err.replace(
        &std::fs::canonicalize("/etc/hostname")
            .unwrap()
            .display()
            .to_string(),
        "[TARGET]",
    );
    assert_data_eq!(
        err,
        str![[r#"
content/pagos/fuera.es.md:1:1: error[symlink]: symlink leaves the input tree (to [TARGET])
  hint: copy the file into the tree instead of linking to it
content/pagos/system.yaml:8:20: info[health-lna]: A public portal polling a local or loopback address: Chrome asks for Local Network Access.
  hint: fix `services` (HEALTH-RULES.md §5)
1 error(s): nothing was written; public is unchanged

"#]]
    );
}

#[test]
fn empty_and_huge_pages() {
    let err = fails_leaving_output(|d| {
        std::fs::write(d.join("content/pagos/vacia.es.md"), "\n\n").unwrap();
        let mut big = b"---\ntitle: \"Grande\"\n---\n".to_vec();
        big.resize(5 * 1024 * 1024, b'a');
        std::fs::write(d.join("content/pagos/grande.es.md"), big).unwrap();
    });
    assert_data_eq!(
        err,
        str![[r#"
content/pagos/grande.es.md:1:1: error[too-large]: the file is 5.2 MB, above the 1 MB limit
  hint: split the page, or link to the large file instead of pasting it
content/pagos/system.yaml:8:20: info[health-lna]: A public portal polling a local or loopback address: Chrome asks for Local Network Access.
  hint: fix `services` (HEALTH-RULES.md §5)
content/pagos/vacia.es.md:1:1: error[empty]: the page is empty
  hint: start it with front matter: ---, title: "…", --- and then the text
2 error(s): nothing was written; public is unchanged

"#]]
    );
}

#[test]
fn runbook_without_required_sections() {
    let err = fails_leaving_output(|d| {
        edit(
            d,
            "runbooks/pagos/rb-001-api-caida.en.md",
            "## Diagnosis",
            "## Analysis",
        );
        edit(
            d,
            "runbooks/pagos/rb-001-api-caida.en.md",
            "## Escalation",
            "## Next",
        );
    });
    assert_data_eq!(
        err,
        str![[r#"
content/pagos/system.yaml:8:20: info[health-lna]: A public portal polling a local or loopback address: Chrome asks for Local Network Access.
  hint: fix `services` (HEALTH-RULES.md §5)
runbooks/pagos/rb-001-api-caida.en.md:9:1: error[runbook-section]: the runbook lacks the required section "Diagnosis"
  hint: add a `## Diagnosis` heading with its content
runbooks/pagos/rb-001-api-caida.en.md:9:1: error[runbook-section]: the runbook lacks the required section "Escalation"
  hint: add a `## Escalation` heading with its content
2 error(s): nothing was written; public is unchanged

"#]]
    );
}

#[test]
fn wrong_types_in_system_yaml() {
    let err = fails_leaving_output(|d| {
        edit(
            d,
            "content/pagos/system.yaml",
            "availability: 99.9",
            "availability: muy alta",
        );
    });
    assert_data_eq!(
        err,
        str![[r#"
content/pagos/system.yaml:20:19: error[yaml]: invalid floating point
  hint: fix the YAML at this position; see DESIGN.md for the expected keys
1 error(s): nothing was written; public is unchanged

"#]]
    );
}

#[test]
fn site_rules_duplicate_slug_unknown_service_bad_sla() {
    let err = fails_leaving_output(|d| {
        edit(
            d,
            "content/identidad/guia.en.md",
            "title: \"Identity guide\"",
            "title: \"Identity guide\"\nslug: status",
        );
        edit(
            d,
            "runbooks/pagos/rb-001-api-caida.es.md",
            "service: api",
            "service: apii",
        );
        edit(
            d,
            "content/pagos/system.yaml",
            "availability: 99.5",
            "availability: 101",
        );
    });
    assert_data_eq!(
        err,
        str![[r#"
content/identidad/guia.en.md:3:1: error[duplicate-url]: the URL 'en/identidad/status/' is reserved for a generated page
  hint: give the page another `slug` or rename the file
content/pagos/system.yaml:8:20: info[health-lna]: A public portal polling a local or loopback address: Chrome asks for Local Network Access.
  hint: fix `services` (HEALTH-RULES.md §5)
content/pagos/system.yaml:24:19: error[sla]: availability 101 is not a percentage between 0 and 100
  hint: write a percentage, e.g. `availability: 99.9`
runbooks/pagos/rb-001-api-caida.es.md:4:1: error[runbook-service]: service 'apii' is not declared in the system.yaml of 'pagos'
  hint: services: api, worker
3 error(s): nothing was written; public is unchanged

"#]]
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let err = fails_leaving_output(|d| {
        edit(
            d,
            "content/pagos/despliegue.es.md",
            "weight: 1",
            "weight: pesado",
        );
        edit(
            d,
            "content/identidad/system.yaml",
            "id: identidad",
            "id: identity",
        );
        std::fs::write(d.join("content/pagos/vacia.en.md"), "").unwrap();
    });
    assert_data_eq!(
        err,
        str![[r#"
content/identidad/system.yaml:1:5: error[system-id]: `id` 'identity' does not match the directory 'identidad'
  hint: write `id: identidad` or rename the directory
content/pagos/despliegue.es.md:4:9: error[yaml]: invalid i64
  hint: fix the YAML at this position; see DESIGN.md for the expected keys
content/pagos/system.yaml:8:20: info[health-lna]: A public portal polling a local or loopback address: Chrome asks for Local Network Access.
  hint: fix `services` (HEALTH-RULES.md §5)
content/pagos/vacia.en.md:1:1: error[empty]: the page is empty
  hint: start it with front matter: ---, title: "…", --- and then the text
3 error(s): nothing was written; public is unchanged

"#]]
    );
}

#[test]
fn missing_portal_yaml_is_unusable() {
    let dir = fixture("portal");
    std::fs::remove_file(dir.path().join("content/portal.yaml")).unwrap();
    let run = guardia(dir.path(), &["build"]);
    assert_eq!(run.code, 2);
    assert!(!dir.path().join("public").exists());
    assert_data_eq!(
        run.stderr,
        str![[r#"
content/portal.yaml: error[io]: cannot read the site configuration: No such file or directory (os error 2)
  hint: create content/portal.yaml (see DESIGN.md, "Site config")
1 error(s): nothing was written; public is unchanged

"#]]
    );
}

#[test]
fn health_spec_problems_point_into_system_yaml() {
    let err = fails_leaving_output(|d| {
        edit(d, "content/identidad/system.yaml", "production: https://auth.example.org/health", "production: http://auth.example.org/health\n      qa: https://auth.qa.example.org/health");
    });
    assert_data_eq!(
        err,
        str![[r#"
content/identidad/system.yaml:8:19: warning[health-mixed-content]: The portal is served over https and this URL is http://: browsers block it as mixed content; only `guardia health` can check it.
  hint: fix `services` (HEALTH-RULES.md §5)
content/identidad/system.yaml:8:19: error[health-insecure]: The production URL uses http:// instead of https://: use https or set `allow_insecure: true` on the service.
  hint: fix `services` (HEALTH-RULES.md §5)
content/identidad/system.yaml:9:11: error[health-env-unknown]: Environment 'qa' is not in portal.yaml's `environments` (development, staging, production); add it there or fix the name.
  hint: fix `services` (HEALTH-RULES.md §5)
content/pagos/system.yaml:8:20: info[health-lna]: A public portal polling a local or loopback address: Chrome asks for Local Network Access.
  hint: fix `services` (HEALTH-RULES.md §5)
2 error(s): nothing was written; public is unchanged

"#]]
    );
}

#[test]
fn messages_follow_the_locale() {
    let dir = fixture("portal");
    std::fs::write(dir.path().join("content/pagos/vacia.es.md"), "").unwrap();
    let run = guardia_tests::guardia_with(
        dir.path(),
        &["build"],
        &[
            ("GUARDIA_LANG", ""),
            ("LC_ALL", "es_ES.UTF-8"),
            ("LANG", "es_ES.UTF-8"),
        ],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("content/pagos/vacia.es.md:1:1: error[empty]: la página está vacía"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("no se ha escrito nada"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_output_holding_the_inputs_is_refused() {
    let dir = fixture("portal");
    let before = snapshot_tree(&dir.path().join("content"));
    for out in [".", "content"] {
        let run = guardia(dir.path(), &["build", "--out", out]);
        assert_eq!(run.code, 2, "{out}");
        assert!(run.stderr.contains("error[out-dir]"), "{}", run.stderr);
    }
    assert!(
        before == snapshot_tree(&dir.path().join("content")),
        "content/ changed"
    );
}
