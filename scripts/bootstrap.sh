#!/usr/bin/env bash
# Installs what this project needs on a fresh machine and skips what is already there:
# the wasm32 target, wasm-bindgen-cli of exactly the pinned version, Debian's Chromium and
# ChromeDriver, cargo-deny, cargo-fuzz (on the nightly toolchain these machines carry), and
# the npm packages of the lock file. Safe to run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[bootstrap] %s\n' "$*"; }

# The build compresses the embedded module with Python's lzma (the reference encoder).
if ! python3 -c 'import lzma' 2>/dev/null; then
  say "python3 with its lzma module is needed by the build; installing Debian's python3"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq python3 >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the $component component (npm test checks formatting and lints)"
    rustup component add "$component"
  fi
done

pinned=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
installed=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$installed" != "$pinned" ]; then
  say "installing wasm-bindgen-cli $pinned (found '${installed:-none}'), about two minutes"
  cargo install wasm-bindgen-cli --version "$pinned" --force
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if [ "${PERISKOPE_SKIP_BROWSER:-0}" = 1 ]; then
    say "no Chromium; browser layers will be skipped (PERISKOPE_SKIP_BROWSER=1)"
  else
    say "installing Debian's chromium and chromium-driver"
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi

# The supply-chain and fuzzing steps of npm test: cargo-deny, and cargo-fuzz on nightly.
if ! command -v cargo-deny >/dev/null; then
  say "installing cargo-deny"
  cargo install cargo-deny --locked || cargo install cargo-deny
fi
if ! rustup toolchain list | grep -q '^nightly'; then
  say "installing the nightly toolchain (cargo-fuzz needs it)"
  # Machines of this kind carry nightly; where it cannot be fetched, the fuzz step says so.
  rustup toolchain install nightly --profile minimal || say "nightly unavailable: npm test will report the fuzz step as NOT RUN"
fi
if ! command -v cargo-fuzz >/dev/null; then
  say "installing cargo-fuzz"
  cargo install cargo-fuzz
fi

stamp=node_modules/.bootstrap-lock-hash
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
