#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring (the real Secret Service) on the current D-Bus session.
# The keyring lives in a throw-away directory, so tests never see or touch the user's own secrets.
set -euo pipefail

if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    echo "with-keyring: no D-Bus session; run me under dbus-run-session" >&2
    exit 1
fi
keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/mentordesk-keyring.XXXXXX")
trap 'kill "${GNOME_KEYRING_PID:-}" 2>/dev/null || true; rm -rf "$keyring_home"' EXIT
# gnome-keyring reads its keyrings from $XDG_DATA_HOME/keyrings; only the daemon gets the private one.
# The password is the test keyring's only; tests that lock the keyring unlock it again with it.
export MENTORDESK_TEST_KEYRING_PASSWORD=mentordesk-test
eval "$(printf '%s' "$MENTORDESK_TEST_KEYRING_PASSWORD" | XDG_DATA_HOME="$keyring_home" gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
"$@"
