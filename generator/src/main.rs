//! guardia — the CLI edge: parse arguments, run one command, report, exit 0/1/2.

use clap::Parser;
use std::process::ExitCode;

mod cli;
mod config;
mod diagnostic;
mod yaml;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    cli.run()
}
