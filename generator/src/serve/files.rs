//! Which file a request path names, refusing anything outside the output directory:
//! `..` segments (plain or percent-encoded), backslashes, NUL bytes, and symlinks.

use std::path::{Component, Path, PathBuf};

/// Why a request gets no file.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The path tries to leave the site (403).
    Forbidden,
    /// Nothing there (404).
    Missing,
}

/// The file under `root` (canonical) that `url_path` names.
pub fn resolve(root: &Path, url_path: &str) -> Result<PathBuf, Refusal> {
    let path = url_path.split(['?', '#']).next().unwrap_or("/");
    let decoded = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .map_err(|_| Refusal::Forbidden)?;
    if decoded.contains(['\\', '\0']) {
        return Err(Refusal::Forbidden);
    }
    let rel = Path::new(decoded.trim_start_matches('/'));
    if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
        return Err(Refusal::Forbidden);
    }
    let mut file = root.join(rel);
    if file.is_dir() {
        file = file.join("index.html");
    }
    let real = file.canonicalize().map_err(|_| Refusal::Missing)?;
    // Canonical differs from the joined path only through a symlink: refuse those too.
    if real != file || !real.starts_with(root) {
        return Err(Refusal::Forbidden);
    }
    Ok(real)
}

pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "xml" => "application/xml",
        "example" | "env" | "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_traversal_in_every_spelling() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::write(root.join("index.html"), "x").unwrap();
        assert_eq!(resolve(&root, "/").unwrap(), root.join("index.html"));
        for bad in [
            "/../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/a/%2E%2E/%2e%2e/x",
            "/..%2fetc",
            "/a\\..\\b",
            "/%00",
        ] {
            assert_eq!(resolve(&root, bad), Err(Refusal::Forbidden), "{bad}");
        }
        assert_eq!(resolve(&root, "/nope.html"), Err(Refusal::Missing));
    }

    #[test]
    fn refuses_symlinks() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::os::unix::fs::symlink("/etc/hostname", root.join("leak")).unwrap();
        assert_eq!(resolve(&root, "/leak"), Err(Refusal::Forbidden));
    }
}
