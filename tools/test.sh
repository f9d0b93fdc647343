#!/usr/bin/env bash
# Runs the three test layers and fails when any fails or runs no test:
#   1. native: the pure core (model, import, export, round trips, property tests), and the
#      interface's words (every text in every language);
#   2. browser: wasm-bindgen-test in headless Chromium (components, localStorage);
#   3. end to end: playwright-core + axe-core against the release build in dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# Sums "N passed" over every "test result:" line of a cargo test log.
passed() { grep -Eo 'test result: ok\. [0-9]+ passed' "$1" | awk '{s += $4} END {print s + 0}'; }

real_memo=${MUISTIO_REAL_MEMO:-$PWD/../shared/fixtures/luovat-alat-muistio-2025-11-14.md}
if [ -f "$real_memo" ]; then
  # The real memo is here: its tests must read it, not skip it.
  export MUISTIO_REAL_MEMO=$real_memo MUISTIO_REQUIRE_REAL_MEMO=1
  real="imported and exported back"
else
  real="not on this machine (its tests skipped)"
fi

# The document readers are installed by tools/setup.sh: the tests that use them must not skip.
export MUISTIO_REQUIRE_READERS=1

say "1/3 native tests (cargo test -p muistio-core; the interface's words: cargo test -p muistio)"
cargo test -p muistio-core 2>&1 | tee "$log/native"
cargo test -p muistio 2>&1 | tee -a "$log/native"
native=$(passed "$log/native")
[ "$native" -gt 0 ] || { echo "no native test ran"; exit 1; }

say "2/3 browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --target wasm32-unknown-unknown -p muistio 2>&1 | tee "$log/browser"
browser=$(passed "$log/browser")
[ "$browser" -gt 0 ] || { echo "no browser test ran"; exit 1; }

say "3/3 end-to-end tests (release build, playwright-core, axe-core)"
trunk build --release
npm --prefix tests/e2e test 2>&1 | tee "$log/e2e"
e2e=$(grep -Eo '^ℹ pass [0-9]+' "$log/e2e" | awk '{print $3}')
skipped=$(grep -Eo '^ℹ skipped [0-9]+' "$log/e2e" | awk '{print $3}')
[ "${e2e:-0}" -gt 0 ] || { echo "no end-to-end test ran"; exit 1; }

say "all layers passed: $native native, $browser browser, $e2e end-to-end (${skipped:-0} skipped); real memo: $real"
