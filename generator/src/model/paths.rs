//! Paths and URLs. Site URLs are kept relative to the site root (`es/pagos/despliegue/`)
//! and written into each page relative to that page (`../../pagos/…`), so the portal
//! works from any base path (GitHub project pages) and from `file://`.

use std::path::{Component, Path, PathBuf};

/// `path` made absolute and stripped of `.` and `..` without touching the disk.
pub fn normalize(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = PathBuf::new();
    for part in absolute.components() {
        match part {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// The output file of a root-relative URL: `es/x/` → `es/x/index.html`.
pub fn output_file(url: &str) -> PathBuf {
    if url.is_empty() || url.ends_with('/') {
        PathBuf::from(format!("{url}index.html"))
    } else {
        PathBuf::from(url)
    }
}

/// The prefix that leads from the page at `url` back to the site root: `../../`.
pub fn root_of(url: &str) -> String {
    "../".repeat(url.matches('/').count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_and_files() {
        assert_eq!(root_of("es/pagos/despliegue/"), "../../../");
        assert_eq!(root_of("es/"), "../");
        assert_eq!(root_of("404.html"), "");
        assert_eq!(output_file("es/"), PathBuf::from("es/index.html"));
        assert_eq!(output_file("sitemap.xml"), PathBuf::from("sitemap.xml"));
    }

    #[test]
    fn normalizes_lexically() {
        let n = normalize(Path::new("/a/b/../c/./d.md"));
        assert_eq!(n, PathBuf::from("/a/c/d.md"));
    }
}
