#!/usr/bin/env bats
# The on-device config.json scripts, each run on a temporary root with --root. Every
# expected file is compared byte for byte with what on-device.md describes.

load helpers

# ---- dnsServers
@test "dnsServers absent: the forwarder gets exactly 8.8.8.8" {
	make_root '{"deviceType":"qemux86-64"}'
	apply os-dns
	[ "$status" -eq 0 ]
	assert_file /run/dnsmasq.servers 'server=8.8.8.8\n'
}

@test "dnsServers JSON null or empty: 8.8.8.8 too" {
	make_root '{"dnsServers":null}'
	apply os-dns
	assert_file /run/dnsmasq.servers 'server=8.8.8.8\n'
	set_config '{"dnsServers":""}'
	apply os-dns
	assert_file /run/dnsmasq.servers 'server=8.8.8.8\n'
}

@test "dnsServers \"null\": nothing is added" {
	make_root '{"dnsServers":"null"}'
	apply os-dns
	[ "$status" -eq 0 ]
	assert_file /run/dnsmasq.servers ''
}

@test "dnsServers list: those servers, in order, and not 8.8.8.8" {
	make_root '{"dnsServers":"1.1.1.1 9.9.9.9  2606:4700::1111"}'
	apply os-dns
	assert_file /run/dnsmasq.servers 'server=1.1.1.1\nserver=9.9.9.9\nserver=2606:4700::1111\n'
	assert_commands 'systemctl kill --signal=SIGHUP dnsmasq.service\n'
}

@test "dnsServers with a host name or a number is refused and changes nothing" {
	make_root '{"dnsServers":"1.1.1.1"}'
	apply os-dns
	before=$(tree_hash)
	set_config '{"dnsServers":"dns.example.org"}'
	apply os-dns
	[ "$status" -eq 1 ]
	[[ $output == *"not an IPv4 or IPv6 address"* ]]
	set_config '{"dnsServers":8}'
	apply os-dns
	[ "$status" -eq 1 ]
	[ "$(tree_hash)" = "$before" ]
}

# ---- os.network.wifi.randomMacAddressScan
@test "randomMacAddressScan true, false, absent" {
	make_root '{"os":{"network":{"wifi":{"randomMacAddressScan":true}}}}'
	apply os-networkmanager
	[ "$status" -eq 0 ]
	assert_file /etc/NetworkManager/conf.d/random-mac-scan.conf '[device]\nwifi.scan-rand-mac-address=yes\n'
	set_config '{"os":{"network":{"wifi":{"randomMacAddressScan":false}}}}'
	apply os-networkmanager
	assert_file /etc/NetworkManager/conf.d/random-mac-scan.conf '[device]\nwifi.scan-rand-mac-address=no\n'
	set_config '{"os":{"network":{"wifi":{}}}}'
	apply os-networkmanager
	assert_file /etc/NetworkManager/conf.d/random-mac-scan.conf '[device]\n'
	set_config '{}'
	apply os-networkmanager
	assert_file /etc/NetworkManager/conf.d/random-mac-scan.conf '[device]\n'
}

@test "randomMacAddressScan: invalid JSON fails and writes nothing" {
	make_root '{"os":{"network":{"wifi":{"randomMacAddressScan":true}}'
	apply os-networkmanager
	[ "$status" -eq 1 ]
	[[ $output == *"not a valid JSON object"* ]]
	assert_absent /etc/NetworkManager
	assert_absent /run
}

@test "randomMacAddressScan: a non-boolean fails and keeps the old file" {
	make_root '{"os":{"network":{"wifi":{"randomMacAddressScan":false}}}}'
	apply os-networkmanager
	before=$(tree_hash)
	set_config '{"os":{"network":{"wifi":{"randomMacAddressScan":"maybe"}}}}'
	apply os-networkmanager
	[ "$status" -eq 1 ]
	[ "$(tree_hash)" = "$before" ]
}

