#!/usr/bin/env bash
# End-to-end benchmark: a cold casegap scan against its peers, measured in the same run.
#
# usage: scripts/bench.sh [CASES]      (default 1000)
#
# Generates (or reuses) a caseload with the corpus generator (--variant dev --fast --seed 5),
# builds casegap and the extraction floor, then runs, one after the other on the same files:
#   casegap scan (cold: --no-cache, reports off), pdf-extract alone in-process (the floor),
#   the same floor built with casegap's two speed patches (vendor/: what casegap's pipeline
#   costs on top of its own extractor), the PyMuPDF script, and pdftotext over
#   every PDF; and prints one table with wall time, documents per second, peak RSS and casegap's
#   time as a ratio to each peer.
# Environment: BENCH_DATA (default ./bench-data, kept out of git), PEERS (default
# ../shared/tools/peers), CORPUSGEN (default ../shared/tools/corpusgen).
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-1000}
DATA=${BENCH_DATA:-bench-data}
PEERS=${PEERS:-../shared/tools/peers}
CORPUSGEN=${CORPUSGEN:-../shared/tools/corpusgen}
ROOT="$DATA/c$CASES"
mkdir -p "$DATA"
if [ ! -d "$ROOT/cases" ]; then
  echo "generating $CASES cases into $ROOT ..." >&2
  python3 "$CORPUSGEN/generate.py" --variant dev --cases "$CASES" --fast --seed 5 --out "$ROOT" >&2
fi
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
cargo build --release --quiet
CARGO_TARGET_DIR="$DATA/target-floor" cargo build --release --quiet --manifest-path "$PEERS/extract_floor/Cargo.toml"
FLOOR="$DATA/target-floor/release/extract_floor"
# The floor again, with the [patch.crates-io] casegap uses (a copy, so the peer stays untouched).
PATCHED_SRC="$DATA/extract_floor_patched"
rm -rf "$PATCHED_SRC" && cp -r "$PEERS/extract_floor" "$PATCHED_SRC"
rm -f "$PATCHED_SRC/Cargo.lock"
printf '\n[workspace]\n\n[patch.crates-io]\nadobe-cmap-parser = { path = "%s" }\npdf-extract = { path = "%s" }\n' \
  "$(pwd)/vendor/adobe-cmap-parser" "$(pwd)/vendor/pdf-extract" >> "$PATCHED_SRC/Cargo.toml"
CARGO_TARGET_DIR="$DATA/target-floor-patched" cargo build --release --quiet --manifest-path "$PATCHED_SRC/Cargo.toml"
FLOOR_PATCHED="$DATA/target-floor-patched/release/extract_floor"
FILES=$(find "$ROOT/cases" -type f | wc -l)
PDFS=$(find "$ROOT/cases" -type f -iname '*.pdf' | wc -l)
OUT="$DATA/out-$CASES"
RESULTS=$(mktemp)

measure() { # name, docs, command...
  local name=$1 docs=$2; shift 2
  local t; t=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$t" "$@" >/dev/null 2>&1 || true
  read -r secs kb < <(tail -n 1 "$t")
  echo "$name $secs $kb $docs" >> "$RESULTS"
  rm -f "$t"
}

rm -rf "$OUT"
measure casegap "$FILES" ./target/release/casegap scan "$ROOT/cases" --out "$OUT" --as-of 2026-06-30 --no-cache --format none -q
measure extract_floor "$PDFS" "$FLOOR" "$ROOT/cases"
measure floor_patched "$PDFS" "$FLOOR_PATCHED" "$ROOT/cases"
if python3 -c 'import pymupdf' 2>/dev/null; then
  measure pymupdf_scan "$FILES" python3 "$PEERS/pymupdf_scan.py" "$ROOT/cases"
fi
measure pdftotext_all "$PDFS" bash "$PEERS/pdftotext_all.sh" "$ROOT/cases"

echo "casegap end-to-end benchmark: $CASES cases, $FILES files ($PDFS PDFs), $(nproc) cores, $(date -u +%Y-%m-%d)"
printf '%-15s %9s %11s %10s %18s\n' tool "wall (s)" "docs/s" "peak RSS" "casegap / tool"
base=$(awk '$1=="casegap"{print $2}' "$RESULTS")
while read -r name secs kb docs; do
  awk -v n="$name" -v s="$secs" -v k="$kb" -v d="$docs" -v b="$base" \
    'BEGIN { printf "%-15s %9.1f %11.0f %7.0f MB %17.2fx\n", n, s, (s > 0 ? d / s : 0), k / 1024, (s > 0 ? b / s : 0) }'
done < "$RESULTS"
rm -f "$RESULTS"
