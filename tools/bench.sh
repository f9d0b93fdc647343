#!/usr/bin/env bash
# Prints the figures that matter for speed: what a first load downloads, how long the core
# takes to read and write a long meeting, and how large its office files and PDFs are.
# Figures, not pass/fail: compare them between commits.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"

printf '%-28s %10s %10s %10s\n' "dist/ file" "raw" "gzip -9" "brotli"
total_raw=0 total_gz=0
for f in dist/*.wasm dist/*.js dist/*.css dist/index.html; do
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  br=$(command -v brotli >/dev/null && brotli -c -q 11 "$f" | wc -c || echo "-")
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-28s %10s %10s %10s\n' "$(basename "$f" | sed -E 's/-[0-9a-f]{16}//')" "$raw" "$gz" "$br"
done
printf '%-28s %10s %10s\n' "first load, total" "$total_raw" "$total_gz"

# What the service worker keeps for offline use (every file it lists), and the one-file app.
cached=$(node -e '
  const fs = require("fs");
  const files = JSON.parse(fs.readFileSync("dist/sw.js", "utf8").match(/const FILES = (\[.*\]);/)[1]);
  console.log(files.filter((f) => f !== "./").reduce((n, f) => n + fs.statSync("dist/" + f).size, 0));')
printf '%-28s %10s  (%s files, fonts included)\n' "offline cache" "$cached" "$(grep -o '"[^"]*"' <<< "$(grep 'const FILES' dist/sw.js)" | wc -l)"
one=dist/muistio.html
printf '%-28s %10s %10s %10s\n' "muistio.html (one file)" "$(wc -c < "$one")" "$(gzip -9 -c "$one" | wc -c)" \
  "$(command -v brotli >/dev/null && brotli -c -q 11 "$one" | wc -c || echo -)"
echo
cargo run -q --release -p muistio-core --example bench
echo; cargo run -q --release -p muistio-core --example pathological  # 2 MB inputs of pathological shape
# Word, OpenDocument and PDF sizes beside LibreOffice's for the same documents (when installed).
echo; cargo run -q --release -p muistio-core --example sizes

echo
long=$(mktemp --suffix=.md)
trap 'rm -f "$long"' EXIT
cargo run -q --release -p muistio-core --example bench -- --print-long 1 > "$long"
node tests/e2e/bench.mjs "$long"
