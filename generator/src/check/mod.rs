//! `guardia check`: everything the build validates, plus broken links, anchors and
//! images, translation coverage, mojibake and committed secrets. Exit 0 clean, 1
//! findings, 2 unusable input.

mod coverage;
mod mojibake;
mod placeholder;
mod secrets;

use crate::build_cmd::InputArgs;
use crate::diagnostic::Diagnostic;
use crate::render::{self, Options, Theme};
use crate::report::{self, Format};
use crate::{load, model, tr};
use clap::Args;
use std::path::Path;
use std::process::ExitCode;

#[derive(Args, Debug, Clone)]
pub struct CheckArgs {
    #[command(flatten)]
    pub inputs: InputArgs,
    /// Missing translations are errors / Las traducciones que faltan son errores.
    #[arg(long)]
    pub strict_i18n: bool,
    /// Output format / Formato de salida.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: &CheckArgs) -> ExitCode {
    let mut problems = Vec::new();
    let Some(loaded) = load::load(&args.inputs.inputs(), &mut problems) else {
        return finish(args, problems, Vec::new(), 2);
    };
    let site = model::build(loaded, &mut problems);
    let theme = match Theme::load(args.inputs.theme.as_deref(), site.languages()) {
        Ok(theme) => theme,
        Err(mut p) => {
            problems.append(&mut p);
            return finish(args, problems, Vec::new(), 2);
        }
    };
    match render::render(&site, &theme, &Options::default()) {
        Ok((_, mut found)) => problems.append(&mut found),
        Err(mut p) => problems.append(&mut p),
    }
    problems.extend(text_findings(&args.inputs));
    let (rows, mut gaps) = coverage::coverage(&site, args.strict_i18n);
    problems.append(&mut gaps);
    let code = if report::errors(&problems) > 0 { 1 } else { 0 };
    finish(args, problems, rows, code)
}

/// Mojibake and secrets in every text input (pages, runbooks and YAML).
fn text_findings(inputs: &InputArgs) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for root in [&inputs.content, &inputs.runbooks] {
        for entry in walkdir::WalkDir::new(root)
            .sort_by_file_name()
            .into_iter()
            .flatten()
        {
            let path = entry.path();
            if entry.file_type().is_file() && is_text(path) {
                if let Ok(text) = std::fs::read_to_string(path) {
                    out.extend(mojibake::find(path, &text));
                    out.extend(secrets::find(path, &text));
                }
            }
        }
    }
    out
}

fn is_text(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e, "md" | "yaml" | "yml" | "env" | "txt"))
}

fn finish(
    args: &CheckArgs,
    mut problems: Vec<Diagnostic>,
    rows: Vec<coverage::Coverage>,
    code: u8,
) -> ExitCode {
    report::sort(&mut problems);
    let stdout = &mut std::io::stdout();
    if args.format == Format::Json {
        let json = serde_json::json!({ "problems": problems, "coverage": rows });
        println!(
            "{}",
            serde_json::to_string_pretty(&json).unwrap_or_default()
        );
        return ExitCode::from(code);
    }
    let _ = report::print(&problems, args.format, stdout);
    if args.format == Format::Text {
        println!(
            "{}",
            tr!(
                "{e} errores, {w} avisos",
                "{e} errors, {w} warnings",
                e = report::errors(&problems),
                w = report::warnings(&problems)
            )
        );
    }
    ExitCode::from(code)
}
