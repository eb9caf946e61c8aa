#!/usr/bin/env bash
# Makes the bootable x86-64 test image with the layer's own tools: the Debian root from
# build-rootfs.sh stands in for the bitbake-built root; every recipe's install.manifest is
# installed into it by the layer's balena-install-manifest (the rule the recipes use); the boot
# partition comes from balena-boot-populate and the disk from balena-image-assemble.
#   make-test-image.sh ROOTFS OUTDIR
# Writes OUTDIR/test.img, OUTDIR/vmlinuz, OUTDIR/initrd.img, and the facts the checks compare
# with: OUTDIR/hostos-version, distro-version, timestamp (the build time, seconds since 1970).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
layer=$(cd "$here/../../meta-balena" && pwd)
common="$layer/meta-balena-common"
scripts="$layer/scripts"
base=$1
out=$2
machine=qemux86-64
mkdir -p "$out"
work="$out/work"
rm -rf "$work"
mkdir -p "$work"
root="$work/root"
cp -a "$base" "$root"
rm -f "$root/.complete"

units=()
while read -r manifest; do
    "$scripts/balena-install-manifest" "$manifest" "$(dirname "$manifest")" "$root"
    while read -r unit; do units+=("$unit"); done < <("$scripts/balena-install-manifest" --list-units "$manifest")
done < <(find "$common" -name install.manifest | LC_ALL=C sort)
[ ${#units[@]} -eq 0 ] || systemctl --root="$root" --quiet enable "${units[@]}"

# Test-system glue that a real build gets from other layers: the partition mounts, NetworkManager
# enabled (its own recipe's unit), and a serial console. The wired link is NetworkManager's, as
# on a device: the connections Imprint wrote reach it through the layer's balena-net-config.
mkdir -p "$root/mnt/boot" "$root/mnt/state" "$root/mnt/data"
cat >"$root/etc/fstab" <<'FSTAB'
LABEL=resin-rootA / ext4 defaults 0 1
LABEL=resin-boot /mnt/boot vfat defaults 0 2
LABEL=resin-state /mnt/state ext4 defaults 0 2
LABEL=resin-data /mnt/data ext4 defaults 0 2
FSTAB
systemctl --root="$root" --quiet enable NetworkManager.service serial-getty@ttyS0.service
# Debian's own SSH daemon on port 22 is not part of the OS: sshd.socket (port 22222) replaces it.
systemctl --root="$root" --quiet mask ssh.service ssh.socket
# Yocto's chrony reads /etc/chrony.conf, where the layer puts its configuration; Debian's
# reads /etc/chrony/chrony.conf.
ln -sf /etc/chrony.conf "$root/etc/chrony/chrony.conf"
# The board description: QEMU's PC has a CMOS real-time clock, so timeinit-rtc has work to do.
echo /dev/rtc0 >"$root/etc/rtc"
# balenaOS's root: home in /home/root, no password (development mode decides who may log in).
sed -i 's#^root:[^:]*:0:0:\([^:]*\):/root:#root:x:0:0:\1:/home/root:#' "$root/etc/passwd"
sed -i 's#^root:[^:]*:#root::#' "$root/etc/shadow"
mkdir -p "$root/home/root"
chmod 700 "$root/home/root"
rm -f "$root/etc/hostname" "$root/etc/machine-id"
touch "$root/etc/machine-id"

distro=$(sed -n 's/^DISTRO_VERSION = "\(.*\)"$/\1/p' "$common/conf/distro/balena-os.conf")
board="$layer/demo/board"
hostos=$(python3 "$common/lib/balena/flags.py" hostos-version --board-dir "$board" --distro-version "$distro")
timestamp=$(date -u +%Y%m%d%H%M%S)
python3 "$common/lib/balena/flags.py" os-release --distro-version "$distro" --hostos-version "$hostos" \
    --machine "$machine" >"$root/etc/os-release"
echo "$timestamp" >"$root/etc/timestamp"

kernels=("$root"/boot/vmlinuz-*)
initrds=("$root"/boot/initrd.img-*)
cp "${kernels[0]}" "$out/vmlinuz"
cp "${initrds[0]}" "$out/initrd.img"

"$scripts/balena-boot-populate" --out "$work/boot" --machine "$machine" \
    --device-type-json "$board/$machine.json" --distro-version "$distro" --hostos-version "$hostos" \
    --image-name balena-test --timestamp "$timestamp"
mkdir -p "$work/state" "$work/data"
"$scripts/balena-image-assemble" --output "$out/test.img" --no-bmap \
    --boot-dir "$work/boot" --rootfs "$root" --state "$work/state" --data "$work/data" \
    --boot-size-mb 40 --root-size-mb 768 --state-size-mb 20 --data-size-mb 128
rm -rf "$work"
echo "$hostos" >"$out/hostos-version"
echo "$distro" >"$out/distro-version"
date -u -d "${timestamp:0:8} ${timestamp:8:2}:${timestamp:10:2}:${timestamp:12:2}" +%s >"$out/timestamp"
