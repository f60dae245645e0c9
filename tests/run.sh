#!/usr/bin/env bash
# The whole test suite, as README.md gives it. Installs missing prerequisites first
# (scripts/setup.sh), then: formatting and lints, the committed wasm bundle's freshness,
# core for wasm32, every native test (CLI on fixtures, HTTP servers on loopback, headless
# Chromium end to end), the wasm-bindgen tests in the browser, and `guardia check` on the
# bundled portal.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never
# Property tests explore new cases on developers' machines; CI replays a fixed seed so a
# red run is reproducible (failing inputs go into core/tests/fixtures/env/corpus/).
if [ "${CI:-}" = true ]; then export PROPTEST_RNG_SEED=20261124; fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# chromium leaves ~14 MB per session in TMPDIR; keep it in the scratch dir.
export TMPDIR="$scratch"

step() { printf '\n== %s\n' "$*"; }

bash scripts/setup.sh

step "format and lints"
cargo fmt --all -- --check
cargo clippy --locked --workspace --exclude guardia-web --all-targets -- -D warnings
cargo clippy --locked -p guardia-web --target wasm32-unknown-unknown --all-targets -- -D warnings

step "committed wasm bundle is what the sources build"
if [ "$(rustc --version)" != "$(cat web/pkg.rustc)" ]; then
  # The bytes depend on the compiler; CI uses the one recorded in web/pkg.rustc.
  echo "SKIPPED: web/pkg was built with '$(cat web/pkg.rustc)', this machine has '$(rustc --version)'" >&2
else
  bash web/build.sh --out "$scratch/pkg"
  if ! diff -r "$scratch/pkg" web/pkg; then
    echo "web/pkg differs from a fresh build: run web/build.sh and commit web/pkg" >&2
    exit 1
  fi
fi

step "core builds for wasm32"
cargo build --locked -p guardia-core --target wasm32-unknown-unknown

step "the bundled portal passes its own check"
cargo run --locked -q -p guardia -- check --strict-i18n

step "native tests (CLI, loopback servers, headless Chromium)"
GUARDIA_BROWSER_TESTS=1 CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --locked --workspace --exclude guardia-web

step "wasm tests in headless Chromium"
if compgen -G "web/tests/*.rs" >/dev/null; then
  CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown -p guardia-web --tests
fi

