//! `guardia env check FILE --system ID --env ENV`: validates a `.env` file with the
//! same rules as the portal's browser validator and prints findings like a compiler.
//! Secret values are masked in every format. Exit 0 clean, 1 errors, 2 unusable input.

use crate::config::PortalConfig;
use crate::diagnostic::{Diagnostic, Severity as DSeverity};
use crate::{env_schema, msg};
use clap::{Args, Subcommand, ValueEnum};
use guardia_core::env::{validate_bytes, Finding, Report, Severity};
use guardia_core::Lang;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct EnvArgs {
    #[command(subcommand)]
    pub command: EnvCommand,
}

#[derive(Subcommand, Debug)]
pub enum EnvCommand {
    /// Validate a .env file against a system's env.yaml for one environment.
    Check(EnvCheckArgs),
}

#[derive(Args, Debug)]
pub struct EnvCheckArgs {
    /// The .env file to check.
    pub file: PathBuf,
    /// The system whose `content/<system>/env.yaml` applies.
    #[arg(long)]
    pub system: String,
    /// The environment to check for (one of portal.yaml's `environments`).
    #[arg(long = "env")]
    pub environment: String,
    #[arg(long, default_value = "content")]
    pub content: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Language of the messages (default: from GUARDIA_LANG or the locale).
    #[arg(long)]
    pub lang: Option<Lang>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Github,
}

pub fn run(args: &EnvArgs) -> ExitCode {
    let EnvCommand::Check(args) = &args.command;
    match check(args) {
        Ok(report) => {
            print(args, &report);
            ExitCode::from(u8::from(report.has_errors()))
        }
        Err(problems) => {
            for p in problems {
                eprintln!("{p}");
            }
            ExitCode::from(2)
        }
    }
}

fn check(args: &EnvCheckArgs) -> Result<Report, Vec<Diagnostic>> {
    let config = PortalConfig::load(&args.content)?;
    if !config.environments.contains(&args.environment) {
        let list = config.environments.join(", ");
        let file = PortalConfig::path(&args.content);
        return Err(vec![Diagnostic::error(
            "usage",
            &file,
            msg::pick(
                format!("entorno desconocido '{}'", args.environment),
                format!("unknown environment '{}'", args.environment),
            ),
        )
        .hint(msg::pick(
            format!("usa uno de: {list}"),
            format!("use one of: {list}"),
        ))]);
    }
    let schema_file = schema_file(&args.content, &args.system)?;
    let schema = env_schema::load(&schema_file, &config.environments)?;
    let bytes = std::fs::read(&args.file).map_err(|e| {
        vec![Diagnostic::error(
            "io",
            &args.file,
            msg::pick(
                format!("no se puede leer el archivo: {e}"),
                format!("cannot read the file: {e}"),
            ),
        )]
    })?;
    Ok(validate_bytes(&bytes, Some(&schema), &args.environment))
}

fn schema_file(content: &Path, system: &str) -> Result<PathBuf, Vec<Diagnostic>> {
    let dir = content.join(system);
    let valid =
        !system.is_empty() && !system.contains(['/', '\\']) && system != "." && system != "..";
    if !valid || !dir.is_dir() {
        return Err(vec![Diagnostic::error(
            "usage",
            content,
            msg::pick(
                format!("sistema desconocido '{system}'"),
                format!("unknown system '{system}'"),
            ),
        )
        .hint(msg::pick(
            "usa el nombre de una carpeta de content/",
            "use the name of a folder in content/",
        ))]);
    }
    let file = dir.join("env.yaml");
    if !file.is_file() {
        return Err(vec![Diagnostic::error(
            "usage",
            &file,
            msg::pick(
                format!("el sistema '{system}' no tiene env.yaml"),
                format!("system '{system}' has no env.yaml"),
            ),
        )]);
    }
    Ok(file)
}

fn print(args: &EnvCheckArgs, report: &Report) {
    let lang = args.lang.unwrap_or_else(msg::lang);
    let file = args.file.display().to_string();
    match args.format {
        Format::Text => print!("{}", report.to_text(&file, lang)),
        Format::Json => {
            let value = serde_json::json!({ "file": file, "report": report });
            println!(
                "{}",
                serde_json::to_string_pretty(&value).unwrap_or_default()
            );
        }
        Format::Github => {
            for f in &report.findings {
                println!("{}", annotation(&args.file, f, lang).github_annotation());
            }
            println!("{}", report.summary_line(lang));
        }
    }
}

fn annotation(file: &Path, f: &Finding, lang: Lang) -> Diagnostic {
    let severity = match f.severity {
        Severity::Error => DSeverity::Error,
        Severity::Warning => DSeverity::Warning,
        Severity::Info => DSeverity::Info,
    };
    let mut d = Diagnostic::error(f.code.as_str(), file, f.message.get(lang)).at(f.line, f.col);
    d.severity = severity;
    match &f.fix {
        Some(fix) => d.hint(fix.get(lang)),
        None => d,
    }
}
