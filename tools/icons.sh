#!/usr/bin/env bash
# Draws the app's PNG icons (style/icons/*.png) from their SVG sources with headless Chromium.
# Run by hand when an SVG changes; the PNGs are committed.
set -euo pipefail
cd "$(dirname "$0")/../style/icons"
page=$(mktemp --suffix=.html)
trap 'rm -f "$page"' EXIT
render() { # svg size out.png
  printf '<!doctype html><body style="margin:0"><img src="file://%s/%s" width="%s" height="%s" style="display:block">' \
    "$PWD" "$1" "$2" "$2" > "$page"
  chromium --headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --default-background-color=00000000 \
    --window-size="$2,$2" --screenshot="$PWD/$3" "$page" 2>/dev/null
}
render icon.svg 192 icon-192.png
render icon.svg 512 icon-512.png
render icon.svg 180 apple-touch-icon.png
render maskable.svg 512 maskable-512.png
