#!/bin/bash
# casegap on Slurm: a job array scans one shard per task; a dependent job merges them.
#
#   sbatch --array=1-8 deploy/slurm-array.sh /data/export /scratch/casegap/2026-06-30 2026-06-30
#
# Task K of N scans --shard K/N into OUT/shard-K (N = the array's size, from
# SLURM_ARRAY_TASK_COUNT; the array must be 1-N). The first task to start also submits the
# merge, held until every task has ended successfully (afterok). The merged output is
# OUT/merged. The cache is on node-local disk ($CASEGAP_CACHE, default /tmp/casegap-cache-$USER):
# never on a network file system. A requeued task (node failure) resumes from it when it lands
# on the same node.
#SBATCH --job-name=casegap
#SBATCH --cpus-per-task=4
#SBATCH --mem=8G
#SBATCH --time=08:00:00
#SBATCH --requeue
#SBATCH --output=casegap-%A_%a.log
set -u

MODE=scan
if [ "${1:-}" = "--merge" ]; then MODE=merge; shift; fi
EXPORT=${1:?usage: slurm-array.sh EXPORT_ROOT OUT_DIR AS_OF}
OUT=${2:?usage: slurm-array.sh EXPORT_ROOT OUT_DIR AS_OF}
AS_OF=${3:?as-of date YYYY-MM-DD: one date for every shard}
CASEGAP=${CASEGAP:-casegap}
umask 077

if [ "$MODE" = merge ]; then
    N=${SHARDS:?}
    shards=()
    for K in $(seq 1 "$N"); do shards+=("$OUT/shard-$K"); done
    "$CASEGAP" merge "${shards[@]}" --out "$OUT/merged"
    rc=$?
    if [ "$rc" -le 1 ] && [ -n "${BASELINE:-}" ] && [ -f "$BASELINE/cases.jsonl" ]; then
        "$CASEGAP" diff "$BASELINE" "$OUT/merged" || rc=2
    fi
    [ "$rc" -le 1 ] && exit 0 || exit "$rc"
fi

: "${SLURM_ARRAY_TASK_ID:?submit with sbatch --array=1-N}"
K=$SLURM_ARRAY_TASK_ID
N=${SLURM_ARRAY_TASK_COUNT:?}
mkdir -p "$OUT/shard-$K"

# Submit the merge once (mkdir is atomic: exactly one task wins).
if mkdir "$OUT/.merge-submitted" 2>/dev/null; then
    sbatch --dependency="afterok:${SLURM_ARRAY_JOB_ID}" --job-name=casegap-merge \
        --export=ALL,SHARDS="$N" --output="$OUT/merge-%j.log" \
        "$0" --merge "$EXPORT" "$OUT" "$AS_OF"
fi

"$CASEGAP" scan "$EXPORT" --out "$OUT/shard-$K" --shard "$K/$N" --as-of "$AS_OF" \
    -j "${SLURM_CPUS_PER_TASK:-2}" --cache "${CASEGAP_CACHE:-/tmp/casegap-cache-$USER}" \
    --format none --quiet --log "$OUT/shard-$K/casegap.log"
rc=$?
echo "$rc" > "$OUT/shard-$K/exit-status"
# 1 = completed with unreadable documents: a success for afterok.
[ "$rc" -le 1 ] && exit 0 || exit "$rc"
