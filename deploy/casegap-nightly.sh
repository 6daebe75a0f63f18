#!/bin/sh
# casegap-nightly.sh: one overnight scan of an export, compared with the night before.
#
# Used by casegap-nightly.service (systemd) and by the cron line in docs/overnight.md.
# Settings come from the environment (systemd: /etc/casegap/nightly.env):
#   CASEGAP_EXPORT   the export root (read only)
#   CASEGAP_OUTROOT  where nightly output folders go: OUTROOT/YYYY-MM-DD, OUTROOT/latest
#   CASEGAP_CACHE    the extraction cache folder (default: ~/.cache/casegap of the user)
#   CASEGAP_ARGS     further scan flags, e.g. "--ocr -j 8"
# Exit status is casegap's: 0 done, 1 done but some documents unreadable, 2 fatal.
set -u

: "${CASEGAP_EXPORT:?set CASEGAP_EXPORT to the export root}"
: "${CASEGAP_OUTROOT:?set CASEGAP_OUTROOT to the folder for nightly outputs}"
CASEGAP=${CASEGAP:-casegap}

# The date is fixed once, so a run that crosses midnight (or is resumed after it) keeps the
# as-of date, and its folder, that it started with.
today=${CASEGAP_AS_OF:-$(date +%F)}
out="$CASEGAP_OUTROOT/$today"
umask 077
mkdir -p "$out" || exit 2

set -- scan "$CASEGAP_EXPORT" --out "$out" --as-of "$today" --quiet --log "$out/casegap.log"
if [ -n "${CASEGAP_CACHE:-}" ]; then set -- "$@" --cache "$CASEGAP_CACHE"; fi
prev=$(readlink -f "$CASEGAP_OUTROOT/latest" 2>/dev/null || true)
# The baseline is the last completed run, unless that is tonight's own (a resumed run).
if [ -n "$prev" ] && [ -f "$prev/cases.jsonl" ] && [ "$prev" != "$(readlink -f "$out")" ]; then
    set -- "$@" --baseline "$prev"
fi
# shellcheck disable=SC2086 # CASEGAP_ARGS is a list of flags on purpose
"$CASEGAP" "$@" ${CASEGAP_ARGS:-}
rc=$?

if [ "$rc" -le 1 ]; then
    # Point "latest" at tonight's run atomically: a reader sees the old or the new, never none.
    ln -sfn "$today" "$CASEGAP_OUTROOT/.latest.tmp" && mv -T "$CASEGAP_OUTROOT/.latest.tmp" "$CASEGAP_OUTROOT/latest"
fi
exit "$rc"
