# shellcheck shell=bash
# The checks of run.sh on the running device, in the order that keeps a way in until the last
# one. Each config state is reached by changing config.json on the device (apply_config), so
# one boot, three changes and one reboot cover everything:
#   boot     production, the profile's key (good)           -> settings at boot, login matrix
#   change 1 new hostname, dnsServers "null", NTP, udev, NetworkManager, developmentMode true
#            -> re-applied live; login matrix (development + key)
#   change 2 os.sshKeys empty, dnsServers absent            -> development without a key
#   reboot   (still development, no key)                    -> journal kept, settings at boot
#   change 3 developmentMode false                          -> production without a key: no way in
# Sourced by run.sh: needs lib.sh, $work, $imprint, $hostos, $distro, $build_stamp, $boot_id.
# shellcheck disable=SC2154 # set by run.sh, which sources this file

snap="$work/snapshot-boot.txt"
snapshot good "$snap"

# --- settings applied at boot ------------------------------------------------------------------
c_hostname() {
    expect_section "$snap" hostname e2e-device && expect_section "$snap" etc-hostname e2e-device
}
c_ntp() {
    expect_section "$snap" ntp-sources $'pool ntp.e2e.test iburst\npool 192.0.2.123 iburst' &&
        section "$snap" chronyc | grep -q '192\.0\.2\.123'
}
c_dns_list() {
    expect_section "$snap" dns-servers $'server=1.1.1.1\nserver=9.9.9.9' &&
        expect_section "$snap" dnsmasq active &&
        section "$snap" dnsmasq-log | grep -q 'using nameserver 1\.1\.1\.1#53' &&
        section "$snap" dnsmasq-log | grep -q 'using nameserver 9\.9\.9\.9#53'
}
c_nm() {
    expect_section "$snap" nm-mac $'[device]\nwifi.scan-rand-mac-address=no' &&
        expect_section "$snap" nm-connectivity $'[connectivity]\nuri=https://check.e2e.test/c\ninterval=300\nresponse=ok'
}
c_udev() { expect_section "$snap" udev-test $'/dev/vda1\nresin-boot'; }
c_country() { expect_section "$snap" crda REGDOMAIN=DE; }
c_socket() {
    section "$snap" sshd-socket
    section "$snap" sshd-processes
    expect "active yes" "$(section "$snap" sshd-socket | head -2 | tr '\n' ' ' | sed 's/ $//')" &&
        section "$snap" sshd-socket | sed -n 3p | grep -q ':22222' &&
        expect_section "$snap" listeners 'users:(("systemd"' &&
        ! section "$snap" sshd-processes | grep -qE 'listener| -D' &&
        [ "$(section "$snap" sshd-instances)" -ge 1 ] &&
        expect_section "$snap" debian-ssh $'masked\nmasked'
}
c_host_keys() { section "$snap" host-keys | grep -qx ssh_host_ed25519_key; }
c_avahi() { expect_section "$snap" avahi $'active\n<port>22222</port>'; }
# The journal's monotonic time of the first line matching a pattern.
log_time() { section "$snap" boot-log | grep -m1 -E "$1" | sed -n 's/^\[ *\([0-9.]*\)\].*/\1/p'; }
c_timeinit() {
    local rtc stamp chrony clock
    rtc=$(log_time 'Finished timeinit-rtc\.service')
    stamp=$(log_time 'Finished timeinit-timestamp\.service')
    chrony=$(log_time 'Start(ing|ed) chrony\.service')
    section "$snap" boot-log
    expect_section "$snap" timeinit-result $'success\nsuccess\nyes' || return 1
    [ -n "$rtc" ] && [ -n "$stamp" ] && [ -n "$chrony" ] || return 1
    python3 -c 'import sys; a, b, c = map(float, sys.argv[1:]); sys.exit(0 if a <= b <= c else 1)' \
        "$rtc" "$stamp" "$chrony" || return 1
    # The RTC runs in 2020; the clock must have been moved on to the build time after it was read.
    clock=$(section "$snap" clock)
    echo "clock/rtc: $clock, build time: $build_stamp"
    [ "$(sed -n 1p <<<"$clock")" -ge "$build_stamp" ] && [ "$(sed -n 2p <<<"$clock")" -lt "$build_stamp" ]
}
c_splash() { expect_section "$snap" splash "$(sha256sum "$work/logo.png" | cut -d' ' -f1)"; }
c_os_release() {
    # What imprint read from the target's boot partition must be what the device runs.
    expect "$hostos $distro" "$(jq -r '.boot.osRelease | "\(.VERSION_ID) \(.META_BALENA_VERSION)"' "$work/inspect.json")" &&
        expect_section "$snap" os-release "$(printf 'VERSION_ID="%s"\nMETA_BALENA_VERSION="%s"\nVARIANT="Production"' "$hostos" "$distro")" &&
        expect_section "$snap" boot-os-release "$(printf 'VERSION_ID="%s"\nMETA_BALENA_VERSION="%s"' "$hostos" "$distro")"
}

