#!/usr/bin/env bash
# Proof on a booted device: the layer's test image, configured by `imprint` and flashed by
# `imprint`, boots under QEMU (TCG) and obeys config.json. Prints one line per check and a
# summary; exits 1 when any check fails.
#   run.sh BUILD_DIR
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "$1" && pwd)
imprint="$build/bin/imprint"
work="$build/e2e"
mkdir -p "$work"
log() { printf '== %s\n' "$*" >&2; }
die() { printf 'e2e: %s\n' "$*" >&2; exit 1; }
has_command() { "$imprint" --help | grep -q "^  $1 "; }

results=()
failures=0
check() { # check NAME COMMAND...
    local name=$1
    shift
    if "$@" >"$work/check.out" 2>&1; then
        results+=("PASS  $name")
    else
        results+=("FAIL  $name: $(head -c 300 "$work/check.out" | tr '\n' ' ')")
        failures=$((failures + 1))
    fi
}

# --- the image, made by the layer's tools ------------------------------------------------------
log "root filesystem (cached debootstrap)"
rootfs=$("$here/build-rootfs.sh") || die "could not build the root filesystem"
log "test image with the layer's install rules"
"$here/make-test-image.sh" "$rootfs" "$work/image" >/dev/null || die "could not make the test image"
image="$work/image/test.img"
hostos=$(cat "$work/image/hostos-version")

# --- the path a user takes: configure, then flash ---------------------------------------------
rm -f "$work"/key-*
ssh-keygen -q -t ed25519 -N '' -C good -f "$work/key-good"
ssh-keygen -q -t ed25519 -N '' -C wrong -f "$work/key-wrong"
good_pub=$(cat "$work/key-good.pub")
wrong_pub=$(cat "$work/key-wrong.pub")
rule='ENV{ID_FS_LABEL_ENC}=="resin-boot", SYMLINK+="disk/test"'
jq -n --arg key "$good_pub" --arg rule "$rule" '{
  hostname: "e2e-device", persistentLogging: true, country: "DE",
  ntpServers: "ntp.e2e.test 192.0.2.123", dnsServers: "1.1.1.1 9.9.9.9",
  developmentMode: false,
  os: { network: { wifi: { randomMacAddressScan: false },
                   connectivity: { uri: "https://check.e2e.test/c", interval: "300", response: "ok" } },
        udevRules: { "99-test": $rule }, sshKeys: [ $key ] } }' >"$work/settings.json"
if has_command configure; then
    log "imprint configure"
    jq '{config: .}' "$work/settings.json" >"$work/profile.json"
    "$imprint" configure "$image" --profile "$work/profile.json" --yes >/dev/null ||
        die "imprint configure failed"
    configured_with="imprint configure --profile"
else
    log "imprint configure is not built yet: merging config.json with imprint fs"
    "$imprint" fs cat "$image" /config.json >"$work/base-config.json" || die "imprint fs cat failed"
    jq -s '.[0] * .[1]' "$work/base-config.json" "$work/settings.json" >"$work/config.json"
    "$imprint" fs put "$image" /config.json "$work/config.json" || die "imprint fs put failed"
    configured_with="imprint fs put (configure not built yet)"
fi
target="$work/target.img"
rm -f "$target"
if has_command flash; then
    log "imprint flash"
    "$imprint" flash "$image" --to "$target" --yes >/dev/null || die "imprint flash failed"
    flashed_with="imprint flash"
else
    cp --sparse=always "$image" "$target"
    flashed_with="cp (flash not built yet)"
fi

