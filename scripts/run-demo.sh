#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and open MentorDesk on its built-in demo tenant.
# Extra arguments go to mentordesk, e.g. scripts/run-demo.sh --help
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target mentordesk # the app only: the tests are the second command's job
exec build/dev/app/mentordesk --sandbox "$@"
