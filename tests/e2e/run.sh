#!/usr/bin/env bash
# Proof on a booted device: the layer's test image, configured by `imprint configure --profile`
# and written by `imprint flash` to a target image file, boots under QEMU (TCG) and obeys
# config.json: at boot, after a change on the running device, and across a reboot.
# Prints a pass/fail table and the boot time; exits 1 when any check fails, 77 (skipped)
# when a tool it needs is missing.
#   run.sh BUILD_DIR
# The commands run on the device are single-quoted on purpose:
# shellcheck disable=SC2016
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "${1:?usage: run.sh BUILD_DIR}" && pwd)
imprint="$build/bin/imprint"
work="$build/e2e"
mkdir -p "$work"
t0=$SECONDS
log() { printf '[%4ds] %s\n' $((SECONDS - t0)) "$*" >&2; }
die() {
    printf 'e2e: %s\n' "$*" >&2
    exit 1
}
for tool in qemu-system-x86_64 debootstrap ssh ssh-keygen jq python3 sfdisk mkfs.ext4 mkfs.fat; do
    command -v "$tool" >/dev/null || {
        echo "e2e: skipped: $tool is not installed" >&2
        exit 77
    }
done
[ -x "$imprint" ] || die "$imprint is not built"

. "$here/lib.sh"

# --- the image, made by the layer's tools -----------------------------------------------------
log "root filesystem (debootstrap, cached between runs)"
rootfs=$("$here/build-rootfs.sh") || die "could not build the root filesystem"
log "test image with the layer's install rules and assembler"
"$here/make-test-image.sh" "$rootfs" "$work/image" >"$work/make-image.log" 2>&1 ||
    { tail -20 "$work/make-image.log" >&2; die "could not make the test image"; }
image="$work/image/test.img"
hostos=$(cat "$work/image/hostos-version")
distro=$(cat "$work/image/distro-version")
build_stamp=$(cat "$work/image/timestamp")

# --- the path a user takes: a profile, imprint configure, imprint flash -----------------------
rm -f "$work"/key-* "$work/known_hosts"
ssh-keygen -q -t ed25519 -N '' -C e2e-good -f "$work/key-good"
ssh-keygen -q -t ed25519 -N '' -C e2e-wrong -f "$work/key-wrong"
python3 "$here/make-logo.py" "$work/logo.png"
jq -n --rawfile key "$work/key-good.pub" --arg logo "$work/logo.png" '{
  version: 1, hostname: "e2e-device", persistentLogging: true, country: "DE",
  ntpServers: "ntp.e2e.test 192.0.2.123", dnsServers: "1.1.1.1 9.9.9.9",
  developmentMode: false, randomMacAddressScan: false,
  connectivity: { uri: "https://check.e2e.test/c", interval: "300", response: "ok" },
  sshKeys: [ ($key | rtrimstr("\n")) ],
  udevRules: { "99-e2e-test": "ENV{ID_FS_LABEL_ENC}==\"resin-boot\", SYMLINK+=\"disk/test\"" },
  logo: $logo }' >"$work/profile.json"
log "imprint configure --profile"
"$imprint" configure --profile "$work/profile.json" --yes "$image" >"$work/configure.out" 2>&1 ||
    { cat "$work/configure.out" >&2; die "imprint configure failed"; }
target="$work/target.img"
rm -f "$target"
log "imprint flash to a target image file"
"$imprint" flash "$image" --to "$target" --yes >"$work/flash.out" 2>&1 ||
    { cat "$work/flash.out" >&2; die "imprint flash failed"; }
"$imprint" inspect "$target" --json >"$work/inspect.json" || die "imprint inspect of the target failed"

# --- boot --------------------------------------------------------------------------------------
port=$(free_port)
log "booting under QEMU (TCG); guest port 22222 on 127.0.0.1:$port; console in $work/serial.log"
# The real-time clock starts years before the image was built, as on a board whose clock was
# never set: timeinit-timestamp must move the clock forward to the build time.
# `-cpu max` gives the guest RDRAND, which seeds its random pool at once (the kernel trusts the
# CPU): without it, a service's first getrandom() spun in the kernel's jitter-entropy loop, which
# under TCG once locked a CPU for over ten minutes (soft lockup in systemd-udevd).
# One virtual CPU: the test runs beside the rest of the suite (ctest -j2) on two cores, and a
# guest with two vCPUs then waits on locks held by its other, descheduled vCPU (RCU stalls of
# 20 s and a reboot 4x slower were seen); one vCPU also leaves a core to the other tests.
boot_start=$SECONDS
qemu-system-x86_64 -accel tcg -cpu max -m 1024 -smp 1 -no-user-config -nodefaults \
    -kernel "$work/image/vmlinuz" -initrd "$work/image/initrd.img" \
    -append "root=LABEL=resin-rootA rw console=ttyS0 random.trust_cpu=on" -rtc base=2020-01-01T00:00:00 \
    -drive "file=$target,if=virtio,format=raw" \
    -nic "user,model=virtio-net-pci,hostfwd=tcp:127.0.0.1:$port-:22222" \
    -chardev "file,id=console,path=$work/serial.log" -serial chardev:console \
    -display none -monitor none -pidfile "$work/qemu.pid" -daemonize || die "QEMU did not start"
qemu_pid=$(cat "$work/qemu.pid")
trap 'kill "$qemu_pid" 2>/dev/null' EXIT
wait_login good 900 || {
    tail -40 "$work/serial.log" >&2
    die "the device never accepted the profile's SSH key on port 22222"
}
boot_seconds=$((SECONDS - boot_start))
log "SSH with the profile's key answered after $boot_seconds s"
boot_id=$(dev_good cat /proc/sys/kernel/random/boot_id)

. "$here/checks.sh"

kill "$qemu_pid" 2>/dev/null
trap - EXIT
printf '\nconfigured with imprint configure --profile, flashed with imprint flash (%s)\n' \
    "$(jq -r '.boot.osRelease.VERSION_ID // "?"' "$work/inspect.json")"
printf 'boot to SSH under TCG: %d s; whole run: %d s\n\n' "$boot_seconds" $((SECONDS - t0))
printf '%s\n' "${results[@]}"
printf '\n%d checks, %d failed\n' "${#results[@]}" "$failures"
[ "$failures" -eq 0 ]
