#!/usr/bin/env bash
# Installs what the test suite needs and a fresh machine lacks: Debian's chromium and
# chromium-driver (browser tests), the wasm32 target, and the wasm-bindgen CLI at the
# exact version in Cargo.lock (the bundle's schema version must match it). Idempotent:
# each step is skipped when already satisfied.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromedriver >/dev/null || ! command -v chromium >/dev/null; then
  echo "setup: installing chromium and chromium-driver"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
fi

rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || rustup target add wasm32-unknown-unknown

wb_version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb_version" ]; then
  echo "setup: installing wasm-bindgen-cli $wb_version (about two minutes)"
  # --locked fails on this registry (the CLI's lock pins a webpki-roots release it lacks),
  # and no TLS is needed: the test runner talks to a local chromedriver.
  cargo install wasm-bindgen-cli --version "=$wb_version" --no-default-features --locked 2>/dev/null ||
    cargo install wasm-bindgen-cli --version "=$wb_version" --no-default-features
fi
echo "setup: chromium $(chromium --version 2>/dev/null | awk '{print $2}'), $(wasm-bindgen --version)"
