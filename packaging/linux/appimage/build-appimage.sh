#!/usr/bin/env bash
# Builds MentorDesk-<version>-x86_64.AppImage with linuxdeploy and its Qt plugin (https://github.com/linuxdeploy).
# Run it on the oldest distribution the AppImage should start on (the forge CI uses Debian 12, glibc 2.36), after
# scripts/install-deps.sh. It downloads the two linuxdeploy AppImages, so it needs GitHub; this machine has no route
# there, so the recipe runs only in the forge CI (.github/workflows/build.yml, job "appimage").
#   packaging/linux/appimage/build-appimage.sh [OUTPUT_DIR]      (default: build/appimage)
# LINUXDEPLOY_RELEASE picks the linuxdeploy release tag (default: continuous, the one upstream keeps current).
set -euo pipefail
cd "$(dirname "$0")/../../.."
source_dir=$PWD
out=$(realpath -m "${1:-build/appimage}")
release=${LINUXDEPLOY_RELEASE:-continuous}
arch=$(uname -m)
app_id=io.mentordesk.MentorDesk

cmake --preset release -DCMAKE_INSTALL_PREFIX=/usr
cmake --build --preset release
rm -rf "$out/AppDir"
DESTDIR="$out/AppDir" cmake --install build/release

tools="$out/tools"
mkdir -p "$tools"
for tool in linuxdeploy linuxdeploy-plugin-qt; do
    if [[ ! -x "$tools/$tool-$arch.AppImage" ]]; then
        curl -fsSL -o "$tools/$tool-$arch.AppImage" \
            "https://github.com/linuxdeploy/$tool/releases/download/$release/$tool-$arch.AppImage"
        chmod +x "$tools/$tool-$arch.AppImage"
    fi
done

# Containers have no FUSE: the tools unpack themselves instead of mounting.
export APPIMAGE_EXTRACT_AND_RUN=1
export QMAKE=${QMAKE:-$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)}
# Plugins the Qt plugin does not pick from the linked modules alone: Wayland next to xcb, and the SVG icon engine the
# toolbar icons need (https://github.com/linuxdeploy/linuxdeploy-plugin-qt#usage).
export EXTRA_PLATFORM_PLUGINS="libqwayland-generic.so;libqwayland-egl.so"
export EXTRA_QT_MODULES="svg"
export EXTRA_QT_PLUGINS="iconengines;imageformats;sqldrivers;tls;wayland-shell-integration;wayland-decoration-client;wayland-graphics-integration-client"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/release/CMakeCache.txt) # project()'s VERSION
export LINUXDEPLOY_OUTPUT_VERSION=$version
cd "$out"
# libsecret stays the host's (QtKeychain loads it at run time and it must match the host's Secret Service).
"$tools/linuxdeploy-$arch.AppImage" --appdir AppDir \
    --desktop-file "AppDir/usr/share/applications/$app_id.desktop" \
    --icon-file "AppDir/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    --executable AppDir/usr/bin/mentordesk \
    --plugin qt --output appimage
appimage=$(ls "$out"/MentorDesk-"$version"-"$arch".AppImage 2>/dev/null || ls "$out"/*.AppImage)
# The AppImage finds its own Qt parts (no system plugins on the path), as a mentor's machine would.
env -u QT_PLUGIN_PATH QT_QPA_PLATFORM=offscreen "$appimage" --self-test
echo "AppImage: $appimage (source: $source_dir)"
