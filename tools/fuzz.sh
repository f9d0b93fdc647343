#!/usr/bin/env bash
# Fuzzes every reader of the core for as long as it is given (core/tests/fuzz.rs: proptest
# targets for memo text, any bytes, JSON drafts, web pages, Word and OpenDocument files,
# DEFLATE streams, and every document exported and read back; each input within its time).
#
# Usage: tools/fuzz.sh [SECONDS]            (or: make fuzz FUZZ_SECONDS=3600)
#   SECONDS       how long to keep starting rounds (default 3600; the last round is finished)
#   FUZZ_CASES    cases of each target in one round (default 20000)
#   FUZZ_LOG      where the rounds' output goes (default target/fuzz.log)
# Each round starts from a fresh random seed, on one test thread, at low priority (nice), so
# that the rest of the machine stays usable. The first failure stops the run; its minimal
# input is in the log — keep it as a named test in core/tests/fuzz_finds.rs once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

seconds=${1:-${FUZZ_SECONDS:-3600}}
cases=${FUZZ_CASES:-20000}
log=${FUZZ_LOG:-target/fuzz.log}
# Rejections are counted over a whole run, so their limits grow with the cases.
export PROPTEST_CASES=$cases
export PROPTEST_MAX_LOCAL_REJECTS=$((cases * 64))
export PROPTEST_MAX_GLOBAL_REJECTS=$((cases * 64))

mkdir -p "$(dirname "$log")"
: >"$log"
say() { printf '\033[1m[fuzz]\033[0m %s\n' "$*"; }

say "building the fuzz targets (release)"
built=$(cargo test --release -p muistio-core --test fuzz --no-run --message-format=json 2>>"$log" |
  grep -o '"executable":"[^"]*"' | tail -1 | cut -d'"' -f4)
# A copy of its own, so that building again meanwhile does not change what runs.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$built" "$work/fuzz"

start=$SECONDS
rounds=0
targets=0
while ((SECONDS - start < seconds)); do
  rounds=$((rounds + 1))
  round=$work/round.log
  if ! nice -n 19 "$work/fuzz" --test-threads=1 >"$round" 2>&1; then
    cat "$round" >>"$log"
    say "round $rounds failed after $((SECONDS - start)) s: see $log"
    exit 1
  fi
  targets=$(grep -Eo 'test result: ok\. [0-9]+ passed' "$round" | awk '{print $4}')
  cat "$round" >>"$log"
  say "round $rounds: $targets targets × $cases cases passed ($((SECONDS - start)) s)"
done
say "done: $rounds rounds × $targets targets × $cases cases = $((rounds * targets * cases)) inputs in $((SECONDS - start)) s, no failure"