# ---- os.network.connectivity
@test "connectivity: uri, interval, response in that order" {
	make_root '{"os":{"network":{"connectivity":{"response":"ok","interval":"300","uri":"https://example.org/check"}}}}'
	apply os-networkmanager
	[ "$status" -eq 0 ]
	assert_file /etc/NetworkManager/conf.d/os-network-connectivity.conf \
		'[connectivity]\nuri=https://example.org/check\ninterval=300\nresponse=ok\n'
}

@test "connectivity: defaults from apiEndpoint, an empty response is kept" {
	make_root '{"apiEndpoint":"https://api.balena-cloud.com","os":{"network":{"connectivity":{"response":""}}}}'
	apply os-networkmanager
	assert_file /etc/NetworkManager/conf.d/os-network-connectivity.conf \
		'[connectivity]\nuri=https://api.balena-cloud.com/connectivity-check\ninterval=3600\nresponse=\n'
	set_config '{"apiEndpoint":"https://api.balena-cloud.com/"}'
	apply os-networkmanager
	assert_file /etc/NetworkManager/conf.d/os-network-connectivity.conf \
		'[connectivity]\nuri=https://api.balena-cloud.com/connectivity-check\ninterval=3600\n'
}

@test "connectivity: interval 0 turns checks off; no uri at all writes the header only" {
	make_root '{"os":{"network":{"connectivity":{"uri":"http://a.example/c","interval":"0"}}}}'
	apply os-networkmanager
	assert_file /etc/NetworkManager/conf.d/os-network-connectivity.conf '[connectivity]\nuri=http://a.example/c\ninterval=0\n'
	set_config '{}'
	apply os-networkmanager
	assert_file /etc/NetworkManager/conf.d/os-network-connectivity.conf '[connectivity]\n'
}

@test "connectivity: a bad interval fails before either NetworkManager file is written" {
	make_root '{"os":{"network":{"wifi":{"randomMacAddressScan":true},"connectivity":{"interval":"5m"}}}}'
	apply os-networkmanager
	[ "$status" -eq 1 ]
	assert_absent /etc/NetworkManager
}

# ---- os.udevRules
@test "udevRules: one file per rule, stale ones removed, foreign ones kept" {
	make_root '{"os":{"udevRules":{"56":"ENV{ID_FS_LABEL_ENC}==\"resin-boot\", SYMLINK+=\"disk/test\"","64":"A\nB\n"}}}'
	mkdir -p "$ROOT/etc/udev/rules.d"
	echo 'vendor rule' >"$ROOT/etc/udev/rules.d/99-vendor.rules"
	apply os-udevrules
	[ "$status" -eq 0 ]
	assert_file /etc/udev/rules.d/56.rules 'ENV{ID_FS_LABEL_ENC}=="resin-boot", SYMLINK+="disk/test"\n'
	assert_file /etc/udev/rules.d/64.rules 'A\nB\n'
	assert_commands 'udevadm control --reload-rules\nudevadm trigger --action=change\n'

	set_config '{"os":{"udevRules":{"64":"A\nC\n"}}}'
	apply os-udevrules
	[ "$status" -eq 0 ]
	assert_absent /etc/udev/rules.d/56.rules
	assert_file /etc/udev/rules.d/64.rules 'A\nC\n'
	assert_file /etc/udev/rules.d/99-vendor.rules 'vendor rule\n'

	set_config '{}'
	apply os-udevrules
	assert_absent /etc/udev/rules.d/64.rules
	assert_file /etc/udev/rules.d/99-vendor.rules 'vendor rule\n'
	[ "$(ls "$ROOT/etc/udev/rules.d")" = 99-vendor.rules ]
}

@test "udevRules: unchanged rules do not reload udev" {
	make_root '{"os":{"udevRules":{"56":"X"}}}'
	apply os-udevrules
	rm "$ROOT/run/balena-config/commands"
	apply os-udevrules
	[ "$status" -eq 0 ]
	assert_absent /run/balena-config/commands
}