check "hostname and /etc/hostname from config.json" c_hostname
check "ntpServers as chrony sources (chronyc lists them)" c_ntp
check "dnsServers list in the forwarder's servers file, used by dnsmasq" c_dns_list
check "connectivity and random-MAC settings in NetworkManager's fragments" c_nm
check "udev rule from config.json makes /dev/disk/test the boot partition" c_udev
check "country written for the regulatory domain" c_country
check "SSH on 22222 by socket activation (Accept=yes), no idle daemon" c_socket
check "SSH host keys made on the state partition" c_host_keys
check "avahi advertises SSH on 22222" c_avahi
check "timeinit-rtc, then timeinit-timestamp, then chronyd; clock moved to the build time" c_timeinit
check "splash logo from the profile on the boot partition" c_splash
check "os-release versions match the image ($hostos)" c_os_release

# --- NetworkManager: the connections of the profile, copied from the boot partition ------------
nm_snap="$work/snapshot-nm.txt"
nm_snapshot good "$nm_snap"
nm_dir=/etc/NetworkManager/system-connections
c_nm_list() {
    local want
    want=$(printf '%s\n' e2e-campus:802-11-wireless e2e-home:802-11-wireless e2e-wired:802-3-ethernet |
        while read -r c; do echo "$c:$nm_dir/${c%%:*}"; done)
    section "$nm_snap" nm-connections
    # Exactly the profile's connections come from files: the layer's .ignore sample does not.
    expect "$want" "$(section "$nm_snap" nm-connections | grep -F ":$nm_dir/" | LC_ALL=C sort)"
}
c_nm_files() {
    expect_section "$nm_snap" nm-files "$(printf '600 root %s\n' "$nm_dir"/e2e-{campus,home,wired})"
}
# nmcli -g escapes the colons of IPv6 addresses; the addresses are compared without the escapes.
c_nm_addresses() { expect $'10.0.2.15/24\nfec0::15/64' "$(section "$nm_snap" nm-addresses | tr -d '\134')"; }
c_nm_link() {
    section "$nm_snap" nm-device
    section "$nm_snap" nm-device | grep -q ':ethernet:connected:e2e-wired$' &&
        expect_section "$nm_snap" ip-link 'state UP' &&
        expect_section "$nm_snap" ip-addr $'inet 10.0.2.15/24\ninet6 fec0::15/64' &&
        expect_section "$nm_snap" routes $'default via 10.0.2.2\ndefault via fec0::2'
}
c_nm_ca() {
    section "$nm_snap" campus-ca | grep -qxF /mnt/boot/system-connections/certs/e2e-campus-ca.pem &&
        expect_section "$nm_snap" campus-ca-file "$(sha256sum "$work/ca.pem" | cut -d' ' -f1)"
}
c_nm_journal() {
    echo "NetworkManager $(section "$nm_snap" nm-version), warnings: $(section "$nm_snap" nm-warnings)"
    [ "$(section "$nm_snap" nm-journal-lines)" -gt 0 ] &&
        expect_section "$nm_snap" nm-file-warnings '' &&
        [ "$(section "$nm_snap" nm-control-warnings)" -ge 1 ]
}
c_restricted() { expect_section "$nm_snap" host-reached not-reached; }
check "NetworkManager lists the profile's connections, each from its file (no .ignore sample)" c_nm_list
check "balena-net-config copied them from the boot partition: mode 600, owner root" c_nm_files
check "nmcli: e2e-wired has the addresses given (10.0.2.15/24, fec0::15/64)" c_nm_addresses
check "ethernet link up, e2e-wired active, both addresses and both gateways in place" c_nm_link
check "enterprise network: its CA certificate named by the /mnt/boot path, the file made here" c_nm_ca
check "NetworkManager's journal: no warning about any connection file (a bad one is caught)" c_nm_journal
check "QEMU restrict=on: the guest cannot reach the host" c_restricted

# --- the login matrix, production ---------------------------------------------------------------
check "login: production + good key: works" login_works good
check "login: production + wrong key: refused" login_refused wrong
check "login: production + key set, no key offered: refused" login_refused none

