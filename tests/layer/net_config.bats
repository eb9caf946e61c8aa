#!/usr/bin/env bats
# balena-net-config: the boot partition's NetworkManager connections copied into
# NetworkManager's folder on a temporary root (--root), and its place before NetworkManager.
# The real NetworkManager reading the copies is tests/e2e (e2e_boot).

load helpers

NET_FILES="$LAYER/meta-balena-common/recipes-connectivity/balena-net-config/files"
NM_DIR=/etc/NetworkManager/system-connections

setup() {
	ROOT="$BATS_TEST_TMPDIR/root"
	BOOT="$ROOT/mnt/boot/system-connections"
	mkdir -p "$BOOT/certs" "$ROOT/etc"
}

net_config() {
	run "$NET_FILES/balena-net-config" --root "$ROOT"
	[ "$status" -eq 0 ] || {
		echo "$output" >&2
		return 1
	}
}

# The names in NetworkManager's folder, hidden ones included, one line each, sorted.
nm_names() {
	find "$ROOT$NM_DIR" -mindepth 1 -printf '%P\n' | LC_ALL=C sort
}

@test "keyfiles are copied with mode 0600; samples, hidden files and folders are not" {
	printf '[connection]\nid=wired\ntype=ethernet\n' >"$BOOT/wired"
	printf '[connection]\nid=home\ntype=wifi\n' >"$BOOT/home.nmconnection"
	printf '[connection]\nid=my-wifi\n' >"$BOOT/resin-sample.ignore"
	echo hidden >"$BOOT/.hidden"
	echo cert >"$BOOT/certs/campus-ca.pem"
	chmod 0755 "$BOOT/wired" "$BOOT/home.nmconnection"
	net_config
	assert_file "$NM_DIR/wired" '[connection]\nid=wired\ntype=ethernet\n'
	assert_file "$NM_DIR/home.nmconnection" '[connection]\nid=home\ntype=wifi\n'
	[ "$(stat -c %a "$ROOT$NM_DIR/wired")" = 600 ]
	[ "$(stat -c %a "$ROOT$NM_DIR/home.nmconnection")" = 600 ]
	[ "$(stat -c %a "$ROOT$NM_DIR")" = 700 ]
	[ "$(nm_names)" = "$(printf '.balena-boot-connections\nhome.nmconnection\nwired')" ]
}

@test "a changed keyfile replaces the copy; a name with spaces is copied as it is" {
	echo one >"$BOOT/wired"
	net_config
	echo two >"$BOOT/wired"
	echo spaced >"$BOOT/Office WiFi"
	net_config
	assert_file "$NM_DIR/wired" 'two\n'
	assert_file "$NM_DIR/Office WiFi" 'spaced\n'
	[ "$(nm_names)" = "$(printf '.balena-boot-connections\nOffice WiFi\nwired')" ]
}

@test "a copy whose original left the boot partition goes; the device's own connections stay" {
	echo a >"$BOOT/wired"
	echo b >"$BOOT/home"
	mkdir -p "$ROOT$NM_DIR"
	echo mine >"$ROOT$NM_DIR/made-on-device.nmconnection"
	net_config
	rm "$BOOT/home"
	mv "$BOOT/wired" "$BOOT/wired.ignore"
	net_config
	assert_absent "$NM_DIR/home"
	assert_absent "$NM_DIR/wired"
	assert_file "$NM_DIR/made-on-device.nmconnection" 'mine\n'
	[ "$(nm_names)" = "$(printf '.balena-boot-connections\nmade-on-device.nmconnection')" ]
}

@test "no system-connections folder on the boot partition: nothing copied, earlier copies go" {
	echo a >"$BOOT/wired"
	net_config
	rm -r "$ROOT/mnt/boot/system-connections"
	net_config
	[ "$(nm_names)" = .balena-boot-connections ]
	[ ! -s "$ROOT$NM_DIR/.balena-boot-connections" ]
}

@test "order: after /mnt/boot is mounted, before NetworkManager, which pulls it in" {
	unit="$NET_FILES/balena-net-config.service"
	dropin="$NET_FILES/networkmanager-balena-net-config.conf"
	grep -qx 'RequiresMountsFor=/mnt/boot' "$unit"
	sed -n 's/^Before=//p' "$unit" | tr ' ' '\n' | grep -qx NetworkManager.service
	grep -qx 'Wants=balena-net-config.service' "$dropin"
	grep -qx 'After=balena-net-config.service' "$dropin"
	grep -qx 'file 0644 networkmanager-balena-net-config.conf /lib/systemd/system/NetworkManager.service.d/balena-net-config.conf' \
		"$NET_FILES/install.manifest"
}
