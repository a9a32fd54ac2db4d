#!/usr/bin/env bash
# Installs the .deb into a clean Debian 12 root and runs it there: proves that the package's own Depends pull in
# every run-time part (nothing from the build machine leaks in). Slow (a debootstrap and ~150 packages), so it is not
# part of scripts/test.sh; run it before a release and after changing dependencies. Needs root and Debian's archive.
#   scripts/check-deb-clean-root.sh [ROOT_DIR]      (default: build/clean-root-bookworm, reused by later runs)
set -euo pipefail
cd "$(dirname "$0")/.."

[[ $(id -u) -eq 0 ]] || { echo "check-deb-clean-root: debootstrap and chroot need root" >&2; exit 1; }
root=$(realpath -m "${1:-build/clean-root-bookworm}")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

scripts/install-deps.sh
command -v debootstrap >/dev/null || apt-get install -y -qq --no-install-recommends debootstrap

# The package, as `cpack --preset release` makes it for users.
cmake --preset release >/dev/null
cmake --build --preset release
(cd build/release && cpack -G DEB >/dev/null)
deb=$(ls build/release/mentordesk_*.deb)

# A pristine minbase root each time the package changes; the debootstrap download is kept beside it.
rm -rf "$root"
mkdir -p "$root" "$root.cache"
echo "check-deb-clean-root: debootstrap --variant=minbase bookworm $root"
debootstrap --variant=minbase --cache-dir="$root.cache" bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
    { tail -20 "$root.debootstrap.log" >&2; exit 1; }

mounted=()
cleanup() { for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" || true; done; }
trap cleanup EXIT
for fs in proc sys dev; do
    mount --bind "/$fs" "$root/$fs"
    mounted+=("$root/$fs")
done
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "check-deb-clean-root: apt-get install ./$(basename "$deb") (no recommends: Depends alone must suffice)"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" \
    >"$root.install.log" 2>&1 || { tail -30 "$root.install.log" >&2; exit 1; }
grep -c "^Setting up " "$root.install.log" | xargs echo "check-deb-clean-root: packages set up:"

echo "\$ mentordesk --version"
in_root mentordesk --version
echo "\$ mentordesk --self-test"
in_root mentordesk --self-test
echo "check-deb-clean-root: OK, $(basename "$deb") installs and runs in a clean Debian 12 root"
