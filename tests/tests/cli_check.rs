//! `guardia check` through the real process: exit codes, the three formats, and each
//! kind of finding (broken link and anchor, missing image, translation gaps, mojibake,
//! secrets).

use guardia_tests::{fixture, guardia};
use snapbox::{assert_data_eq, str};
use std::path::Path;

fn append(root: &Path, file: &str, text: &str) {
    let path = root.join(file);
    let mut body = std::fs::read_to_string(&path).unwrap();
    body.push_str(text);
    std::fs::write(path, body).unwrap();
}

#[test]
fn clean_fixture_passes_and_reports_coverage() {
    let dir = fixture("portal");
    let run = guardia(dir.path(), &["check"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_data_eq!(
        run.stdout,
        str![[r#"
content/identidad: info[i18n-coverage]: 'en' translation: 100% (2/2 pages)
content/identidad: info[i18n-coverage]: 'es' translation: 100% (2/2 pages)
content/pagos: info[i18n-coverage]: 'en' translation: 75% (3/4 pages)
content/pagos: info[i18n-coverage]: 'es' translation: 100% (4/4 pages)
content/pagos/solo-es.es.md: warning[i18n-missing]: no 'en' translation: content/pagos/solo-es.en.md
  hint: translate the page; until then this original is shown with a banner
content/pagos/system.yaml:8:20: info[health-lna]: A public portal polling a local or loopback address: Chrome asks for Local Network Access.
  hint: fix `services` (HEALTH-RULES.md §5)
0 errors, 1 warnings

"#]]
    );
}

#[test]
fn strict_i18n_turns_gaps_into_errors() {
    let dir = fixture("portal");
    let run = guardia(
        dir.path(),
        &["check", "--strict-i18n", "--format", "github"],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_data_eq!(
        run.stdout,
        str![[r#"
::notice file=content/identidad,title=i18n-coverage::'en' translation: 100%25 (2/2 pages)
::notice file=content/identidad,title=i18n-coverage::'es' translation: 100%25 (2/2 pages)
::notice file=content/pagos,title=i18n-coverage::'en' translation: 75%25 (3/4 pages)
::notice file=content/pagos,title=i18n-coverage::'es' translation: 100%25 (4/4 pages)
::error file=content/pagos/solo-es.es.md,title=i18n-missing::no 'en' translation: content/pagos/solo-es.en.md%0Atranslate the page; until then this original is shown with a banner
::notice file=content/pagos/system.yaml,line=8,col=20,title=health-lna::A public portal polling a local or loopback address: Chrome asks for Local Network Access.%0Afix `services` (HEALTH-RULES.md §5)

"#]]
    );
}

#[test]
fn broken_links_anchors_and_images_in_github_format() {
    let dir = fixture("portal");
    append(
        dir.path(),
        "content/identidad/guia.en.md",
        "\nSee [nothing](nada.md), [a bad anchor](../pagos/despliegue.md#nope) and ![x](img/none.png).\n",
    );
    let run = guardia(dir.path(), &["check", "--format", "github"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_data_eq!(
        run.stdout,
        str![[r#"
::notice file=content/identidad,title=i18n-coverage::'en' translation: 100%25 (2/2 pages)
::notice file=content/identidad,title=i18n-coverage::'es' translation: 100%25 (2/2 pages)
::error file=content/identidad/guia.en.md,line=9,col=5,title=link-broken::link to a page that does not exist: nada.md%0Awrite the path relative to the source file, e.g. `despliegue.md` or `../../runbooks/x/rb-001-y.md`
::error file=content/identidad/guia.en.md,line=9,col=25,title=link-broken::anchor '#nope' is not a heading of content/pagos/despliegue.en.md%0Ause the heading id as GitHub makes it (lowercase, spaces to `-`)
::error file=content/identidad/guia.en.md,line=9,col=73,title=link-broken::link to a file that does not exist: img/none.png%0Awrite the path relative to the source file, e.g. `despliegue.md` or `../../runbooks/x/rb-001-y.md`
::notice file=content/pagos,title=i18n-coverage::'en' translation: 75%25 (3/4 pages)
::notice file=content/pagos,title=i18n-coverage::'es' translation: 100%25 (4/4 pages)
::warning file=content/pagos/solo-es.es.md,title=i18n-missing::no 'en' translation: content/pagos/solo-es.en.md%0Atranslate the page; until then this original is shown with a banner
::notice file=content/pagos/system.yaml,line=8,col=20,title=health-lna::A public portal polling a local or loopback address: Chrome asks for Local Network Access.%0Afix `services` (HEALTH-RULES.md §5)

"#]]
    );
}

#[test]
fn mojibake_and_secrets() {
    let dir = fixture("portal");
    append(
        dir.path(),
        "content/identidad/guia.es.md",
        "\nConfiguraciÃ³n del Diagn√≥stico.\n",
    );
    append(
        dir.path(),
        "content/pagos/despliegue.en.md",
        "\n`DATABASE_URL=postgres://app:Xk8vQ2mLp9@db:5432/pagos`\n",
    );
    append(
        dir.path(),
        "content/pagos/despliegue.en.md",
        "\n`AWS_ACCESS_KEY_ID=AKIAZ7QW3RT5YU8IOP2M` and `postgres://app:<REQUIRED>@db/x`\n",
    );
    let run = guardia(dir.path(), &["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_data_eq!(
        run.stdout,
        str![[r#"
content/identidad: info[i18n-coverage]: 'en' translation: 100% (2/2 pages)
content/identidad: info[i18n-coverage]: 'es' translation: 100% (2/2 pages)
content/identidad/guia.es.md:9:12: error[mojibake]: 'Ã³' looks double-encoded (UTF-8 read as Latin-1 or Mac Roman)
  hint: copy the text again from the UTF-8 original (e.g. 'Ã³' was 'ó')
content/identidad/guia.es.md:9:25: error[mojibake]: '√≥' looks double-encoded (UTF-8 read as Latin-1 or Mac Roman)
  hint: copy the text again from the UTF-8 original (e.g. 'Ã³' was 'ó')
content/pagos: info[i18n-coverage]: 'en' translation: 75% (3/4 pages)
content/pagos: info[i18n-coverage]: 'es' translation: 100% (4/4 pages)
content/pagos/despliegue.en.md:28:30: error[secret]: looks like a real secret (password in a URL)
  hint: remove it, rotate it (it is in the Git history already) and write a placeholder such as <REQUIRED>
content/pagos/despliegue.en.md:30:20: error[secret]: looks like a real secret (AWS access key)
  hint: remove it, rotate it (it is in the Git history already) and write a placeholder such as <REQUIRED>
content/pagos/solo-es.es.md: warning[i18n-missing]: no 'en' translation: content/pagos/solo-es.en.md
  hint: translate the page; until then this original is shown with a banner
content/pagos/system.yaml:8:20: info[health-lna]: A public portal polling a local or loopback address: Chrome asks for Local Network Access.
  hint: fix `services` (HEALTH-RULES.md §5)
4 errors, 1 warnings

"#]]
    );
}

#[test]
fn json_lists_problems_and_coverage() {
    let dir = fixture("portal");
    let run = guardia(dir.path(), &["check", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let coverage = json["coverage"].as_array().unwrap();
    let pagos_en = coverage
        .iter()
        .find(|r| r["system"] == "pagos" && r["lang"] == "en")
        .unwrap();
    assert_eq!(
        (pagos_en["translated"].as_u64(), pagos_en["total"].as_u64()),
        (Some(3), Some(4))
    );
    assert!(json["problems"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["code"] == "i18n-missing" && p["file"] == "content/pagos/solo-es.es.md"));
}

#[test]
fn unusable_input_exits_2() {
    let dir = fixture("portal");
    std::fs::write(dir.path().join("content/portal.yaml"), "title: [\n").unwrap();
    let run = guardia(dir.path(), &["check", "--format", "github"]);
    assert_eq!(run.code, 2);
    assert_data_eq!(
        run.stdout,
        str![[r#"
::error file=content/portal.yaml,line=1,col=8,title=yaml::expected mapping start%0Afix the YAML at this position; see DESIGN.md for the expected keys

"#]]
    );
}

#[test]
fn invalid_yaml_is_a_finding() {
    let dir = fixture("portal");
    append(
        dir.path(),
        "content/identidad/system.yaml",
        "escalation: 3\n",
    );
    let run = guardia(dir.path(), &["check", "--format", "github"]);
    assert_eq!(run.code, 1);
    assert_data_eq!(
        run.stdout,
        str![[r#"
::notice file=content/identidad,title=i18n-coverage::'en' translation: 100%25 (2/2 pages)
::notice file=content/identidad,title=i18n-coverage::'es' translation: 100%25 (2/2 pages)
::error file=content/identidad/system.yaml,line=9,col=13,title=yaml::expected sequence start%0Afix the YAML at this position; see DESIGN.md for the expected keys
::notice file=content/pagos,title=i18n-coverage::'en' translation: 75%25 (3/4 pages)
::notice file=content/pagos,title=i18n-coverage::'es' translation: 100%25 (4/4 pages)
::warning file=content/pagos/solo-es.es.md,title=i18n-missing::no 'en' translation: content/pagos/solo-es.en.md%0Atranslate the page; until then this original is shown with a banner
::notice file=content/pagos/system.yaml,line=8,col=20,title=health-lna::A public portal polling a local or loopback address: Chrome asks for Local Network Access.%0Afix `services` (HEALTH-RULES.md §5)

"#]]
    );
}

#[test]
fn checklists_that_do_not_pair_are_a_warning() {
    let dir = fixture("portal");
    let page = dir.path().join("content/pagos/despliegue.en.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, text.replace("- [ ] Apply migrations\n", "")).unwrap();
    let run = guardia(dir.path(), &["check", "--format", "github"]);
    assert_eq!(run.code, 0, "a warning, not an error");
    assert!(run.stdout.contains("::warning file=content/pagos/despliegue.en.md,line=8,col=1,title=checklist-mismatch::2 checkable items here and 3 in content/pagos/despliegue.es.md"), "{}", run.stdout);
}
