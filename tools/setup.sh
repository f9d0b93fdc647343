#!/usr/bin/env bash
# Installs what building and testing Muistio needs, and skips what is already present.
# Usage: tools/setup.sh [build|test]
#   build: wasm target, trunk, wasm-bindgen-cli, wasm-opt (enough to serve the app)
#   test:  all of build, plus Chromium and its driver, the end-to-end packages, and the document
#          readers the tests judge files with (LibreOffice, pandoc, poppler, xmllint, icalendar)
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-test}
TRUNK_VERSION=0.21.14
ICALENDAR_VERSION=6.1.3
PIKEPDF_VERSION=10.18.0
# wasm-bindgen-cli must equal the wasm-bindgen library in Cargo.lock, or the app does not start.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
CARGO_BIN=${CARGO_HOME:-$HOME/.cargo}/bin
export PATH="$CARGO_BIN:$PWD/tools/node_modules/.bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
  say "Trunk.toml does not pin wasm_bindgen = \"$WASM_BINDGEN_VERSION\" (the version in Cargo.lock): fix Trunk.toml."
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (10 to 20 minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION" --force
fi

# Debian's binaryen produces wasm that is blank at runtime: use the npm build of binaryen 132.
if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "132" ] || [ ! -x tools/node_modules/.bin/wasm-opt ]; then
  say "installing wasm-opt (binaryen 132) into tools/node_modules"
  (cd tools && npm ci --no-audit --no-fund --loglevel=error)
fi

[ "$want" = build ] && exit 0

# Chromium for the browser tests; the document readers that judge every exported file.
# (qpdf and pikepdf judge the PDF's syntax and its structure tree.)
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v pandoc >/dev/null || missing+=(pandoc)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v qpdf >/dev/null || missing+=(qpdf)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
command -v brotli >/dev/null || missing+=(brotli)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! python3 -c 'import icalendar' 2>/dev/null; then
  say "installing the Python iCalendar reader"
  python3 -m pip install --quiet "icalendar==$ICALENDAR_VERSION"
fi

if ! python3 -c 'import pikepdf' 2>/dev/null; then
  say "installing pikepdf, the reader of the PDF's structure tree"
  python3 -m pip install --quiet "pikepdf==$PIKEPDF_VERSION"
fi

if [ ! -d tests/e2e/node_modules ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules ]; then
  say "installing the end-to-end test packages into tests/e2e/node_modules"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error && touch node_modules)
fi
say "all tools present"
