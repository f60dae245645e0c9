//! Shared by the `browser_*` tests: headless Chromium through chromedriver (fantoccini),
//! a fixture portal built with the real `guardia build` and served on 127.0.0.1 by a
//! server that counts requests, and loopback health servers.
//!
//! The tests run when `GUARDIA_BROWSER_TESTS=1` (CI sets it); otherwise each one prints
//! why it is skipped and passes, so a plain `cargo test` works without a browser.

#![allow(dead_code)] // each test binary uses its own subset

pub mod driver;
pub mod health_server;
pub mod site;

pub use driver::Browser;
pub use site::Site;

use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// Whether browser tests run here; prints the reason when they do not. With
/// `GUARDIA_BROWSER_TESTS=1` a missing browser is a failure, not a skip.
pub fn enabled(test: &str) -> bool {
    let wanted = std::env::var("GUARDIA_BROWSER_TESTS").is_ok_and(|v| v == "1");
    let have = Path::new(CHROMEDRIVER).exists() && Path::new(CHROMIUM).exists();
    if wanted {
        assert!(have, "GUARDIA_BROWSER_TESTS=1 but {CHROMEDRIVER} or {CHROMIUM} is missing: apt-get install chromium chromium-driver");
        return true;
    }
    // Straight to stderr: the test harness captures eprintln!, and a skip must be seen.
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED {test}: browser tests run only with GUARDIA_BROWSER_TESTS=1 (chromium and chromedriver {})",
        if have { "are installed" } else { "are not installed" }
    );
    false
}

/// Browser tests in one binary run one at a time: two cores, one Chromium each. (A flag,
/// not a `Mutex`: the guard lives across awaits, each test on its own runtime thread.)
pub fn serial() -> Serial {
    while BUSY
        .compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst)
        .is_err()
    {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    Serial
}

static BUSY: AtomicBool = AtomicBool::new(false);

pub struct Serial;

impl Drop for Serial {
    fn drop(&mut self) {
        BUSY.store(false, Ordering::SeqCst);
    }
}
