#!/usr/bin/env bash
# npm test: every test layer, in order, after installing what is missing and building.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh
node scripts/build.mjs

layer() { printf '\n===== %s =====\n' "$*"; }

layer "lint: cargo fmt --check, cargo clippy -D warnings (native and wasm32; Cargo.toml denies unwrap, expect, panic, indexing outside tests)"
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --tests -- -D warnings
cargo fmt --check --manifest-path unpack/Cargo.toml
cargo clippy --manifest-path unpack/Cargo.toml --all-targets -- -D warnings

layer "1/6 cargo test: the pure Rust core, natively"
cargo test

layer "2/6 wasm-bindgen-test in Node"
cargo test --target wasm32-unknown-unknown --test wasm

layer "2/6 wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_USE_BROWSER=1 WASM_BINDGEN_TEST_WEBDRIVER_JSON=tests/webdriver.json \
  cargo test --target wasm32-unknown-unknown --test wasm

layer "3/6 node --test: the built package, imported by its name"
node --test --test-concurrency=1 tests/node/

layer "4/6 tsc --noEmit --strict: the shipped .d.ts used as a user would, and the // @ts-check entries of js/"
npx --no-install tsc -p tests/types
npx --no-install tsc -p js
# js/interop.js is a wasm-bindgen snippet (not an entry): checked on its own; its object path
# is fully typed, its hand-over functions take wasm's numbers untyped.
npx --no-install tsc --allowJs --checkJs --noEmit --strict --noImplicitAny false --target ES2022 --lib ES2022,DOM,DOM.Iterable js/interop.js
expected_errors=$(grep -c "@ts-expect-error" tests/types/*.ts tests/types/*.cts | awk -F: '{s+=$2} END {print s}')
files=$(ls tests/types/*.ts tests/types/*.cts | wc -l)
echo "tsc: $files files type-checked in strict mode, $expected_errors lines proven to be type errors"
echo "$files passed, 0 failed"

layer "5/6 real browser: Playwright driving /usr/bin/chromium"
node --test --test-concurrency=1 tests/browser/

layer "6/6 packaging: npm pack, installed into a fresh project per bundler, runtime and extension, built and run"
node --test --test-concurrency=1 tests/packaging/

layer "extra: supply chain (cargo deny, npm audit --omit=dev)"
cargo deny check licenses bans sources
# Advisories need the RustSec database from github.com: checked when it can be fetched, and
# said plainly when it cannot, never passed silently.
if cargo deny fetch >/dev/null 2>&1; then
  cargo deny check advisories
else
  echo "cargo deny advisories: NOT CHECKED (the RustSec database on github.com could not be fetched)"
fi
npm audit --omit=dev

layer "extra: every fuzz target for a few seconds (scripts/fuzz.sh; long runs: see the README)"
if rustup toolchain list | grep -q '^nightly'; then
  bash scripts/fuzz.sh 3
  # What the targets found, parsed again as objects by the built package (the object path is JS).
  node tests/fuzz-objects.mjs
else
  echo "fuzz targets: NOT RUN (no nightly toolchain on this machine)"
fi
