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
for tool in qemu-system-x86_64 debootstrap ssh ssh-keygen jq python3 openssl sfdisk mkfs.ext4 mkfs.fat; do
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
# The enterprise network's CA certificate, made for this run.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
    -subj /CN=e2e-campus-ca -keyout "$work/ca-key.pem" -out "$work/ca.pem" 2>"$work/openssl.log" ||
    { cat "$work/openssl.log" >&2; die "openssl could not make the CA certificate"; }
# NetworkManager connections: the wired link on QEMU's user network (guest 10.0.2.15, the
# gateway 10.0.2.2, IPv6 prefix fec0::/64 with the router at fec0::2), addressed statically as
# a real device on a fixed network would be, and two WiFi networks (WPA3 and enterprise PEAP)
# that NetworkManager must load although this machine has no WiFi.
jq -n --rawfile key "$work/key-good.pub" --arg logo "$work/logo.png" --rawfile ca "$work/ca.pem" '{
  version: 1, hostname: "e2e-device", persistentLogging: true, country: "DE",
  ntpServers: "ntp.e2e.test 192.0.2.123", dnsServers: "1.1.1.1 9.9.9.9",
  developmentMode: false, randomMacAddressScan: false,
  connectivity: { uri: "https://check.e2e.test/c", interval: "300", response: "ok" },
  sshKeys: [ ($key | rtrimstr("\n")) ],
  udevRules: { "99-e2e-test": "ENV{ID_FS_LABEL_ENC}==\"resin-boot\", SYMLINK+=\"disk/test\"" },
  logo: $logo,
  connections: [
    { type: "ethernet", id: "e2e-wired",
      ipv4: { method: "manual", addresses: ["10.0.2.15/24"], gateway: "10.0.2.2", dns: ["10.0.2.3"] },
      ipv6: { method: "manual", addresses: ["fec0::15/64"], gateway: "fec0::2" } },
    { type: "wifi", id: "e2e-home", priority: 5,
      wifi: { ssid: "E2E Home", security: "sae", passphrase: "correct horse; battery = \"staple\"" } },
    { type: "wifi", id: "e2e-campus",
      wifi: { ssid: "E2E Campus", security: "enterprise",
              enterprise: { eap: "peap", innerAuth: "mschapv2", identity: "student@e2e.test",
                            anonymousIdentity: "anonymous@e2e.test", password: "e2e campus secret",
                            caCertificate: $ca } } } ] }' >"$work/profile.json"
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
# restrict=on: the guest reaches nothing outside QEMU (not the host, not the internet); the
# forwarded SSH port still reaches the guest.
# One virtual CPU: the test runs beside the rest of the suite (ctest -j2) on two cores, and a
# guest with two vCPUs then waits on locks held by its other, descheduled vCPU (RCU stalls of
# 20 s and a reboot 4x slower were seen); one vCPU also leaves a core to the other tests.
boot_start=$SECONDS
qemu-system-x86_64 -accel tcg -cpu max -m 1024 -smp 1 -no-user-config -nodefaults \
    -kernel "$work/image/vmlinuz" -initrd "$work/image/initrd.img" \
    -append "root=LABEL=resin-rootA rw console=ttyS0 random.trust_cpu=on" -rtc base=2020-01-01T00:00:00 \
    -drive "file=$target,if=virtio,format=raw" \
    -nic "user,restrict=on,model=virtio-net-pci,hostfwd=tcp:127.0.0.1:$port-:22222" \
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
