#!/usr/bin/env bash
# Builds (once) the Debian 12 root filesystem that stands in for the bitbake-built one in the
# boot tests, and prints its path. The result is cached, keyed on everything that goes into
# it (this script, the package list, the suite), so CI and later runs reuse it.
#   build-rootfs.sh [CACHE_DIR]      (default: $IMPRINT_E2E_CACHE or ~/.cache/imprint/e2e)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache=${1:-${IMPRINT_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/imprint/e2e}}
suite=bookworm
packages=(systemd systemd-sysv udev dbus openssh-server jq chrony dnsmasq-base iw avahi-daemon
    linux-image-cloud-amd64 initramfs-tools kmod iproute2)

key=$( (cat "${BASH_SOURCE[0]}"; echo "$suite ${packages[*]}") | sha256sum | cut -c1-16)
root="$cache/rootfs-$key"
if [ -f "$root/.complete" ]; then
    echo "$root"
    exit 0
fi
mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9
if [ -f "$root/.complete" ]; then
    echo "$root"
    exit 0
fi
rm -rf "$root" "$root.tmp"
mirror=$("$here/apt-mirror.sh")
echo "building the test root filesystem in $root (debootstrap $suite from the machine's mirror)" >&2
include=$(IFS=,; echo "${packages[*]}")
debootstrap --variant=minbase --include="$include" "$suite" "$root.tmp" "$mirror" >"$cache/debootstrap.log" 2>&1 || {
    tail -20 "$cache/debootstrap.log" >&2
    exit 1
}
# The initramfs must be able to find a virtio disk's root filesystem.
printf 'virtio_pci\nvirtio_blk\next4\n' >>"$root.tmp/etc/initramfs-tools/modules"
chroot "$root.tmp" update-initramfs -u -k all >/dev/null 2>&1
rm -rf "$root.tmp/var/cache/apt/archives/"*.deb "$root.tmp/var/lib/apt/lists/"*
touch "$root.tmp/.complete"
mv "$root.tmp" "$root"
echo "$root"
