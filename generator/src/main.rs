//! guardia — turns `content/` and `runbooks/` into a bilingual static portal.
//!
//! The pipeline, one module per stage, each fully done before the next starts:
//!
//! 1. [`load`]: walk the inputs, read `portal.yaml`, every `system.yaml` and `env.yaml`,
//!    page and runbook front matter, and scan each page's Markdown (headings, task items).
//! 2. [`model`]: pair languages by translation key, decide fallbacks and URLs, find
//!    site-wide problems (duplicate URLs or ids). Links resolve against this model.
//! 3. [`render`]: Markdown ([`markdown`]) and Tera templates ([`render::theme`]), in
//!    parallel, into memory.
//! 4. [`write`]: into a temporary directory next to the output, then swapped in.
//!
//! Nothing is written unless the whole site loads; every problem is reported at once as
//! `path:line:col: message` with a hint ([`diagnostic`], [`report`]). Exit codes: 0 ok,
//! 1 findings, 2 unusable input.

mod build_cmd;
mod check;
mod cli;
mod config;
mod diagnostic;
mod embedded;
mod env_check;
mod env_schema;
mod front_matter;
mod health_cmd;
mod load;
mod markdown;
mod model;
mod msg;
mod render;
mod report;
mod serve;
mod source;
mod write;
mod yaml;
mod yaml_path;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    restore_default_sigpipe();
    cli::Cli::parse().run()
}

/// `guardia check --format json | head` should end quietly like any Unix tool, not
/// panic in `println!`: Rust ignores SIGPIPE by default, so restore the default action.
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called once at start-up, before any thread exists; SIG_DFL is always valid.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
