//! Walking an input tree: every regular file, in a stable order, refusing symlinks that
//! lead outside the tree (a docs repository must not publish `/etc/passwd` by accident).

use crate::diagnostic::Diagnostic;
use crate::tr;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// One file found under a root: its path as the user would type it, and relative to root.
#[derive(Debug, Clone)]
pub struct Found {
    pub path: PathBuf,
    pub rel: PathBuf,
}

/// Every file under `root` sorted by path, plus a diagnostic for each bad entry.
pub fn walk(root: &Path, problems: &mut Vec<Diagnostic>) -> Vec<Found> {
    let Ok(canonical_root) = root.canonicalize() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for entry in WalkDir::new(root).follow_links(false).sort_by_file_name() {
        match entry {
            Ok(entry) if entry.path_is_symlink() => {
                match symlink_target(entry.path(), &canonical_root) {
                    Ok(Some(_)) => found.push(found_at(root, entry.path())),
                    Ok(None) => {}
                    Err(d) => problems.push(d),
                }
            }
            Ok(entry) if entry.file_type().is_file() => found.push(found_at(root, entry.path())),
            Ok(_) => {}
            Err(err) => problems.push(walk_error(root, &err)),
        }
    }
    found
}

fn found_at(root: &Path, path: &Path) -> Found {
    Found {
        path: path.to_path_buf(),
        rel: path.strip_prefix(root).unwrap_or(path).to_path_buf(),
    }
}

/// `Some(target)` for a link to a file inside the tree, `None` for a link to a directory
/// inside it (not followed), an error for a link leaving the tree or dangling.
fn symlink_target(link: &Path, root: &Path) -> Result<Option<PathBuf>, Diagnostic> {
    let target = link.canonicalize().map_err(|_| {
        Diagnostic::error(
            "symlink",
            link,
            tr!(
                "el enlace simbólico no lleva a ningún sitio",
                "dangling symlink"
            ),
        )
        .hint(tr!(
            "bórralo o corrige su destino",
            "remove it or fix its target"
        ))
    })?;
    if !target.starts_with(root) {
        return Err(Diagnostic::error(
            "symlink",
            link,
            tr!(
                "el enlace simbólico sale del árbol de entrada (a {t})",
                "symlink leaves the input tree (to {t})",
                t = target.display()
            ),
        )
        .at(1, 1)
        .hint(tr!(
            "copia el archivo dentro del árbol en vez de enlazarlo",
            "copy the file into the tree instead of linking to it"
        )));
    }
    Ok(target.is_file().then_some(target))
}

fn walk_error(root: &Path, err: &walkdir::Error) -> Diagnostic {
    let path = err.path().unwrap_or(root);
    Diagnostic::error(
        "io",
        path,
        tr!("no se puede recorrer: {err}", "cannot read: {err}"),
    )
    .hint(tr!("revisa los permisos", "check the permissions"))
}