@test "udevRules: a name with a slash or a non-string rule changes nothing" {
	make_root '{"os":{"udevRules":{"56":"X"}}}'
	apply os-udevrules
	before=$(tree_hash)
	set_config '{"os":{"udevRules":{"57":"Y","../evil":"Z"}}}'
	apply os-udevrules
	[ "$status" -eq 1 ]
	set_config '{"os":{"udevRules":{"57":1}}}'
	apply os-udevrules
	[ "$status" -eq 1 ]
	[ "$(tree_hash)" = "$before" ]
}

# ---- os.sshKeys
@test "sshKeys: root's authorized keys, mode 600, one line per key" {
	k1=$(fake_key ssh-ed25519 alice@laptop)
	k2=$(fake_key ssh-rsa bob)
	make_root "$(jq -n --arg a "$k1" --arg b "  $k2 " '{os:{sshKeys:[$a,$b]}}')"
	apply os-sshkeys
	[ "$status" -eq 0 ]
	assert_file /home/root/.ssh/authorized_keys "$k1\n$k2\n"
	[ "$(stat -c %a "$ROOT/home/root/.ssh/authorized_keys")" = 600 ]
	[ "$(stat -c %a "$ROOT/home/root/.ssh")" = 700 ]
	set_config '{"os":{"sshKeys":[]}}'
	apply os-sshkeys
	assert_absent /home/root/.ssh/authorized_keys
}

@test "sshKeys: a key whose body names another type, or garbage, changes nothing" {
	good=$(fake_key ssh-ed25519 ok)
	make_root "$(jq -n --arg a "$good" '{os:{sshKeys:[$a]}}')"
	apply os-sshkeys
	before=$(tree_hash)
	liar="ssh-rsa ${good#ssh-ed25519 }"
	set_config "$(jq -n --arg a "$good" --arg b "$liar" '{os:{sshKeys:[$a,$b]}}')"
	apply os-sshkeys
	[ "$status" -eq 1 ]
	[[ $output == *"os.sshKeys[1]"* ]]
	set_config '{"os":{"sshKeys":["ssh-ed25519 !!!notbase64"]}}'
	apply os-sshkeys
	[ "$status" -eq 1 ]
	set_config '{"os":{"sshKeys":"ssh-ed25519 AAAA"}}'
	apply os-sshkeys
	[ "$status" -eq 1 ]
	[ "$(tree_hash)" = "$before" ]
}

@test "sshKeys: a key made by ssh-keygen is accepted" {
	command -v ssh-keygen >/dev/null || skip "ssh-keygen is not installed"
	ssh-keygen -q -t ecdsa -b 384 -N '' -C real -f "$BATS_TEST_TMPDIR/k"
	make_root "$(jq -n --arg a "$(cat "$BATS_TEST_TMPDIR/k.pub")" '{os:{sshKeys:[$a]}}')"
	apply os-sshkeys
	[ "$status" -eq 0 ]
	cmp "$BATS_TEST_TMPDIR/k.pub" "$ROOT/home/root/.ssh/authorized_keys"
}

# ---- hostname
@test "hostname from config.json" {
	make_root '{"hostname":"kiosk-12","uuid":"0123456789abcdef0123456789abcdef"}'
	apply os-hostname
	[ "$status" -eq 0 ]
	assert_file /etc/hostname 'kiosk-12\n'
	assert_commands 'hostname kiosk-12\nsystemctl try-reload-or-restart avahi-daemon.service\n'
}

@test "hostname empty or absent: the first 7 characters of uuid" {
	make_root '{"hostname":"","uuid":"0123456789abcdef0123456789abcdef"}'
	apply os-hostname
	assert_file /etc/hostname '0123456\n'
	set_config '{"uuid":"fedcba9876543210fedcba9876543210"}'
	apply os-hostname
	assert_file /etc/hostname 'fedcba9\n'
}

@test "no hostname and no uuid: a uuid is generated, saved, and other keys kept" {
	make_root '{"deviceType":"qemux86-64","applicationId":1234,"x":{"y":[1,2]}}'
	apply os-hostname
	[ "$status" -eq 0 ]
	uuid=$(jq -r .uuid "$CONFIG")
	[[ $uuid =~ ^[0-9a-f]{32}$ ]]
	assert_file /etc/hostname "${uuid:0:7}\n"
	[ "$(jq -c 'del(.uuid)' "$CONFIG")" = '{"deviceType":"qemux86-64","applicationId":1234,"x":{"y":[1,2]}}' ]
}

