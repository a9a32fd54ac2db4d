#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu 24.04 packages MentorDesk needs, and only those that are missing.
#   scripts/install-deps.sh          build + run the app
#   scripts/install-deps.sh --test   also what the test suite needs (Xvfb, D-Bus, gnome-keyring, validators)
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-image-formats-plugins
    qtkeychain-qt6-dev libsecret-1-0 libgl-dev
    xdg-utils fonts-dejavu-core qt6-translations-l10n
)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(
        xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
        desktop-file-utils appstream dpkg-dev fakeroot file
    )
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo; missing: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