# --- config.json changed on the running device: settings and development mode ---------------
live_rule='ENV{ID_FS_LABEL_ENC}=="resin-boot", SYMLINK+="disk/test-live"'
applied=$(apply_config good '.hostname = "e2e-renamed" | .dnsServers = "null" | .ntpServers = "192.0.2.77"
    | .os.udevRules = {"98-e2e-live": "'"${live_rule//\"/\\\"}"'"}
    | .os.network.wifi.randomMacAddressScan = true | .os.network.connectivity.interval = "600"
    | .developmentMode = true' 2>&1)
snap="$work/snapshot-change1.txt"
snapshot good "$snap"
c_applied() { expect success "$applied"; }
c_no_reboot() { expect_section "$snap" boot-id "$boot_id"; }
c_live_hostname() {
    expect_section "$snap" hostname e2e-renamed && expect_section "$snap" etc-hostname e2e-renamed
}
c_live_dns_null() { expect_section "$snap" dns-servers ''; }
c_live_ntp() {
    expect_section "$snap" ntp-sources 'pool 192.0.2.77 iburst' &&
        section "$snap" chronyc | grep -q '192\.0\.2\.77' && ! section "$snap" chronyc | grep -q '192\.0\.2\.123'
}
c_live_udev() {
    expect_section "$snap" udev-test-live $'/dev/vda1\nresin-boot' &&
        ! section "$snap" udev-test | grep -q vda &&
        ! section "$snap" udev-rules | grep -q '99-e2e-test'
}
c_live_nm() {
    expect_section "$snap" nm-mac $'[device]\nwifi.scan-rand-mac-address=yes' &&
        expect_section "$snap" nm-connectivity $'[connectivity]\nuri=https://check.e2e.test/c\ninterval=600\nresponse=ok'
}
c_live_dev() {
    expect_section "$snap" sshd-login-conf $'PermitRootLogin prohibit-password\nPasswordAuthentication no\nPermitEmptyPasswords no' &&
        section "$snap" getty-autologin | grep -q -- '--autologin root'
}
check "change on the device: balena-config-reload ran" c_applied
check "change on the device: no reboot (same boot id)" c_no_reboot
check "change on the device: hostname re-applied" c_live_hostname
check "change on the device: dnsServers \"null\" empties the servers file" c_live_dns_null
check "change on the device: ntpServers re-applied to chrony" c_live_ntp
check "change on the device: udev rules replaced (new link, old rule and link gone)" c_live_udev
check "change on the device: NetworkManager fragments re-applied" c_live_nm
check "change on the device: developmentMode true with a key keeps SSH keys-only" c_live_dev
check "login: development + good key: works" login_works good
check "login: development + wrong key: refused" login_refused wrong
check "login: development + key set, no key offered: refused" login_refused none

# --- development mode without a key ---------------------------------------------------------------
applied=$(apply_config good '.os.sshKeys = [] | del(.dnsServers)' 2>&1)
snap="$work/snapshot-change2.txt"
snapshot none "$snap"
check "change on the device: os.sshKeys emptied" expect success "$applied"
check "change on the device: dnsServers absent gives server=8.8.8.8" expect_section "$snap" dns-servers server=8.8.8.8
check "login: development + no key: password-less login works" login_works none

# --- a reboot: the journal is kept, the changed config.json is applied at boot ------------------
boots_before=$(section "$snap" boots)
ssh_as none 'systemctl --no-block reboot' >/dev/null 2>&1
log "rebooting the device"
reboot_start=$SECONDS
rebooted=no
deadline=$((SECONDS + 900))
while [ $SECONDS -lt $deadline ]; do
    id=$(ssh_as none cat /proc/sys/kernel/random/boot_id 2>/dev/null) || id=''
    if [ -n "$id" ] && [ "$id" != "$boot_id" ]; then
        rebooted=yes
        break
    fi
    kill -0 "$qemu_pid" 2>/dev/null || break
    sleep 3
done
reboot_seconds=$((SECONDS - reboot_start))
log "reboot: $rebooted after $reboot_seconds s"
snap="$work/snapshot-reboot.txt"
[ "$rebooted" = no ] || snapshot none "$snap"
c_rebooted() {
    echo "$reboot_seconds s"
    expect yes "$rebooted"
}
c_persistent() {
    echo "boots before: $boots_before"
    expect_section "$snap" journal-link /mnt/data/journal &&
        section "$snap" journal-files | grep -q '^/mnt/data/journal/.*/system\.journal$' &&
        expect "$((boots_before + 1))" "$(section "$snap" boots)"
}
c_reboot_settings() {
    expect_section "$snap" hostname e2e-renamed && expect_section "$snap" dns-servers server=8.8.8.8 &&
        expect_section "$snap" udev-test-live $'/dev/vda1\nresin-boot'
}
c_autologin() {
    section "$snap" getty-autologin | grep -q -- '--autologin root' &&
        grep -aq 'e2e-renamed login: root (automatic login)' "$work/serial.log"
}
check "reboot came back (SSH, new boot id, same host key)" c_rebooted
check "persistentLogging: journal on the data partition, one more boot listed" c_persistent
check "after reboot: the changed config.json applied at boot" c_reboot_settings
check "login: development + no key after reboot: password-less login works" login_works none
check "development mode: serial console logs root in automatically" c_autologin

# --- production without a key: nobody gets in ---------------------------------------------------
applied=$(apply_config none '.developmentMode = false' 2>&1)
check "change on the device: developmentMode false applied" expect success "$applied"
check "login: production + no key: refused" login_refused none
check "login: production + no key, a key offered: refused" login_refused good
