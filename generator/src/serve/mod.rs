//! `guardia serve`: build, serve the output on 127.0.0.1 only, rebuild on every change
//! (notify, debounced) and reload open pages. A failed rebuild keeps the last good site
//! and shows its errors on every page until the next good build.

mod files;
mod http;
mod rebuild;

use crate::build_cmd::InputArgs;
use crate::tr;
use clap::Args;
use notify::{RecursiveMode, Watcher};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Args, Debug, Clone)]
pub struct ServeArgs {
    #[command(flatten)]
    pub inputs: InputArgs,
    /// Output directory / Directorio de salida.
    #[arg(long, default_value = "public")]
    pub out: PathBuf,
    /// Port on 127.0.0.1 / Puerto en 127.0.0.1.
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
}

/// What the HTTP side reads: the build counter pages poll, and the last errors.
pub struct State {
    pub root: PathBuf,
    pub build: AtomicU64,
    pub errors: Mutex<Option<String>>,
}

pub fn run(args: &ServeArgs) -> ExitCode {
    let mut builder = rebuild::Builder::new(args.clone());
    let first = builder.full();
    if let Err(e) = std::fs::create_dir_all(&args.out) {
        eprintln!("{}: {e}", args.out.display());
        return ExitCode::from(2);
    }
    let state = Arc::new(State {
        root: args.out.canonicalize().unwrap_or_else(|_| args.out.clone()),
        build: AtomicU64::new(1),
        errors: Mutex::new(first.err()),
    });
    let server = match tiny_http::Server::http(("127.0.0.1", args.port)) {
        Ok(s) => Arc::new(s),
        Err(e) => {
            eprintln!(
                "{}",
                tr!(
                    "no se puede escuchar en 127.0.0.1:{p}: {e}",
                    "cannot listen on 127.0.0.1:{p}: {e}",
                    p = args.port
                )
            );
            return ExitCode::from(2);
        }
    };
    println!(
        "{}",
        tr!(
            "sirviendo en http://127.0.0.1:{p}/ (Ctrl+C para salir)",
            "serving at http://127.0.0.1:{p}/ (Ctrl+C to stop)",
            p = args.port
        )
    );
    for _ in 0..2 {
        let (server, state) = (Arc::clone(&server), Arc::clone(&state));
        std::thread::spawn(move || http::serve(&server, &state));
    }
    watch(args, &mut builder, &state)
}

/// Rebuilds on every batch of changes, forever. Reads are not changes: the build opens
/// every input, and counting that would rebuild in a loop.
fn watch(args: &ServeArgs, builder: &mut rebuild::Builder, state: &State) -> ExitCode {
    let (tx, rx) = std::sync::mpsc::channel::<PathBuf>();
    let handler = move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else { return };
        if !event.kind.is_access() && !event.kind.is_other() {
            event.paths.into_iter().for_each(|p| drop(tx.send(p)));
        }
    };
    let mut watcher = match notify::recommended_watcher(handler) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let mut roots = vec![args.inputs.content.clone(), args.inputs.runbooks.clone()];
    roots.extend(args.inputs.theme.clone());
    for root in roots.iter().filter(|r| r.exists()) {
        if let Err(e) = watcher.watch(root, RecursiveMode::Recursive) {
            eprintln!("{}: {e}", root.display());
        }
    }
    while let Ok(first) = rx.recv() {
        let paths = debounce(first, &rx);
        let result = builder.changed(&paths);
        if let Ok(mut errors) = state.errors.lock() {
            *errors = result.err();
        }
        state.build.fetch_add(1, Ordering::SeqCst);
    }
    ExitCode::SUCCESS
}

/// An editor's save is several events; wait until they stop for a moment.
fn debounce(first: PathBuf, rx: &std::sync::mpsc::Receiver<PathBuf>) -> Vec<PathBuf> {
    let mut paths = vec![first];
    while let Ok(p) = rx.recv_timeout(Duration::from_millis(30)) {
        if !paths.contains(&p) {
            paths.push(p);
        }
    }
    paths
}
