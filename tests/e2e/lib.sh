# shellcheck shell=bash
# Helpers of run.sh: the result table, SSH to the device under each identity, config.json
# changes on the running device, snapshots of the device's state.
# Needs: $work (scratch folder), $port (the forwarded SSH port), $qemu_pid.
# shellcheck disable=SC2154 # set by run.sh, which sources this file

results=()
failures=0
# check NAME FUNCTION [ARGS...]: one row of the table; the function's output is the detail
# shown when it fails.
check() {
    local name=$1
    shift
    if "$@" >"$work/check.out" 2>&1; then
        results+=("PASS  $name")
    else
        results+=("FAIL  $name"$'\n'"        $(head -c 600 "$work/check.out" | tr '\n' ' ')")
        failures=$((failures + 1))
    fi
    printf '%s\n' "${results[-1]}" >&2
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# ssh_as good|wrong|none COMMAND...: one fresh connection (a new sshd by socket activation),
# offering only that identity; "none" offers no key and no password (the password-less login
# of development mode). The device's host key is learnt on first contact and must never
# change after (it lives on the state partition).
ssh_as() {
    local who=$1 auth
    shift
    if [ "$who" = none ]; then
        auth=(-o PubkeyAuthentication=no -o IdentityFile=none)
    else
        auth=(-o PubkeyAuthentication=yes -o IdentityFile="$work/key-$who")
    fi
    SSH_AUTH_SOCK='' timeout "${ssh_timeout:-180}" ssh -p "$port" -o BatchMode=yes -o IdentitiesOnly=yes \
        -o PasswordAuthentication=no -o KbdInteractiveAuthentication=no \
        -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile="$work/known_hosts" \
        -o ConnectTimeout=30 -o LogLevel=ERROR "${auth[@]}" root@127.0.0.1 "$@"
}
dev_good() { ssh_as good "$@"; }

# login_works WHO / login_refused WHO: refused means the server said "Permission denied",
# so a device that is down or slow can never pass for a refusal.
login_works() {
    local out
    out=$(ssh_as "$1" echo logged-in 2>&1)
    [ "$out" = logged-in ] || {
        echo "login as $1 failed: $out"
        return 1
    }
}
login_refused() {
    local out
    if out=$(ssh_as "$1" echo logged-in 2>&1); then
        echo "login as $1 was accepted"
        return 1
    fi
    grep -q 'Permission denied' <<<"$out" || {
        echo "login as $1 failed, but not by refusal: $out"
        return 1
    }
}

# wait_login WHO SECONDS: until WHO can log in (or QEMU has exited).
wait_login() {
    local deadline=$((SECONDS + $2))
    while [ $SECONDS -lt "$deadline" ]; do
        kill -0 "$qemu_pid" 2>/dev/null || return 1
        ssh_as "$1" true 2>/dev/null && return 0
        sleep 3
    done
    return 1
}

# apply_config WHO JQ_FILTER: changes config.json on the running device the way the OS's
# own writers do (a new file, synced, renamed over the old one), then waits on the device,
# in the same session, until balena-config-reload.service has run for it and prints its
# result ("success"). The session outlives a change that refuses new logins. Applying every
# key takes seconds on a quiet machine and minutes under TCG on a loaded one: the wait is long.
apply_config() {
    ssh_timeout=960 ssh_as "$1" bash -s -- "$(printf '%q' "$2")" <<'DEVICE'
set -eu
show() { systemctl show -P "$1" balena-config-reload.service; }
before=$(show ExecMainExitTimestampMonotonic)
jq "$1" /mnt/boot/config.json >/mnt/boot/config.json.tmp
sync /mnt/boot/config.json.tmp
mv /mnt/boot/config.json.tmp /mnt/boot/config.json
sync /mnt/boot
for _ in $(seq 900); do
    if [ "$(show ExecMainExitTimestampMonotonic)" != "$before" ] && [ "$(show ActiveState)" != activating ]; then
        show Result
        exit 0
    fi
    sleep 1
done
echo "balena-config-reload.service did not run within 900 s"
exit 1
DEVICE
}

# snapshot WHO FILE: the device's state, one "@@@ name" section per fact, in one session.
snapshot() {
    ssh_as "$1" bash -s >"$2" 2>&1 <<'DEVICE'
# One stream on the device: SSH carries stdout and stderr apart, and their interleaving here
# would put one section's error message into the next section.
exec 2>&1
s() { printf '\n@@@ %s\n' "$1"; }
s boot-id; cat /proc/sys/kernel/random/boot_id
s hostname; hostname
s etc-hostname; cat /etc/hostname
s ntp-sources; cat /etc/chrony/sources.d/balena-ntp.sources
s chronyc; chronyc -n sources
s dns-servers; cat /run/dnsmasq.servers
s dnsmasq; systemctl is-active dnsmasq.service
s dnsmasq-log; journalctl -b -u dnsmasq.service -o cat --no-pager | grep 'using nameserver'
s nm-mac; cat /etc/NetworkManager/conf.d/random-mac-scan.conf
s nm-connectivity; cat /etc/NetworkManager/conf.d/os-network-connectivity.conf
s udev-test; readlink -f /dev/disk/test && lsblk -no LABEL /dev/disk/test
s udev-test-live; readlink -f /dev/disk/test-live && lsblk -no LABEL /dev/disk/test-live
s udev-rules; ls /etc/udev/rules.d
s crda; cat /etc/default/crda
s sshd-socket; systemctl is-active sshd.socket; systemctl show -P Accept sshd.socket; systemctl show -P Listen sshd.socket
s listeners; ss -Htlnp 'sport = :22222' | grep -o 'users:(("[^"]*"' | sort -u
s sshd-processes; ps -eo args= | grep '^[s]shd' | sed 's/ *$//' | sort -u
s sshd-instances; systemctl list-units --no-legend --plain 'sshd@*.service' | wc -l
s debian-ssh; systemctl is-enabled ssh.service ssh.socket
s host-keys; ls /mnt/state/ssh/etc/ssh/
s boot-log; journalctl -b -o short-monotonic --no-pager _PID=1 | grep -E '(Finished|Starting|Started|Condition check resulted in) .*(timeinit-rtc|timeinit-timestamp|chrony)\.service'
s timeinit-result; for u in timeinit-rtc timeinit-timestamp; do systemctl show -P Result $u.service; done; systemctl show -P ConditionResult timeinit-rtc.service
s clock; date -u +%s; cat /sys/class/rtc/rtc0/since_epoch
s splash; sha256sum /mnt/boot/splash/resin-logo.png | cut -d' ' -f1
s os-release; grep -E '^(VERSION_ID|META_BALENA_VERSION|VARIANT)=' /etc/os-release
s boot-os-release; grep -E '^(VERSION_ID|META_BALENA_VERSION)=' /mnt/boot/os-release
s journal-link; readlink /var/log/journal
s journal-files; ls /mnt/data/journal/*/system.journal
s boots; journalctl --list-boots --no-pager | grep -c .
s avahi; systemctl is-active avahi-daemon.service; grep -o '<port>[0-9]*</port>' /etc/avahi/services/ssh.service
s sshd-login-conf; cat /etc/ssh/sshd_config.d/balena-login.conf
s authorized-keys; cat /home/root/.ssh/authorized_keys
s getty-autologin; cat /etc/systemd/system/serial-getty@.service.d/balena-development.conf
s config-reload; systemctl show -P Result balena-config-reload.service
s end
DEVICE
}

# nm_snapshot WHO FILE: NetworkManager's view of the connections Imprint wrote, in one session,
# sections as in snapshot; whether the guest reaches the host (10.0.2.2, the forwarded port, which
# QEMU's restrict=on must block). Last, a control: a keyfile others may read, which NetworkManager
# must refuse with a warning that the filter (nm_file_warnings) finds, then removed.
nm_snapshot() {
    ssh_as "$1" bash -s -- "$port" >"$2" 2>&1 <<'DEVICE'
exec 2>&1
hostport=$1
s() { printf '\n@@@ %s\n' "$1"; }
dir=/etc/NetworkManager/system-connections
# NetworkManager's warnings (and its note of a missing certificate) about connection files.
nm_file_warnings() {
    journalctl -b -u NetworkManager.service -o cat --no-pager |
        grep -E '<(warn|error)>|does not exist|insecure' | grep -E 'keyfile|system-connections|/mnt/boot'
}
s nm-version; NetworkManager --version
s nm-files; stat -c '%a %U %n' "$dir"/* | sort
s nm-connections; nmcli -t -f NAME,TYPE,FILENAME connection show | sort
s nm-addresses; nmcli -g ipv4.addresses,ipv6.addresses connection show e2e-wired
iface=$(nmcli -g DEVICE,TYPE device | awk -F: '$2 == "ethernet" {print $1; exit}')
s nm-device; nmcli -t -f DEVICE,TYPE,STATE,CONNECTION device | grep -F "$iface:"
s ip-link; ip -o link show dev "$iface" | grep -o 'state [A-Z]*'
s ip-addr; ip -o addr show dev "$iface" | awk '$4 !~ /^fe80:/ {print $3, $4}'
s routes; ip -4 route show default | awk '{print $1, $2, $3}'; ip -6 route show default | awk '{print $1, $2, $3}'
s campus-ca; nmcli -g 802-1x.ca-cert connection show e2e-campus
s campus-ca-file; sha256sum /mnt/boot/system-connections/certs/e2e-campus-ca.pem | cut -d' ' -f1
s host-reached; timeout 5 bash -c "exec 3<>/dev/tcp/10.0.2.2/$hostport" 2>/dev/null && echo reached || echo not-reached
s nm-journal-lines; journalctl -b -u NetworkManager.service -o cat --no-pager | grep -c .
s nm-warnings; journalctl -b -u NetworkManager.service -o cat --no-pager | grep -E '<(warn|error)>'
s nm-file-warnings; nm_file_warnings
install -m 0644 "$dir/e2e-wired" "$dir/e2e-control"
nmcli connection load "$dir/e2e-control" >/dev/null 2>&1
rm -f "$dir/e2e-control"
sleep 1
s nm-control-warnings; nm_file_warnings | grep -c e2e-control
s end
DEVICE
}

# section FILE NAME: one section of a snapshot, without trailing blank lines.
section() {
    awk -v n="@@@ $2" '$0 == n {f = 1; next} /^@@@ / {f = 0} f' "$1" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
}

# expect WANT GOT
expect() {
    [ "$1" = "$2" ] || {
        printf 'want: %s | got: %s\n' "$1" "$2"
        return 1
    }
}
# expect_section FILE NAME WANT
expect_section() { expect "$3" "$(section "$1" "$2")"; }
