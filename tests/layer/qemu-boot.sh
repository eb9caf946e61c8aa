#!/bin/bash
# End to end (label "slow"): boots a disk image made by the layer's own scripts in QEMU
# and checks over SSH on port 22222 that the device applied config.json.
#
# The root filesystem is a Debian bookworm made by debootstrap (the packages the layer's
# recipes would pull in: systemd, OpenSSH, jq, chrony, avahi...), with every recipe's
# install.manifest installed on top, the way build-demo-image does it. The debootstrap
# tree is cached in BUILD_DIR/layer-qemu; the mirror comes from this machine's apt sources.
#
# Usage: qemu-boot.sh BUILD_DIR
# The commands run on the device are single-quoted on purpose:
# shellcheck disable=SC2016
set -euo pipefail
layer="$(cd "$(dirname "$0")/../../meta-balena" && pwd)"
common="$layer/meta-balena-common"
work="${1:?usage: qemu-boot.sh BUILD_DIR}/layer-qemu"
mkdir -p "$work"
work=$(cd "$work" && pwd)

log() { echo "qemu-boot: $*"; }

mirror() {
	local m=''
	if [ -d /etc/apt/sources.list.d ]; then
		m=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
	fi
	[ -n "$m" ] || m=$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
	[ -n "$m" ] || { echo "qemu-boot: no Debian mirror in the apt sources" >&2; exit 1; }
	echo "$m"
}

skip() {
	echo "qemu-boot: skipped: $*" >&2
	exit 77
}
for tool in qemu-system-x86_64 debootstrap ssh ssh-keygen; do
	command -v "$tool" >/dev/null || skip "$tool is not installed"
done

# 1. The cached base system.
if [ ! -f "$work/rootfs/.complete" ]; then
	m=$(mirror)
	python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1] + "/dists/bookworm/Release", timeout=15)' "$m" 2>/dev/null ||
		skip "the Debian mirror of the apt sources cannot be reached"
	rm -rf "$work/rootfs" "$work/rootfs.tmp"
	log "debootstrap (about 90 s, once)"
	debootstrap --variant=minbase \
		--include=systemd,systemd-sysv,udev,dbus,openssh-server,jq,chrony,dnsmasq-base,iw,avahi-daemon,linux-image-cloud-amd64,initramfs-tools,kmod,iproute2 \
		bookworm "$work/rootfs.tmp" "$m" >"$work/debootstrap.log" 2>&1 ||
		{ tail -20 "$work/debootstrap.log" >&2; exit 1; }
	mv "$work/rootfs.tmp" "$work/rootfs"
	touch "$work/rootfs/.complete"
fi

# 2. The device: the base plus what the layer's recipes install.
stage="$work/stage"
rm -rf "${work:?}/stage" "${work:?}/boot" "${work:?}/disk.img"
cp -a "$work/rootfs" "$stage"
rm -f "$stage/.complete"
units=()
while read -r manifest; do
	"$layer/scripts/balena-install-manifest" "$manifest" "$(dirname "$manifest")" "$stage"
	while read -r u; do units+=("$u"); done < <("$layer/scripts/balena-install-manifest" --list-units "$manifest")
done < <(find "$common" -name install.manifest | LC_ALL=C sort)
systemctl --root="$stage" --quiet enable "${units[@]}"
# Debian's own SSH daemon on port 22 is not part of the OS: sshd.socket replaces it.
systemctl --root="$stage" --quiet mask ssh.service ssh.socket
# balenaOS (Yocto) keeps root's home in /home/root.
sed -i 's|^root:\([^:]*\):0:0:\([^:]*\):/root:|root:\1:0:0:\2:/home/root:|' "$stage/etc/passwd"
mkdir -p "$stage/home/root" "$stage/mnt/boot" "$stage/mnt/state" "$stage/mnt/data"
cat >"$stage/etc/fstab" <<'EOF'
LABEL=resin-boot  /mnt/boot  vfat  defaults  0 0
LABEL=resin-state /mnt/state ext4  defaults  0 0
LABEL=resin-data  /mnt/data  ext4  defaults  0 0
EOF
date -u +%Y%m%d%H%M%S >"$stage/etc/timestamp"
# Connectivity on the test system: systemd-networkd with DHCP from QEMU's user network
# stands in for NetworkManager, which this layer configures but does not provide.
mkdir -p "$stage/etc/systemd/network"
printf '[Match]\nName=en* eth*\n\n[Network]\nDHCP=ipv4\n' >"$stage/etc/systemd/network/20-wired.network"
systemctl --root="$stage" --quiet enable systemd-networkd.service
# The kernel and the initramfs the root's own initramfs-tools made.
cp "$(find "$stage/boot" -name 'vmlinuz-*' | sort | tail -n1)" "$work/vmlinuz"
cp "$(find "$stage/boot" -name 'initrd.img-*' | sort | tail -n1)" "$work/initrd.img"

# 3. The boot partition, with a config.json that exercises several keys.
ssh-keygen -q -t ed25519 -N '' -C e2e -f "$work/key" <<<y >/dev/null 2>&1 || true
distro=$(sed -n 's/^DISTRO_VERSION = "\(.*\)"$/\1/p' "$common/conf/distro/balena-os.conf")
"$layer/scripts/balena-boot-populate" --out "$work/boot" --machine qemux86-64 \
	--device-type-json "$layer/demo/board/qemux86-64.json" --distro-version "$distro"
