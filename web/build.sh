#!/bin/sh
# Rebuilds web/pkg/ (the committed browser bundle) from source, byte for byte the same
# from any checkout path: CI runs this and fails if web/pkg/ then differs from git.
# Needs the wasm32-unknown-unknown target and the wasm-bindgen CLI at the version in
# Cargo.lock (see ../shared/WASM-PIPELINE.md).
# Usage: web/build.sh [--out DIR]   (default web/pkg; CI builds elsewhere and diffs)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=web/pkg
if [ "${1:-}" = "--out" ] && [ -n "${2:-}" ]; then
  out=$2
elif [ $# -gt 0 ]; then
  echo "usage: web/build.sh [--out DIR]" >&2
  exit 2
fi
cd "$root"

want=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')
if [ "$have" != "$want" ]; then
  echo "web/build.sh: need wasm-bindgen $want (Cargo.lock), found '${have:-none}'." >&2
  echo "  cargo install wasm-bindgen-cli --version =$want --no-default-features" >&2
  exit 2
fi

# Paths that could leak into panic messages or debug strings are rewritten, so the
# bundle does not depend on where the checkout, the cargo home or the toolchain live.
cargo_home=${CARGO_HOME:-$HOME/.cargo}
sysroot=$(rustc --print sysroot)
export RUSTFLAGS="--remap-path-prefix=$cargo_home=/cargo --remap-path-prefix=$root=/src --remap-path-prefix=$sysroot=/rustc"
target_dir=${CARGO_TARGET_DIR:-$root/target}

# Two bundles so each page downloads only what its islands need (see assets/guardia.js):
# `live` (checklists, health) and `env` (the .env validator). opt-level z: ~9 % smaller
# gzipped than the profile's `s` for this code (measured: 292 KB -> 266 KB, one bundle).
export CARGO_PROFILE_WASM_RELEASE_OPT_LEVEL=z
rm -rf "$out"
for bundle in live env; do
  cargo build --locked --target wasm32-unknown-unknown --profile wasm-release -p guardia-web \
    --no-default-features --features "$bundle"
  wasm-bindgen --target web --remove-name-section --remove-producers-section \
    --out-name "guardia_$bundle" --out-dir "$out" \
    "$target_dir/wasm32-unknown-unknown/wasm-release/guardia_web.wasm"
done
# The generator embeds only what the page loads.
rm -f "$out"/*.d.ts "$out"/package.json "$out"/.gitignore
# Another rustc emits other bytes: record the one that built the committed bundle, so the
# freshness check in tests/run.sh compares like with like.
if [ "$out" = web/pkg ]; then
  rustc --version > web/pkg.rustc
fi
for bundle in live env; do
  wasm=$(gzip -9 -c "$out/guardia_${bundle}_bg.wasm" | wc -c)
  glue=$(gzip -9 -c "$out/guardia_$bundle.js" | wc -c)
  echo "$out $bundle: wasm $wasm + glue $glue = $((wasm + glue)) bytes gzipped" >&2
done
