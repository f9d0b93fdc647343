#!/usr/bin/env bash
# Prints the figures that matter for speed: what a first load downloads, how long the core
# takes to read and write a long meeting, how large its office files and PDFs are, and in
# headless Chromium what the app costs beside a bare page. Figures beside their budgets, not
# pass/fail: compare them between commits. JSON of each part in target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"

node tools/first-load.mjs
echo
cargo run -q --release -p muistio-core --example bench
echo; cargo run -q --release -p muistio-core --example pathological  # 2 MB inputs of pathological shape
# Word, OpenDocument and PDF sizes beside LibreOffice's for the same documents (when installed).
echo; cargo run -q --release -p muistio-core --example sizes

echo
meetings=$(mktemp -d)
trap 'rm -rf "$meetings"' EXIT
long="$meetings/long-meeting.md" long4="$meetings/long-meeting-x4.md"
cargo run -q --release -p muistio-core --example bench -- --print-long 1 > "$long"
cargo run -q --release -p muistio-core --example bench -- --print-long 4 > "$long4"
node tests/e2e/bench.mjs "$long" "$long4"
