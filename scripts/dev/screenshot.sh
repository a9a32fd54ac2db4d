#!/usr/bin/env bash
# Developer helper: start mentordesk under a private Xvfb, wait, save a screenshot of the whole screen.
#   scripts/dev/screenshot.sh OUT.png [SECONDS] -- [mentordesk arguments]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$1; shift
wait=${1:-3}; shift || true
[[ "${1:-}" == "--" ]] && shift
binary=${MENTORDESK_BINARY:-build/dev/app/mentordesk}
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$0" "${@:3}" & app=$!
    sleep "$2"
    import -window root "$1"
    kill $app 2>/dev/null || true
    wait $app 2>/dev/null || true
' "$binary" "$out" "$wait" "$@"