jq --arg key "$(cat "$work/key.pub")" '. + {
	hostname: "imprint-e2e", dnsServers: "1.1.1.1 9.9.9.9", ntpServers: "ntp.example.org",
	os: {sshKeys: [$key], udevRules: {"70-test": "ENV{ID_FS_LABEL_ENC}==\"resin-boot\", SYMLINK+=\"disk/test\""},
	     network: {wifi: {randomMacAddressScan: false}}}}' \
	"$work/boot/config.json" >"$work/boot/config.json.new"
mv "$work/boot/config.json.new" "$work/boot/config.json"

# Host keys made ahead on the state partition: making an RSA key on an emulated CPU takes
# minutes. sshd-keygen.service finds them there and skips, as on any later boot.
rm -rf "${work:?}/state"
mkdir -p "$work/state/ssh/etc/ssh"
ssh-keygen -A -f "$work/state/ssh"

"$layer/scripts/balena-image-assemble" --output "$work/disk.img" --no-bmap --boot-dir "$work/boot" \
	--rootfs "$stage" --state "$work/state" --boot-size-mb 40 --root-size-mb 1024 --state-size-mb 20 --data-size-mb 64
rm -rf "$stage"

# 4. Boot it.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
qemu-system-x86_64 -accel tcg -m 1024 -smp 2 -nographic -no-reboot \
	-kernel "$work/vmlinuz" -initrd "$work/initrd.img" -append "root=LABEL=resin-rootA rw console=ttyS0" \
	-drive "file=$work/disk.img,if=virtio,format=raw" \
	-nic "user,model=virtio-net-pci,hostfwd=tcp:127.0.0.1:$port-:22222" >"$work/console.log" 2>&1 &
qemu=$!
trap 'kill "$qemu" 2>/dev/null || true; wait "$qemu" 2>/dev/null || true' EXIT

ssh_dev() {
	ssh -i "$work/key" -p "$port" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
		-o BatchMode=yes -o ConnectTimeout=60 -o LogLevel=ERROR root@127.0.0.1 "$@"
}

log "booting (console in $work/console.log)"
deadline=$((SECONDS + 600))
until ssh_dev true 2>/dev/null; do
	kill -0 "$qemu" 2>/dev/null || { tail -30 "$work/console.log" >&2; echo "qemu-boot: QEMU exited" >&2; exit 1; }
	[ "$SECONDS" -lt "$deadline" ] || { tail -30 "$work/console.log" >&2; echo "qemu-boot: no SSH on port 22222 after 600 s" >&2; exit 1; }
	sleep 5
done
log "SSH on port 22222 answered with the key from config.json after ${SECONDS}s"

fail=0
expect() { # description, expected, command
	local got
	got=$(ssh_dev "$3" 2>&1) || true
	if [ "$got" = "$2" ]; then
		log "ok: $1"
	else
		echo "qemu-boot: FAILED: $1: expected [$2], got [$got]" >&2
		fail=1
	fi
}
expect "hostname from config.json" imprint-e2e 'hostname'
expect "dnsServers for the forwarder" $'server=1.1.1.1\nserver=9.9.9.9' 'cat /run/dnsmasq.servers'
expect "ntpServers for chrony" 'pool ntp.example.org iburst' 'cat /etc/chrony/sources.d/balena-ntp.sources'
expect "udev rule from config.json links the boot partition" /dev/vda1 'readlink -f /dev/disk/test'
expect "NetworkManager random MAC fragment" $'[device]\nwifi.scan-rand-mac-address=no' 'cat /etc/NetworkManager/conf.d/random-mac-scan.conf'
expect "sshd is socket-activated, one process per connection" active 'systemctl is-active sshd.socket'
expect "nothing but systemd listens on 22222" systemd "ss -Htlnp 'sport = :22222' | sed -n 's/.*users:((\"\\([^\"]*\\)\".*/\\1/p' | sort -u"
expect "host keys on the state partition" yes 'test -s /mnt/state/ssh/etc/ssh/ssh_host_ed25519_key && echo yes'
expect "timeinit-timestamp ran before chrony" yes 'a=$(systemctl show -P ActiveEnterTimestampMonotonic timeinit-timestamp.service); b=$(systemctl show -P ExecMainStartTimestampMonotonic chrony.service); [ "$a" -gt 0 ] && [ "$b" -gt "$a" ] && echo yes'
expect "avahi advertises SSH on 22222" 22222 "sed -n 's:.*<port>\\(.*\\)</port>.*:\\1:p' /etc/avahi/services/ssh.service; systemctl is-active --quiet avahi-daemon || echo avahi-inactive"
expect "password login is refused in production" refused 'grep -qx "PasswordAuthentication no" /etc/ssh/sshd_config.d/balena-login.conf && echo refused'
# A config.json changed on the running device is applied by balena-config.path.
ssh_dev 'jq ".hostname = \"renamed\"" /mnt/boot/config.json > /mnt/boot/config.json.new && mv /mnt/boot/config.json.new /mnt/boot/config.json'
expect "a changed config.json is applied while running" renamed 'for i in $(seq 100); do [ "$(hostname)" = renamed ] && break; sleep 3; done; hostname'
ssh_dev 'systemd-analyze blame | head -8' >"$work/blame.txt" 2>&1 || true
ssh_dev 'systemctl poweroff' >/dev/null 2>&1 || true
[ "$fail" = 0 ] || exit 1
log "all checks passed"
