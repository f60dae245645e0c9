//! Issue 3's inventory: the real portal (`content/` + `runbooks/`) built by the real
//! binary holds, for each seed system and in each language, the checklist items, env
//! vars, runbooks, SLA rows, code blocks and diagrams that
//! `tests/fixtures/inventory/<system>.yaml` counted by reading the seed.

mod inventory {
    pub mod count;
}

use guardia_tests::{guardia, workspace_root};
use inventory::count::{count, Inventory};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const LANGS: [&str; 2] = ["es", "en"];

/// The portal, built once for all the tests of this file.
fn site() -> &'static Path {
    static SITE: OnceLock<tempfile::TempDir> = OnceLock::new();
    SITE.get_or_init(|| {
        let root = workspace_root();
        let dir = tempfile::tempdir().expect("temp dir");
        let (content, runbooks) = (root.join("content"), root.join("runbooks"));
        let out = dir.path().join("public");
        let args = [
            "build",
            "--content",
            path(&content),
            "--runbooks",
            path(&runbooks),
        ];
        let run = guardia(dir.path(), &[&args[..], &["--out", path(&out)]].concat());
        assert_eq!(run.code, 0, "the portal does not build:\n{}", run.stderr);
        dir
    })
    .path()
}

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

fn fixtures_dir() -> PathBuf {
    workspace_root().join("tests/fixtures/inventory")
}

fn fixture(system: &str) -> Inventory {
    let file = fixtures_dir().join(format!("{system}.yaml"));
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{system}: {e}"));
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

/// Every mismatch of one system, in both languages, reported together.
fn check(system: &str) {
    let want = fixture(system);
    let mut wrong = Vec::new();
    for lang in LANGS {
        let built = count(&site().join("public"), system, lang);
        for ((item, got), (_, expected)) in built.items().into_iter().zip(want.items()) {
            if got != expected {
                wrong.push(format!(
                    "{system} [{lang}] {item}: the built site has {got}, the seed {expected}"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn calmia_nexus() {
    check("calmia-nexus");
}

#[test]
fn orion() {
    check("orion");
}

#[test]
fn nutrition_intelligence() {
    check("nutrition-intelligence");
}

#[test]
fn chatnomina() {
    check("chatnomina");
}

#[test]
fn conecta360() {
    check("conecta360");
}

/// Names of the entries of `dir` that pass `keep`, sorted.
fn names(dir: &Path, keep: impl Fn(&Path) -> Option<String>) -> Vec<String> {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut names: Vec<String> = entries.flatten().filter_map(|e| keep(&e.path())).collect();
    names.sort();
    names
}

/// Each system of the portal has an inventory, each inventory a system: a sixth system
/// (or a renamed one) cannot slip past the tests above.
#[test]
fn every_system_has_an_inventory() {
    let systems = names(&workspace_root().join("content"), |p| {
        let name = p.file_name()?.to_str()?.to_string();
        p.join("system.yaml").is_file().then_some(name)
    });
    let inventories = names(&fixtures_dir(), |p| {
        (p.extension()? == "yaml").then(|| p.file_stem()?.to_str().map(str::to_string))?
    });
    assert_eq!(systems, inventories);
    let tested = [
        "calmia-nexus",
        "chatnomina",
        "conecta360",
        "nutrition-intelligence",
        "orion",
    ];
    assert_eq!(inventories, tested, "a test per system above");
}