# --- boot ------------------------------------------------------------------------------------
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
qemu_pid=""
boot() {
    qemu-system-x86_64 -accel tcg -m 1024 -smp 2 -no-user-config \
        -kernel "$work/image/vmlinuz" -initrd "$work/image/initrd.img" \
        -append "root=LABEL=resin-rootA rw console=ttyS0 systemd.show_status=1" \
        -drive "file=$target,if=virtio,format=raw" \
        -nic "user,model=virtio-net-pci,hostfwd=tcp:127.0.0.1:$port-:22222" \
        -serial "file:$work/serial.log" -monitor none -display none \
        -pidfile "$work/qemu.pid" -daemonize || die "qemu did not start"
    qemu_pid=$(cat "$work/qemu.pid")
}
stop() { [ -z "$qemu_pid" ] || kill "$qemu_pid" 2>/dev/null; qemu_pid=""; }
trap stop EXIT
ssh_as() { # ssh_as KEY|none COMMAND...
    local auth=(-o PreferredAuthentications=publickey -o IdentitiesOnly=yes -i "$work/key-$1")
    [ "$1" != none ] || auth=(-o PreferredAuthentications=none -o PubkeyAuthentication=no)
    shift
    ssh -q -p "$port" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes \
        -o ConnectTimeout=10 "${auth[@]}" root@127.0.0.1 "$@"
}
wait_ssh() { # wait_ssh KEY SECONDS
    local deadline=$((SECONDS + $2))
    while [ $SECONDS -lt $deadline ]; do
        ssh_as "$1" true 2>/dev/null && return 0
        sleep 2
    done
    return 1
}
log "booting under QEMU (TCG); SSH forwarded to 127.0.0.1:$port"
start=$SECONDS
boot
wait_ssh good 420 || { tail -40 "$work/serial.log" >&2; die "the device never answered SSH with the profile's key"; }
boot_seconds=$((SECONDS - start))

# --- checks on the running system --------------------------------------------------------------
dev() { ssh_as good "$@"; }
expect() { # expect WANT GOT
    [ "$1" = "$2" ] || { printf 'want: %s\ngot:  %s\n' "$1" "$2"; return 1; }
}
apply_config() { # apply_config KEY JQ-FILTER: change config.json on the device, atomically
    ssh_as "$1" "jq '$2' /mnt/boot/config.json > /mnt/boot/config.json.new && sync && mv /mnt/boot/config.json.new /mnt/boot/config.json && sync"
}
eventually() { # eventually SECONDS COMMAND...: until it succeeds
    local deadline=$((SECONDS + $1))
    shift
    until "$@"; do
        [ $SECONDS -lt "$deadline" ] || return 1
        sleep 2
    done
}

c_hostname() { expect e2e-device "$(dev hostname)" && expect e2e-device "$(dev cat /etc/hostname)"; }
c_ntp() {
    dev 'cat /etc/chrony/sources.d/*' | grep -qx 'pool ntp.e2e.test iburst' &&
        dev 'cat /etc/chrony/sources.d/*' | grep -qx 'pool 192.0.2.123 iburst' &&
        dev chronyc -n sources | grep -q '192.0.2.123'
}
c_dns() { expect "$(printf 'server=1.1.1.1\nserver=9.9.9.9')" "$(dev cat /run/dnsmasq.servers)"; }
servers_are() { expect "$1" "$(dev cat /run/dnsmasq.servers)" >/dev/null; }
c_dns_null() { apply_config good '.dnsServers = "null"' && eventually 60 servers_are ""; }
c_dns_absent() { apply_config good 'del(.dnsServers)' && eventually 60 servers_are "server=8.8.8.8"; }
c_nm() {
    local conf
    conf=$(dev 'cat /etc/NetworkManager/conf.d/os-network-connectivity.conf')
    expect "$(printf '[connectivity]\nuri=https://check.e2e.test/c\ninterval=300\nresponse=ok')" "$conf" &&
        dev cat /etc/NetworkManager/conf.d/random-mac-scan.conf | grep -qx 'wifi.scan-rand-mac-address=no'
}
c_udev() { expect /dev/vda1 "$(dev readlink -f /dev/disk/test)"; }
c_country() { dev cat /etc/default/crda | grep -qx 'REGDOMAIN=DE'; }
c_socket() {
    expect active "$(dev systemctl is-active sshd.socket)" &&
        expect yes "$(dev systemctl show -p Accept --value sshd.socket)" &&
        dev ss -ltnp | grep ':22222 ' | grep -q '"systemd"' &&
        ! dev systemctl is-active --quiet ssh.service
}
c_avahi() { dev systemctl is-active --quiet avahi-daemon && dev grep -q 22222 /etc/avahi/services/ssh.service; }
c_timeinit() {
    local rtc stamp chrony
    rtc=$(dev systemctl show -p ExecMainStartTimestampMonotonic --value timeinit-rtc.service)
    stamp=$(dev systemctl show -p ExecMainStartTimestampMonotonic --value timeinit-timestamp.service)
    chrony=$(dev systemctl show -p ExecMainStartTimestampMonotonic --value chronyd.service)
    echo "rtc=$rtc timestamp=$stamp chronyd=$chrony"
    [ "${rtc:-0}" -gt 0 ] && [ "$rtc" -lt "$stamp" ] && [ "$stamp" -lt "$chrony" ]
}
c_splash() {
    local want got
    want=$("$imprint" fs cat "$target" /splash/resin-logo.png | sha256sum)
    got=$(dev sha256sum /mnt/boot/splash/resin-logo.png | cut -d' ' -f1)
    expect "${want%% *}" "$got" && dev head -c 8 /mnt/boot/splash/resin-logo.png | od -An -tx1 | grep -q '89 50 4e 47'
}
c_osrelease() {
    dev sed -n 's/^VERSION_ID=//p' /etc/os-release | tr -d '"' | grep -qx "$hostos" &&
        dev cat /mnt/boot/os-release | grep -q "VERSION_ID=\"\?$hostos\"\?"
}
c_persistent_logging() {
    local before after
    before=$(dev journalctl --list-boots --no-pager | wc -l)
    dev systemctl reboot
    sleep 5
    wait_ssh good 420 || return 1
    after=$(dev journalctl --list-boots --no-pager | wc -l)
    echo "boots before=$before after=$after"
    [ "$after" -eq $((before + 1)) ]
}
c_live_hostname() { apply_config good '.hostname = "e2e-renamed"' && eventually 60 hostname_is e2e-renamed; }
hostname_is() { [ "$(dev hostname)" = "$1" ]; }