@test "hostname that is not an RFC 1123 label changes nothing" {
	make_root '{"hostname":"ok"}'
	apply os-hostname
	before=$(tree_hash)
	for bad in '"-lead"' '"under_score"' '"a.b"' 12 "\"$(printf 'a%.0s' {1..64})\""; do
		set_config "{\"hostname\":$bad}"
		apply os-hostname
		[ "$status" -eq 1 ]
	done
	set_config '{"hostname":"ok"}'
	[ "$(tree_hash)" = "$before" ]
}

# ---- developmentMode
@test "developmentMode true without keys: password-less SSH, serial autologin, engine on 2375" {
	make_root '{"developmentMode":true}'
	apply os-development-mode
	[ "$status" -eq 0 ]
	assert_file /etc/ssh/sshd_config.d/balena-login.conf 'PermitRootLogin yes\nPasswordAuthentication yes\nPermitEmptyPasswords yes\n'
	assert_file /etc/systemd/system/serial-getty@.service.d/balena-development.conf \
		'[Service]\nExecStart=\nExecStart=-/sbin/agetty --autologin root --keep-baud 115200,57600,38400,9600 %%I $TERM\n'
	assert_file /etc/systemd/system/balena-engine.service.d/balena-development.conf \
		'[Service]\nEnvironment="BALENA_ENGINE_EXTRA_ARGS=-H tcp://0.0.0.0:2375"\n'
	assert_file /var/lib/balena-config/development-mode 'development\n'
	assert_commands 'systemctl daemon-reload\nsystemctl try-restart balena-engine.service\n'
}

@test "developmentMode true with sshKeys: keys only on SSH" {
	make_root "$(jq -n --arg a "$(fake_key ssh-ed25519 x)" '{developmentMode:true,os:{sshKeys:[$a]}}')"
	apply os-development-mode
	assert_file /etc/ssh/sshd_config.d/balena-login.conf 'PermitRootLogin prohibit-password\nPasswordAuthentication no\nPermitEmptyPasswords no\n'
	[ -f "$ROOT/etc/systemd/system/balena-engine.service.d/balena-development.conf" ]
}

@test "developmentMode false (or the string \"false\"): keys only, development files removed" {
	make_root '{"developmentMode":true}'
	apply os-development-mode
	set_config '{"developmentMode":"false"}'
	apply os-development-mode
	[ "$status" -eq 0 ]
	assert_file /etc/ssh/sshd_config.d/balena-login.conf 'PermitRootLogin prohibit-password\nPasswordAuthentication no\nPermitEmptyPasswords no\n'
	assert_absent /etc/systemd/system/serial-getty@.service.d/balena-development.conf
	assert_absent /etc/systemd/system/balena-engine.service.d/balena-development.conf
	assert_absent /var/lib/balena-config/development-mode
	set_config '{"developmentMode":"yes"}'
	apply os-development-mode
	[ "$status" -eq 1 ]
}

# ---- persistentLogging
@test "persistentLogging true: journal on the data partition and flushed; false: volatile" {
	make_root '{"persistentLogging":true}'
	apply os-persistent-logging
	[ "$status" -eq 0 ]
	assert_file /etc/systemd/journald.conf.d/balena-persistent-logging.conf '[Journal]\nStorage=persistent\n'
	[ "$(readlink "$ROOT/var/log/journal")" = /mnt/data/journal ]
	[ -d "$ROOT/mnt/data/journal" ]
	assert_commands 'systemctl restart systemd-journald.service systemd-journal-flush.service\n'
	set_config '{"persistentLogging":false}'
	apply os-persistent-logging
	assert_file /etc/systemd/journald.conf.d/balena-persistent-logging.conf '[Journal]\nStorage=volatile\n'
	assert_absent /var/log/journal
}

