#!/usr/bin/env bash
# Builds (once) the Debian 12 root filesystem that stands in for the bitbake-built one in the
# boot tests, and prints its path. The result is cached, keyed on everything that goes into
# it (the suite, the packages, the initramfs modules), so CI and later runs reuse it.
#   build-rootfs.sh [CACHE_DIR]      (default: $IMPRINT_E2E_CACHE or ~/.cache/imprint/e2e)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache=${1:-${IMPRINT_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/imprint/e2e}}
suite=bookworm
# dnsmasq (not only dnsmasq-base) so the forwarder really runs and reads the servers file;
# network-manager for the connections Imprint writes (its Recommends, ModemManager and
# wpasupplicant among them, are left out: debootstrap installs Depends only), with
# libpam-systemd, the logind its polkitd needs (debootstrap does not pick virtual packages).
packages=(systemd systemd-sysv udev dbus openssh-server jq chrony dnsmasq iw avahi-daemon
    network-manager libpam-systemd linux-image-cloud-amd64 initramfs-tools kmod iproute2
    util-linux-extra)

# Modules the initramfs must have to find the root filesystem on a virtio disk.
modules=(virtio_pci virtio_blk ext4)
# The key is what goes into the tree; change "recipe" when the steps below change what they make.
recipe=1
key=$(echo "$recipe $suite ${packages[*]} ${modules[*]}" | sha256sum | cut -c1-16)
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
# A debootstrap that was stopped half-way may have left /proc or /sys mounted in its tree:
# unmount those (deepest first) before anything under it is removed.
awk -v t="$root.tmp" '$2 == t || index($2, t "/") == 1 { print $2 }' /proc/mounts | sort -r |
    while read -r m; do umount -l "$m"; done
rm -rf "$root" "$root.tmp"
command -v debootstrap >/dev/null || {
    echo "build-rootfs: skipped: debootstrap is not installed" >&2
    exit 77
}
mirror=$("$here/apt-mirror.sh")
echo "building the test root filesystem in $root (debootstrap $suite from the machine's mirror)" >&2
include=$(IFS=,; echo "${packages[*]}")
debootstrap --variant=minbase --include="$include" "$suite" "$root.tmp" "$mirror" >"$cache/debootstrap.log" 2>&1 || {
    tail -20 "$cache/debootstrap.log" >&2
    exit 1
}
printf '%s\n' "${modules[@]}" >>"$root.tmp/etc/initramfs-tools/modules"
chroot "$root.tmp" update-initramfs -u -k all >/dev/null 2>&1
rm -rf "$root.tmp/var/cache/apt/archives/"*.deb "$root.tmp/var/lib/apt/lists/"*
touch "$root.tmp/.complete"
mv "$root.tmp" "$root"
# Roots made from other inputs are not used again: about 600 MB each.
find "$cache" -mindepth 1 -maxdepth 1 -name 'rootfs-*' ! -name "rootfs-$key" -exec rm -rf {} +
echo "$root"