check "hostname and /etc/hostname from config.json" c_hostname
check "ntpServers as chrony sources" c_ntp
check "dnsServers list in the forwarder's servers file" c_dns
check "connectivity and random-MAC settings in NetworkManager's fragments" c_nm
check "udev rule makes /dev/disk/test point at the boot partition" c_udev
check "country written for the regulatory domain" c_country
check "SSH on 22222 by socket activation (Accept=yes), no idle daemon" c_socket
check "avahi advertises SSH on 22222" c_avahi
check "timeinit-rtc, then timeinit-timestamp, then chronyd" c_timeinit
check "splash logo on the boot partition is the image's" c_splash
check "os-release versions match the image ($hostos)" c_osrelease
check "persistentLogging keeps the journal across a reboot" c_persistent_logging
check "changed config.json re-applied without reboot: hostname" c_live_hostname
check "changed config.json re-applied without reboot: dnsServers \"null\"" c_dns_null
check "changed config.json re-applied without reboot: dnsServers absent" c_dns_absent

# The login matrix, ordered so that access is kept until the last case.
login() { ssh_as "$1" true; }
no_login() { ! ssh_as "$1" true; }
matrix() { # matrix NAME MUST-WORK MUST-FAIL...
    local name=$1 ok=$2
    shift 2
    check "login: $name: $ok works" login "$ok"
    for k in "$@"; do check "login: $name: $k refused" no_login "$k"; done
}
matrix "production + good key" good wrong none
apply_config good '.developmentMode = true' && sleep 8
matrix "development + good key" good wrong none
apply_config good '.os.sshKeys = []' && sleep 8
matrix "development + no key (password-less)" none good wrong
apply_config none ".os.sshKeys = [\"$wrong_pub\"]" && sleep 8
matrix "development + wrong key only" wrong good none
apply_config wrong '.developmentMode = false' && sleep 8
matrix "production + wrong key only" wrong good none
apply_config wrong '.os.sshKeys = []' && sleep 8
check "login: production + no key: good refused" no_login good
check "login: production + no key: wrong refused" no_login wrong
check "login: production + no key: password-less refused" no_login none

stop
printf '\nconfigured with: %s; flashed with: %s\n' "$configured_with" "$flashed_with"
printf 'boot to SSH under TCG: %d s\n\n' "$boot_seconds"
printf '%s\n' "${results[@]}"
printf '\n%d checks, %d failed\n' "${#results[@]}" "$failures"
[ "$failures" -eq 0 ]
