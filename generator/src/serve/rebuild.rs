//! Rebuilding for the dev server. Keeps the loaded site and theme between builds; a
//! change that only edits the body of existing pages (same front matter, headings and
//! checklist items, so no other page can change) re-renders just those pages.

use super::ServeArgs;
use crate::build_cmd::{prepare, render_prepared};
use crate::diagnostic::Diagnostic;
use crate::load::{self, Found, PageSource};
use crate::model::paths::normalize;
use crate::model::{Site, SourceRef};
use crate::render::nav::Navs;
use crate::render::{self, Options, Theme};
use crate::{report, tr, write};
use std::path::{Path, PathBuf};
use std::time::Instant;

pub struct Builder {
    args: ServeArgs,
    opts: Options,
    last: Option<(Site, Theme, Navs)>,
}

impl Builder {
    pub fn new(args: ServeArgs) -> Builder {
        Builder {
            args,
            opts: Options {
                reload: true,
                ..Options::default()
            },
            last: None,
        }
    }

    /// A full build; `Err` holds the printed errors for the page banner.
    pub fn full(&mut self) -> Result<(), String> {
        let start = Instant::now();
        let inputs = [
            self.args.inputs.content.as_path(),
            self.args.inputs.runbooks.as_path(),
        ];
        let checked = write::check_out(&self.args.out, &inputs).map_err(|d| vec![d]);
        let result = checked.and_then(|()| prepare(&self.args.inputs)).and_then(
            |(site, theme, mut problems)| {
                let (output, mut found) = render_prepared(&site, &theme, &self.opts)?;
                write::write(&self.args.out, &output.files).map_err(|d| vec![d])?;
                problems.append(&mut found);
                Ok((site, theme, output, problems))
            },
        );
        match result {
            Ok((site, theme, output, problems)) => {
                print(&problems);
                println!(
                    "{}",
                    crate::build_cmd::summary(
                        &output,
                        report::warnings(&problems),
                        start,
                        &self.args.out
                    )
                );
                self.last = render::nav::render_all(&site, &theme)
                    .ok()
                    .map(|navs| (site, theme, navs));
                Ok(())
            }
            Err(problems) => {
                // The kept site is stale now: the next change must rebuild everything,
                // or a body edit would hide errors elsewhere.
                self.last = None;
                Err(print(&problems))
            }
        }
    }

    /// Rebuilds after `paths` changed: just those pages when possible, else everything.
    pub fn changed(&mut self, paths: &[PathBuf]) -> Result<(), String> {
        let start = Instant::now();
        match self.try_pages(paths) {
            Some(Ok(n)) => {
                println!(
                    "{}",
                    tr!(
                        "{n} página(s) reconstruida(s) en {ms} ms",
                        "{n} page(s) rebuilt in {ms} ms",
                        ms = start.elapsed().as_millis()
                    )
                );
                Ok(())
            }
            Some(Err(problems)) => Err(print(&problems)),
            None => self.full(),
        }
    }

    /// `None` when the change is not a body-only edit of existing pages.
    fn try_pages(&mut self, paths: &[PathBuf]) -> Option<Result<usize, Vec<Diagnostic>>> {
        let (site, theme, navs) = self.last.as_mut()?;
        let mut changed = Vec::new();
        for path in paths {
            match reload(site, path)? {
                Ok(page) => changed.push(page),
                Err(problems) => return Some(Err(problems)),
            }
        }
        let wanted: Vec<usize> = changed.iter().map(|(i, _)| *i).collect();
        for (i, new) in changed {
            site.pages[i] = new;
        }
        let docs: Vec<usize> = (0..site.docs.len())
            .filter(|&d| matches!(site.docs[d].source, SourceRef::Page(p) if wanted.contains(&p)))
            .collect();
        let files = render::render_docs(site, theme, &self.opts, navs, &docs);
        Some(files.and_then(|files| {
            for (rel, bytes) in &files {
                write::replace_file(&self.args.out, rel, bytes).map_err(|d| vec![d])?;
            }
            Ok(files.len())
        }))
    }
}

/// The page at `path` read again, if only its body changed (`None` otherwise: the
/// navigation, anchors or checklist ids of other pages could depend on the change).
fn reload(site: &Site, path: &Path) -> Option<Result<(usize, PageSource), Vec<Diagnostic>>> {
    let i = page_index(site, path)?;
    let page = &site.pages[i];
    let rel = page
        .src
        .file
        .strip_prefix(&site.inputs.content)
        .ok()?
        .to_path_buf();
    let found = Found {
        path: page.src.file.clone(),
        rel,
    };
    let new = match load::load_page(&found, &site.config.languages) {
        Ok(new) => new,
        Err(problems) => return Some(Err(problems)),
    };
    let same = new.meta == page.meta
        && new.src.scan.task_items == page.src.scan.task_items
        && same_headings(&new.src.scan, &page.src.scan);
    same.then_some(Ok((i, new)))
}

fn page_index(site: &Site, path: &Path) -> Option<usize> {
    let path = normalize(path);
    site.pages
        .iter()
        .position(|p| normalize(&p.src.file) == path)
}

/// Same headings apart from the lines they start on.
fn same_headings(a: &crate::markdown::Scan, b: &crate::markdown::Scan) -> bool {
    a.headings.len() == b.headings.len()
        && a.headings
            .iter()
            .zip(&b.headings)
            .all(|(x, y)| (x.level, &x.id, &x.text) == (y.level, &y.id, &y.text))
}

fn print(problems: &[Diagnostic]) -> String {
    let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    let text = text.join("\n");
    if !text.is_empty() {
        eprintln!("{text}");
    }
    text
}