@test "persistentLogging true: a journal already in the root moves to the data partition" {
	make_root '{"persistentLogging":true}'
	mkdir -p "$ROOT/var/log/journal/abc"
	echo entry >"$ROOT/var/log/journal/abc/system.journal"
	apply os-persistent-logging
	[ "$status" -eq 0 ]
	[ "$(readlink "$ROOT/var/log/journal")" = /mnt/data/journal ]
	assert_file /mnt/data/journal/abc/system.journal 'entry\n'
}

# ---- country, ntpServers
@test "country: iw reg set with the code; a bad code changes nothing" {
	make_root '{"country":"DE"}'
	apply os-country
	[ "$status" -eq 0 ]
	assert_commands 'iw reg set DE\n'
	assert_file /etc/default/crda 'REGDOMAIN=DE\n'
	before=$(tree_hash)
	set_config '{"country":"de"}'
	apply os-country
	[ "$status" -eq 1 ]
	[ "$(tree_hash)" = "$before" ]
}

@test "ntpServers: one pool line per server; absent removes them" {
	make_root '{"ntpServers":"time.example.org 192.0.2.1"}'
	apply os-ntp
	[ "$status" -eq 0 ]
	assert_file /etc/chrony/sources.d/balena-ntp.sources 'pool time.example.org iburst\npool 192.0.2.1 iburst\n'
	set_config '{}'
	apply os-ntp
	assert_absent /etc/chrony/sources.d/balena-ntp.sources
}

# ---- all keys together
@test "balena-config-apply: one invalid key and no script changes anything" {
	make_root '{"hostname":"a","dnsServers":"1.1.1.1","country":"DE","persistentLogging":true}'
	before=$(tree_hash)
	set_config '{"hostname":"a","dnsServers":"1.1.1.1","country":"DEU","persistentLogging":true}'
	run "$CONFIG_FILES/balena-config-apply" --root "$ROOT"
	[ "$status" -eq 1 ]
	[[ $output == *"rejected by os-country"* ]]
	set_config '{"hostname":"a","dnsServers":"1.1.1.1","country":"DE","persistentLogging":true}'
	[ "$(tree_hash)" = "$before" ]
}

@test "balena-config-apply: every key applied from one file" {
	make_root "$(jq -n --arg k "$(fake_key ssh-ed25519 me)" '{hostname:"dev1",persistentLogging:false,country:"GB",ntpServers:"ntp.example",dnsServers:"null",developmentMode:true,os:{network:{wifi:{randomMacAddressScan:false},connectivity:{uri:"https://c.example/x",interval:"60"}},udevRules:{"10-x":"R"},sshKeys:[$k]}}')"
	run "$CONFIG_FILES/balena-config-apply" --root "$ROOT"
	[ "$status" -eq 0 ]
	assert_file /etc/hostname 'dev1\n'
	assert_file /run/dnsmasq.servers ''
	assert_file /etc/chrony/sources.d/balena-ntp.sources 'pool ntp.example iburst\n'
	assert_file /etc/NetworkManager/conf.d/random-mac-scan.conf '[device]\nwifi.scan-rand-mac-address=no\n'
	assert_file /etc/NetworkManager/conf.d/os-network-connectivity.conf '[connectivity]\nuri=https://c.example/x\ninterval=60\n'
	assert_file /etc/udev/rules.d/10-x.rules 'R\n'
	[ -f "$ROOT/home/root/.ssh/authorized_keys" ]
	assert_file /etc/ssh/sshd_config.d/balena-login.conf 'PermitRootLogin prohibit-password\nPasswordAuthentication no\nPermitEmptyPasswords no\n'
	grep -qx 'iw reg set GB' "$ROOT/run/balena-config/commands"
	# A second run changes nothing and runs no command.
	before=$(tree_hash)
	rm "$ROOT/run/balena-config/commands"
	run "$CONFIG_FILES/balena-config-apply" --root "$ROOT"
	[ "$status" -eq 0 ]
	! grep -q udevadm "$ROOT/run/balena-config/commands"
}
