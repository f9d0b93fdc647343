#!/usr/bin/env bash
# Makes the PDF fonts in style/fonts/ — DejaVu Sans regular and bold — as subsets of the full
# fonts, so that the app's precache and one-file build stay small.
#
# Source: the full DejaVu Sans 2.37 files kept in tools/fonts-src/ (the same bytes as Debian's
# fonts-dejavu-core 2.37-6; nothing copies tools/ into the build). They are committed so that
# the subsets can be remade anywhere, without a particular system font package.
#
# What stays: the scripts Muistio supports — Latin (Basic, Latin-1, Extended-A and -B, IPA and
# spacing modifier letters, combining diacritics, Latin Extended Additional), Greek, Cyrillic
# (with its supplement, for Kildin Sámi and others), general punctuation, currency symbols,
# letterlike symbols, arrows, a few mathematical signs (− ≈ ≠ ≤ ≥ …) and U+FFFD, which the PDF
# draws in place of a letter the font lacks. No hinting and no layout features (the PDF writer
# reads only cmap, head, hhea, hmtx, maxp, loca and glyf); every name record stays, with the
# copyright and licence. The names hold neither "Bitstream" nor "Vera", as the licence asks of a
# changed font.
#
# Usage: tools/subset-fonts.sh   (installs the pinned fontTools when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

FONTTOOLS_VERSION=4.68.0
SRC=tools/fonts-src
OUT=style/fonts
UNICODES=$(tr -d ' \n' <<'EOF'
U+0020-007E, U+00A0-00FF, U+0100-017F, U+0180-024F, U+0250-02AF, U+02B0-02FF, U+0300-036F,
U+0370-03FF, U+0400-04FF, U+0500-052F, U+1E00-1EFF, U+2000-206F, U+20A0-20CF, U+2100-214F,
U+2190-21FF, U+2212, U+2215, U+2219, U+221A, U+221E, U+2248, U+2260, U+2264, U+2265, U+FFFD
EOF
)

say() { printf '\033[1m[fonts]\033[0m %s\n' "$*"; }

if ! python3 -c "import sys, fontTools; sys.exit(fontTools.version != '$FONTTOOLS_VERSION')" 2>/dev/null; then
  say "installing fontTools $FONTTOOLS_VERSION"
  python3 -m pip install --quiet "fonttools==$FONTTOOLS_VERSION"
fi

for name in DejaVuSans DejaVuSans-Bold; do
  python3 -m fontTools.subset "$SRC/$name.ttf" \
    --unicodes="$UNICODES" \
    --output-file="$OUT/$name.ttf" \
    --no-hinting \
    --layout-features='' \
    --name-IDs='*' --name-languages='*' --name-legacy \
    --notdef-outline \
    --drop-tables+=GSUB,GPOS,GDEF,kern,MATH,FFTM,gasp,BASE,JSTF,DSIG
  say "$OUT/$name.ttf: $(wc -c < "$SRC/$name.ttf") → $(wc -c < "$OUT/$name.ttf") bytes" \
    "(gzip -9: $(gzip -9 -c "$SRC/$name.ttf" | wc -c) → $(gzip -9 -c "$OUT/$name.ttf" | wc -c))"
done
cmp -s "$SRC/LICENSE-DejaVu.txt" "$OUT/LICENSE-DejaVu.txt" || cp "$SRC/LICENSE-DejaVu.txt" "$OUT/LICENSE-DejaVu.txt"
