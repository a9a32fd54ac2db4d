#!/usr/bin/env bash
# Developer helper: runs MentorDesk on the demo tenant under a private Xvfb with an AT-SPI bus, signs in by pressing
# widgets by their accessible names (as a screen reader would), and saves screenshots along the way.
#   scripts/dev/demo-journey.sh OUT_PREFIX [light|dark]
# The "browser" is scripts/dev/curl-browser.sh (accepts the demo tenant's consent page), handed over via $BROWSER.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$1
theme=${2:-light}
binary=${MENTORDESK_BINARY:-build/dev/app/mentordesk}
export DISPLAY=:97
Xvfb :97 -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
eval "$(dbus-launch --sh-syntax)"
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
spi=$!
home=$(mktemp -d)
trap 'kill ${app:-} $spi $xvfb $DBUS_SESSION_BUS_PID 2>/dev/null || true; rm -rf "$home"' EXIT
sleep 1
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 BROWSER="$PWD/scripts/dev/curl-browser.sh"
export XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data
mkdir -p "$XDG_CONFIG_HOME/MentorDesk"
printf '[ui]\ntheme=%s\n' "$theme" > "$XDG_CONFIG_HOME/MentorDesk/MentorDesk.conf"
"$binary" --sandbox &
app=$!
sleep 3
import -window root "${out}-welcome.png"
scripts/dev/a11y-click.py MentorDesk "Sign in to the demo tenant"
import -window root "${out}-review.png"
scripts/dev/a11y-click.py MentorDesk "Continue in browser"
sleep 4
import -window root "${out}-signedin.png"
