#!/usr/bin/env bash
# Quick start 2: install what is missing, build with warnings as errors, run the whole test suite headlessly.
# Tests that need the keychain talk to a real gnome-keyring on a private D-Bus session started here.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test
cmake --preset ci
cmake --build --preset ci
exec dbus-run-session -- scripts/with-keyring.sh ctest --preset ci "$@"
