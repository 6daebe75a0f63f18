#!/usr/bin/env bash
# Held-out wordings: scan caseloads written with phrase banks written independently of casegap.
#
# usage: scripts/heldout.sh [BANK.py ...]     (default: every bank in scripts/heldout/)
#
# Each bank in scripts/heldout/ was written by a different person from shared/spec/domain.md
# alone, without seeing casegap's catalogue or the other banks, with the keys of the corpus
# generator's dev bank and other wordings (see the README's Accuracy section). For each bank this
# copies the generator (CORPUSGEN, default ../shared/tools/corpusgen) to a temporary folder,
# installs the bank as its "heldout" variant, generates 60 cases (--fast, the bank's seed) into
# BENCH_DATA/heldout/<bank> (default ./bench-data, out of git) unless they exist, scans them
# cold and prints the scorer's line (SCORE, default ../shared/tools/score). The truth has
# documents, dates and attributes but no gaps (the generator ships no rules).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUSGEN=${CORPUSGEN:-../shared/tools/corpusgen}
SCORE=${SCORE:-../shared/tools/score}
DATA=${BENCH_DATA:-bench-data}/heldout
mkdir -p "$DATA"
cargo build --release --quiet
banks=("$@")
[ ${#banks[@]} -gt 0 ] || banks=(scripts/heldout/phrases_*.py)
for bank in "${banks[@]}"; do
  name=$(basename "$bank" .py)
  out="$DATA/$name"
  if [ ! -f "$out/truth.json" ]; then
    gen=$(mktemp -d)
    cp -r "$CORPUSGEN"/. "$gen"/
    cp "$bank" "$gen/phrases_heldout.py"
    echo "generating $out ..." >&2
    python3 "$gen/generate.py" --variant heldout --cases 60 --fast --out "$out" >&2
    rm -rf "$gen"
  fi
  as_of=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["as_of"])' "$out/truth.json")
  ./target/release/casegap scan "$out/cases" --out "$out.scan" --as-of "$as_of" --no-cache \
    --format none -q || true
  echo "$name: $("$SCORE" "$out.scan" "$out/truth.json" | tail -n 1)"
done
