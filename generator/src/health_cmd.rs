//! `guardia health [--system ID] --env ENV`: polls the declared health endpoints of one
//! environment concurrently, reads each answer with `guardia_core::health::interpret`
//! (the same rules as the status page) and prints a table or JSON.
//! Exit 0 when every service is ok, degraded or unknown; 1 when any is down or
//! unreachable; 2 for usage or input errors.

mod poll;
mod table;
mod targets;

use crate::report;
use guardia_core::health::{Status, Verdict};
use guardia_core::Lang;
use std::path::PathBuf;
use std::process::ExitCode;
use targets::Target;

#[derive(clap::Args, Debug)]
pub struct HealthArgs {
    /// Only this system (its directory under the content root).
    #[arg(long)]
    pub system: Option<String>,
    /// The environment to poll (one of portal.yaml's `environments`).
    #[arg(long)]
    pub env: String,
    /// The content root.
    #[arg(long, default_value = "content")]
    pub content: PathBuf,
    #[arg(long, value_enum, default_value_t = Output::Text)]
    pub format: Output,
    /// Language of the table (default: GUARDIA_LANG or the locale).
    #[arg(long)]
    pub lang: Option<Lang>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    Text,
    Json,
}

/// One polled endpoint and what the interpreter made of it.
pub struct Checked {
    pub target: Target,
    pub verdict: Verdict,
}

pub fn run(args: &HealthArgs) -> ExitCode {
    if let Some(lang) = args.lang {
        // Diagnostics follow the process language (`msg`); --lang sets it before first use.
        std::env::set_var("GUARDIA_LANG", lang.code());
    }
    let lang = crate::msg::lang();
    let targets = match targets::collect(&args.content, args.system.as_deref(), &args.env) {
        Ok(targets) => targets,
        Err(problems) => {
            let _ = report::print(&problems, report::Format::Text, &mut std::io::stderr());
            return ExitCode::from(2);
        }
    };
    let checked = poll::all(targets);
    match args.format {
        Output::Text => print!("{}", table::text(&args.env, &checked, lang)),
        Output::Json => println!("{}", table::json(&args.env, &checked)),
    }
    exit_code(&checked)
}

fn exit_code(checked: &[Checked]) -> ExitCode {
    let failing = |c: &Checked| matches!(c.verdict.status, Status::Down | Status::Unreachable);
    ExitCode::from(u8::from(checked.iter().any(failing)))
}
