//! Embeds the default theme and the browser bundle in the binary, so `guardia` works from
//! any directory and needs no wasm toolchain. Directories are watched with
//! `rerun-if-changed`, so an edited template or a rebuilt bundle is picked up; a missing
//! or empty directory embeds nothing.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest
        .parent()
        .expect("generator/ is in the workspace")
        .to_path_buf();
    let mut out = String::new();
    for (name, dir) in [
        ("THEME", root.join("themes/default")),
        ("WEB_PKG", root.join("web/pkg")),
        ("WEB_ASSETS", root.join("web/assets")),
    ] {
        watch(&dir, &root);
        let mut files = Vec::new();
        collect(&dir, &dir, &mut files);
        files.sort();
        writeln!(out, "pub static {name}: &[(&str, &[u8])] = &[").unwrap();
        for (rel, abs) in files {
            writeln!(
                out,
                "    ({rel:?}, include_bytes!({:?})),",
                abs.display().to_string()
            )
            .unwrap();
        }
        writeln!(out, "];").unwrap();
    }
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("embedded.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

/// Watch the directory if it exists, else its parent (a missing path would rerun always).
fn watch(dir: &Path, root: &Path) {
    let watched = if dir.exists() {
        dir
    } else {
        dir.parent().unwrap_or(root)
    };
    println!("cargo:rerun-if-changed={}", watched.display());
}

fn collect(base: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(base, &path, out);
        } else if path.is_file() {
            let rel = path.strip_prefix(base).expect("under base");
            let rel = rel
                .iter()
                .map(|p| p.to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.push((rel, path.canonicalize().unwrap_or(path)));
        }
    }
}
