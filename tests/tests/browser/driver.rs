//! Headless Chromium driven through chromedriver: one fresh profile per browser, every
//! process killed (by its process group) when the value is dropped.

use super::{CHROMEDRIVER, CHROMIUM};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long any wait in a test may take before it fails (not a speed assertion).
pub const PATIENCE: Duration = Duration::from_secs(30);

/// chromedriver and the Chromium it starts, in their own process group.
struct Driver {
    child: Child,
    _scratch: tempfile::TempDir,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.child.wait();
    }
}

pub struct Browser {
    pub client: Client,
    _driver: Driver,
}

impl Browser {
    /// A browser with default settings.
    pub async fn start() -> Browser {
        Browser::with_prefs(json!({})).await
    }

    /// A browser with Chromium profile preferences (e.g. blocked site data).
    pub async fn with_prefs(prefs: Value) -> Browser {
        let scratch = tempfile::tempdir().expect("scratch dir");
        let port = guardia_tests::free_port();
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .env("TMPDIR", scratch.path()) // Chromium's scoped dirs go here and go away
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("chromedriver starts");
        let addr = ([127, 0, 0, 1], port).into();
        let profile = scratch.path().join("profile");
        let driver = Driver {
            child,
            _scratch: scratch,
        };
        assert!(
            guardia_tests::wait_for_port(addr, PATIENCE),
            "chromedriver did not listen"
        );
        let client = connect(port, &profile, prefs).await;
        Browser {
            client,
            _driver: driver,
        }
    }

    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("page loads");
    }

    /// Runs `script` (a function body; `arguments` holds `args`) and returns its value.
    pub async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        self.client
            .execute(script, args)
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Waits until `script` returns a truthy value and returns it.
    pub async fn until(&self, what: &str, script: &str) -> Value {
        let start = Instant::now();
        loop {
            let value = self.js(script, vec![]).await;
            if !matches!(value, Value::Null | Value::Bool(false)) {
                return value;
            }
            assert!(start.elapsed() < PATIENCE, "gave up waiting for {what}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn click(&self, css: &str) {
        let element = self
            .client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await;
        element
            .unwrap_or_else(|e| panic!("no {css}: {e}"))
            .click()
            .await
            .expect("clickable");
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}

async fn connect(port: u16, profile: &std::path::Path, prefs: Value) -> Client {
    let args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
    ];
    let mut args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    args.push(format!("--user-data-dir={}", profile.display()));
    let caps =
        json!({ "goog:chromeOptions": { "binary": CHROMIUM, "args": args, "prefs": prefs } });
    let serde_json::Value::Object(caps) = caps else {
        unreachable!()
    };
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a WebDriver session")
}
