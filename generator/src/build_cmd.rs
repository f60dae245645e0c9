//! `guardia build`: load → model → render → write, and a one-line summary.

use crate::diagnostic::{Diagnostic, Severity};
use crate::load::{self, Inputs};
use crate::model::{self, Site};
use crate::render::{self, Options, Output, Theme};
use crate::{report, tr, write};
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Args, Debug, Clone)]
pub struct BuildArgs {
    #[command(flatten)]
    pub inputs: InputArgs,
    /// Output directory / Directorio de salida.
    #[arg(long, default_value = "public")]
    pub out: PathBuf,
    /// Version stamped in every page footer / Versión en el pie de cada página.
    #[arg(long)]
    pub release_tag: Option<String>,
    /// Date shown in the footer / Fecha en el pie (sin ella, cada construcción es idéntica).
    #[arg(long)]
    pub build_date: Option<String>,
}

#[derive(Args, Debug, Clone)]
pub struct InputArgs {
    /// Pages, systems and portal.yaml / Páginas, sistemas y portal.yaml.
    #[arg(long, default_value = "content")]
    pub content: PathBuf,
    /// Runbooks / Runbooks.
    #[arg(long, default_value = "runbooks")]
    pub runbooks: PathBuf,
    /// Theme directory: its files replace the default theme's / Tema: sus archivos sustituyen a los del tema por defecto.
    #[arg(long)]
    pub theme: Option<PathBuf>,
}

impl InputArgs {
    pub fn inputs(&self) -> Inputs {
        Inputs {
            content: self.content.clone(),
            runbooks: self.runbooks.clone(),
        }
    }
}

/// A loaded and checked site, or every problem that makes it unusable.
pub fn load_site(inputs: &InputArgs) -> Result<(Site, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let loaded = load::load(&inputs.inputs(), &mut problems);
    let site = loaded.map(|l| model::build(l, &mut problems));
    match site {
        Some(site) if report::errors(&problems) == 0 => Ok((site, problems)),
        _ => Err(problems),
    }
}

/// The loaded site and its theme, or every problem that makes them unusable.
pub fn prepare(inputs: &InputArgs) -> Result<(Site, Theme, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (site, problems) = load_site(inputs)?;
    let theme = Theme::load(inputs.theme.as_deref(), site.languages())?;
    Ok((site, theme, problems))
}

/// Renders a prepared site; broken links are warnings here (errors in `check`).
pub fn render_prepared(
    site: &Site,
    theme: &Theme,
    opts: &Options,
) -> Result<(Output, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (output, mut found) = render::render(site, theme, opts)?;
    for p in &mut found {
        p.severity = p.severity.max(Severity::Warning);
    }
    Ok((output, found))
}

/// Loads, checks and renders.
pub fn render_site(
    inputs: &InputArgs,
    opts: &Options,
) -> Result<(Site, Output, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (site, theme, mut problems) = prepare(inputs)?;
    let (output, mut found) = render_prepared(&site, &theme, opts)?;
    problems.append(&mut found);
    Ok((site, output, problems))
}

pub fn run(args: &BuildArgs) -> ExitCode {
    let start = Instant::now();
    let opts = Options {
        release_tag: args.release_tag.clone(),
        build_date: args.build_date.clone(),
        ..Options::default()
    };
    let inputs = [
        args.inputs.content.as_path(),
        args.inputs.runbooks.as_path(),
    ];
    let result = write::check_out(&args.out, &inputs)
        .map_err(|d| vec![d])
        .and_then(|()| render_site(&args.inputs, &opts))
        .and_then(|(site, output, problems)| {
            write::write(&args.out, &output.files).map_err(|d| vec![d])?;
            Ok((site, output, problems))
        });
    match result {
        Ok((_, output, mut problems)) => {
            report::sort(&mut problems);
            let _ = report::print(&problems, report::Format::Text, &mut std::io::stderr());
            println!(
                "{}",
                summary(&output, report::warnings(&problems), start, &args.out)
            );
            ExitCode::SUCCESS
        }
        Err(mut problems) => {
            report::sort(&mut problems);
            let _ = report::print(&problems, report::Format::Text, &mut std::io::stderr());
            eprintln!(
                "{}",
                tr!(
                    "{n} error(es): no se ha escrito nada; {out} sigue como estaba",
                    "{n} error(s): nothing was written; {out} is unchanged",
                    n = report::errors(&problems),
                    out = args.out.display()
                )
            );
            ExitCode::from(2)
        }
    }
}

pub fn summary(output: &Output, warnings: usize, start: Instant, out: &std::path::Path) -> String {
    let per_lang: Vec<String> = output
        .pages
        .iter()
        .map(|(l, n)| format!("{l} {n}"))
        .collect();
    let total: usize = output.pages.values().sum();
    tr!(
        "{total} páginas ({langs}), {warnings} avisos, {ms} ms → {out}",
        "{total} pages ({langs}), {warnings} warnings, {ms} ms → {out}",
        langs = per_lang.join(", "),
        ms = start.elapsed().as_millis(),
        out = out.display()
    )
}
