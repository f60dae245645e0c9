//! Stage 4, **write**: the rendered site goes into a temporary directory next to the
//! output, which is then swapped in. A failure before the swap leaves the previous
//! output exactly as it was.

use crate::diagnostic::Diagnostic;
use crate::tr;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The output is replaced wholesale, so it must not hold any input (`--out .` or
/// `--out content` would delete the docs) nor be the root of the filesystem.
pub fn check_out(out: &Path, inputs: &[&Path]) -> Result<(), Diagnostic> {
    let out_abs = crate::model::paths::normalize(out);
    let holds_input = inputs
        .iter()
        .map(|i| crate::model::paths::normalize(i))
        .any(|i| i.starts_with(&out_abs));
    if !holds_input && out_abs.parent().is_some() {
        return Ok(());
    }
    Err(Diagnostic::error(
        "out-dir",
        out,
        tr!(
            "el directorio de salida contiene las entradas y se reemplaza entero en cada construcción",
            "the output directory holds the inputs, and it is replaced wholesale on every build"
        ),
    )
    .hint(tr!("elige otro directorio, p. ej. --out public", "choose another directory, e.g. --out public")))
}

/// Writes `files` as the new content of `out`.
pub fn write(out: &Path, files: &BTreeMap<PathBuf, Vec<u8>>) -> Result<(), Diagnostic> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(|e| io(&parent, &e))?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let staging = tempfile::Builder::new()
        .prefix(&format!(".{name}.new-"))
        .tempdir_in(&parent)
        .map_err(|e| io(&parent, &e))?;
    write_tree(staging.path(), files)?;
    swap(staging, out, &parent, &name)
}

/// Directories first (once each), then the files in parallel: thousands of small files
/// are mostly syscalls, which overlap well.
fn write_tree(root: &Path, files: &BTreeMap<PathBuf, Vec<u8>>) -> Result<(), Diagnostic> {
    use rayon::prelude::*;
    let dirs: std::collections::BTreeSet<&Path> =
        files.keys().filter_map(|rel| rel.parent()).collect();
    for dir in dirs {
        let dir = root.join(dir);
        std::fs::create_dir_all(&dir).map_err(|e| io(&dir, &e))?;
    }
    files.par_iter().try_for_each(|(rel, bytes)| {
        let path = root.join(rel);
        std::fs::write(&path, bytes).map_err(|e| io(&path, &e))
    })
}

/// Moves the old output aside, the new one in, then deletes the old one.
fn swap(
    staging: tempfile::TempDir,
    out: &Path,
    parent: &Path,
    name: &str,
) -> Result<(), Diagnostic> {
    let old = tempfile::Builder::new()
        .prefix(&format!(".{name}.old-"))
        .tempdir_in(parent)
        .map_err(|e| io(parent, &e))?;
    let had_old = out.exists();
    if had_old {
        std::fs::rename(out, old.path().join("site")).map_err(|e| io(out, &e))?;
    }
    let new = staging.keep();
    if let Err(e) = std::fs::rename(&new, out) {
        if had_old {
            let _ = std::fs::rename(old.path().join("site"), out);
        }
        let _ = std::fs::remove_dir_all(&new);
        return Err(io(out, &e));
    }
    Ok(())
}

/// Replaces one file of an existing output atomically (write aside, then rename).
pub fn replace_file(out: &Path, rel: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let path = out.join(rel);
    let dir = path.parent().unwrap_or(out);
    std::fs::create_dir_all(dir).map_err(|e| io(dir, &e))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| io(dir, &e))?;
    std::io::Write::write_all(&mut tmp, bytes).map_err(|e| io(&path, &e))?;
    tmp.persist(&path).map_err(|e| io(&path, &e.error))?;
    Ok(())
}

fn io(path: &Path, err: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        "io",
        path,
        tr!("no se puede escribir: {err}", "cannot write: {err}"),
    )
    .hint(tr!(
        "comprueba los permisos y el espacio libre",
        "check permissions and free space"
    ))
}
