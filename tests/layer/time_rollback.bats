#!/usr/bin/env bats
# timeinit-rtc, timeinit-timestamp, their order before chronyd, and the rollback scripts,
# each run on a temporary root (--root), where clock and reboot commands are recorded.

load helpers

TIME_FILES="$LAYER/meta-balena-common/recipes-core/timeinit/files"
RB_FILES="$LAYER/meta-balena-common/recipes-support/balena-rollback/files"

setup() {
	ROOT="$BATS_TEST_TMPDIR/root"
	mkdir -p "$ROOT/etc" "$ROOT/dev" "$ROOT/mnt/state" "$ROOT/mnt/boot" "$ROOT/proc"
}

@test "timeinit-rtc: no /etc/rtc, or no such device: nothing happens" {
	run "$TIME_FILES/timeinit-rtc" --root "$ROOT"
	[ "$status" -eq 0 ]
	assert_absent /run/timeinit
	echo /dev/rtc0 >"$ROOT/etc/rtc"
	run "$TIME_FILES/timeinit-rtc" --root "$ROOT"
	[ "$status" -eq 0 ]
	assert_absent /run/timeinit
}

@test "timeinit-rtc: with an RTC the clock is read from it" {
	echo /dev/rtc1 >"$ROOT/etc/rtc"
	touch "$ROOT/dev/rtc1"
	run "$TIME_FILES/timeinit-rtc" --root "$ROOT"
	[ "$status" -eq 0 ]
	assert_file /run/timeinit/commands 'hwclock --hctosys --utc --rtc=/dev/rtc1\n'
}

@test "timeinit-timestamp: a build time ahead of the clock moves it forward" {
	future=$(date -u -d '+2 years' +%Y%m%d%H%M%S)
	echo "$future" >"$ROOT/etc/timestamp"
	run "$TIME_FILES/timeinit-timestamp" --root "$ROOT"
	[ "$status" -eq 0 ]
	epoch=$(date -u -d "${future:0:4}-${future:4:2}-${future:6:2} ${future:8:2}:${future:10:2}:${future:12:2}" +%s)
	assert_file /run/timeinit/commands "date -u -s @$epoch\n"
}

@test "timeinit-timestamp: a build time behind the clock, or garbage, leaves it alone" {
	echo 20180101000000 >"$ROOT/etc/timestamp"
	run "$TIME_FILES/timeinit-timestamp" --root "$ROOT"
	[ "$status" -eq 0 ]
	echo yesterday >"$ROOT/etc/timestamp"
	run "$TIME_FILES/timeinit-timestamp" --root "$ROOT"
	[ "$status" -eq 0 ]
	assert_absent /run/timeinit
}

# unit_value FILE KEY: the values a unit file gives KEY, one per line.
unit_values() {
	sed -n "s/^$2=//p" "$1" | tr ' ' '\n'
}

@test "order: timeinit-rtc, then timeinit-timestamp, then chronyd" {
	rtc="$TIME_FILES/timeinit-rtc.service"
	ts="$TIME_FILES/timeinit-timestamp.service"
	chrony="$TIME_FILES/chronyd-timeinit.conf"
	unit_values "$rtc" Before | grep -qx timeinit-timestamp.service
	unit_values "$ts" After | grep -qx timeinit-rtc.service
	unit_values "$ts" Before | grep -qx chronyd.service
	unit_values "$chrony" After | grep -qx timeinit-timestamp.service
	unit_values "$chrony" After | grep -qx timeinit-rtc.service
	# The drop-in is installed where systemd applies it to chronyd.service.
	grep -qx 'file 0644 chronyd-timeinit.conf /lib/systemd/system/chronyd.service.d/timeinit.conf' "$TIME_FILES/install.manifest"
	# And both run before the system is up, with nothing pulling them later.
	unit_values "$rtc" DefaultDependencies | grep -qx no
	unit_values "$ts" DefaultDependencies | grep -qx no
}

# ---- rollbacks
start_update() { # running root, root the bootloader was asked to boot, vpn was online
	echo "root=LABEL=resin-root$1 rw" >"$ROOT/proc/cmdline"
	printf 'resin_root_part=%s\nupgrade_available=1\nbootcount=2\n' "$2" >"$ROOT/mnt/boot/bootenv"
	touch "$ROOT/mnt/state/rollback-altboot-breadcrumb" "$ROOT/mnt/state/rollback-health-breadcrumb"
	printf 'OLD_ROOT=A\nVPN_WAS_ONLINE=%s\n' "$3" >"$ROOT/mnt/state/rollback-health-variables"
}

