//! Command-line arguments. Each subcommand hands off to the module named after it.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "guardia",
    version,
    about = "Bilingual operations docs to a static portal"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Build the portal into the output directory.
    Build,
}

impl Cli {
    pub fn run(self) -> ExitCode {
        match self.command {
            Command::Build => ExitCode::from(2),
        }
    }
}
