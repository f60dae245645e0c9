//! Command-line arguments. Each subcommand hands off to the module named after it.

use crate::build_cmd::{self, BuildArgs};
use crate::check::{self, CheckArgs};
use crate::env_check::{self, EnvArgs};
use crate::health_cmd::{self, HealthArgs};
use crate::serve::{self, ServeArgs};
use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "guardia",
    version,
    about = "Bilingual operations docs to a static portal / Documentación de operaciones bilingüe a un portal estático"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Build the portal into the output directory / Construye el portal en el directorio de salida.
    Build(BuildArgs),
    /// Check the docs like CI: links, YAML, translations, mojibake, secrets / Revisa la documentación como la CI.
    Check(CheckArgs),
    /// Build, serve on 127.0.0.1, rebuild and reload on change / Construye, sirve en 127.0.0.1 y recarga al guardar.
    Serve(ServeArgs),
    /// Poll the declared health endpoints of one environment and print a table.
    Health(HealthArgs),
    /// `.env` files: `guardia env check FILE --system ID --env ENV`.
    Env(EnvArgs),
}

impl Cli {
    pub fn run(self) -> ExitCode {
        match self.command {
            Command::Health(args) => health_cmd::run(&args),
            Command::Build(args) => build_cmd::run(&args),
            Command::Check(args) => check::run(&args),
            Command::Serve(args) => serve::run(&args),
            Command::Env(args) => env_check::run(&args),
        }
    }
}