@test "rollback-altboot: nothing to do without an update" {
	run "$RB_FILES/rollback-altboot" --root "$ROOT"
	[ "$status" -eq 0 ]
	assert_absent /mnt/boot/bootenv
}

@test "rollback-altboot: the new OS reached user space: boot count cleared, probation goes on" {
	start_update B B 0
	run "$RB_FILES/rollback-altboot" --root "$ROOT"
	[ "$status" -eq 0 ]
	assert_file /mnt/boot/bootenv 'resin_root_part=B\nupgrade_available=1\nbootcount=0\n'
	assert_absent /mnt/state/rollback-altboot-breadcrumb
	[ -f "$ROOT/mnt/state/rollback-health-breadcrumb" ]
}

@test "rollback-altboot: the bootloader fell back to the old root: the fallback is made permanent" {
	start_update A B 0
	run "$RB_FILES/rollback-altboot" --root "$ROOT"
	[ "$status" -eq 0 ]
	assert_file /mnt/boot/bootenv 'resin_root_part=A\nupgrade_available=0\nbootcount=0\n'
	assert_absent /mnt/state/rollback-altboot-breadcrumb
	assert_absent /mnt/state/rollback-health-breadcrumb
	[ -f "$ROOT/mnt/state/rollback-altboot-triggered" ]
}

@test "rollback-health: a healthy new OS is kept after the window" {
	start_update B B 1
	ROLLBACK_HEALTH_TIMEOUT=1 ROLLBACK_HEALTH_INTERVAL=0.2 ROLLBACK_ENGINE_CHECK=true ROLLBACK_VPN_CHECK=true \
		run "$RB_FILES/rollback-health" --root "$ROOT"
	[ "$status" -eq 0 ]
	assert_file /mnt/boot/bootenv 'resin_root_part=B\nupgrade_available=0\nbootcount=0\n'
	assert_absent /mnt/state/rollback-health-breadcrumb
	assert_absent /mnt/state/rollback-health-failed
	assert_absent /run/rollback/commands
}

@test "rollback-health: an engine that keeps failing sends the device back to the old root" {
	start_update B B 0
	ROLLBACK_HEALTH_TIMEOUT=30 ROLLBACK_HEALTH_INTERVAL=0.1 ROLLBACK_ENGINE_CHECK=false \
		run "$RB_FILES/rollback-health" --root "$ROOT"
	[ "$status" -eq 0 ]
	assert_file /mnt/boot/bootenv 'resin_root_part=A\nupgrade_available=0\nbootcount=0\n'
	[ -f "$ROOT/mnt/state/rollback-health-failed" ]
	assert_file /run/rollback/commands 'systemctl reboot\n'
}

@test "rollback-health: the VPN counts only when it was online before the update" {
	start_update B B 0
	ROLLBACK_HEALTH_TIMEOUT=1 ROLLBACK_HEALTH_INTERVAL=0.2 ROLLBACK_ENGINE_CHECK=true ROLLBACK_VPN_CHECK=false \
		run "$RB_FILES/rollback-health" --root "$ROOT"
	assert_file /mnt/boot/bootenv 'resin_root_part=B\nupgrade_available=0\nbootcount=0\n'
	start_update B B 1
	ROLLBACK_HEALTH_TIMEOUT=30 ROLLBACK_HEALTH_INTERVAL=0.1 ROLLBACK_ENGINE_CHECK=true ROLLBACK_VPN_CHECK=false \
		run "$RB_FILES/rollback-health" --root "$ROOT"
	assert_file /mnt/boot/bootenv 'resin_root_part=A\nupgrade_available=0\nbootcount=0\n'
}

@test "rollback-health: a single failed check is forgiven" {
	start_update B B 0
	# Fails the first check only, then the engine answers.
	check="$BATS_TEST_TMPDIR/engine-check"
	printf '#!/bin/sh\n[ -e "%s/seen" ] && exit 0\ntouch "%s/seen"\nexit 1\n' "$BATS_TEST_TMPDIR" "$BATS_TEST_TMPDIR" >"$check"
	chmod +x "$check"
	ROLLBACK_HEALTH_TIMEOUT=1 ROLLBACK_HEALTH_INTERVAL=0.2 ROLLBACK_ENGINE_CHECK="$check" \
		run "$RB_FILES/rollback-health" --root "$ROOT"
	[ "$status" -eq 0 ]
	assert_file /mnt/boot/bootenv 'resin_root_part=B\nupgrade_available=0\nbootcount=0\n'
}
