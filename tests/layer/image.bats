#!/usr/bin/env bats
# The demo image (made by the layer_demo_image fixture) and the assembler's options,
# judged by independent tools: sfdisk, blkid, fsck.fat, e2fsck, mtools, debugfs, bmaptool.
# DEMO_DIR is the fixture's output folder (set by CTest).

load helpers

ASSEMBLE="$LAYER/scripts/balena-image-assemble"
SECTOR=512
ALIGN=8192 # 4 MiB in sectors

setup() {
	DEMO_DIR=${DEMO_DIR:-$BATS_TEST_DIRNAME/../../build/demo}
	IMG="$DEMO_DIR/balena-demo-qemux86-64.img"
}

# part FIELD N IMAGE: a field of partition N (1-based, table order) from sfdisk --json.
part() {
	sfdisk --json "$3" | jq -r ".partitiontable.partitions[$(($2 - 1))].$1"
}

boot_offset() { echo $(($(part start 1 "$1") * SECTOR)); }

mtools_cat() { # IMAGE PATH
	MTOOLS_SKIP_CHECK=1 mtype -i "$1@@$(boot_offset "$1")" "::$2"
}

@test "demo: MBR with boot, rootA, rootB and state, data inside the extended partition" {
	[ -f "$IMG" ]
	[ "$(sfdisk --json "$IMG" | jq -r .partitiontable.label)" = dos ]
	[ "$(sfdisk --json "$IMG" | jq '.partitiontable.partitions | length')" = 6 ]
	[ "$(part type 1 "$IMG")" = e ]
	[ "$(part bootable 1 "$IMG")" = true ]
	for n in 2 3 5 6; do [ "$(part type $n "$IMG")" = 83 ]; done
	[ "$(part type 4 "$IMG")" = f ]
	for n in 1 2 3 4 5 6; do
		[ $(($(part start $n "$IMG") % ALIGN)) = 0 ]
		[ $(($(part size $n "$IMG") % ALIGN)) = 0 ] || [ $n = 4 ]
	done
	ext_start=$(part start 4 "$IMG")
	ext_end=$((ext_start + $(part size 4 "$IMG")))
	for n in 5 6; do
		[ "$(part start $n "$IMG")" -gt "$ext_start" ]
		[ $(($(part start $n "$IMG") + $(part size $n "$IMG"))) -le "$ext_end" ]
	done
	[ "$ext_end" -le $(($(stat -c %s "$IMG") / SECTOR)) ]
	[ "$(part size 2 "$IMG")" = "$(part size 3 "$IMG")" ]
}

@test "demo: labels and filesystems, all clean by fsck.fat and e2fsck" {
	declare -A want=([1]=resin-boot [2]=resin-rootA [3]=resin-rootB [5]=resin-state [6]=resin-data)
	for n in 1 2 3 5 6; do
		off=$(($(part start $n "$IMG") * SECTOR))
		[ "$(blkid -p -O "$off" -s LABEL -o value "$IMG")" = "${want[$n]}" ]
		if [ $n = 1 ]; then
			[ "$(blkid -p -O "$off" -s VERSION -o value "$IMG")" = FAT16 ]
			dd if="$IMG" of="$BATS_TEST_TMPDIR/boot.fat" bs=$SECTOR skip="$(part start 1 "$IMG")" count="$(part size 1 "$IMG")" status=none
			run fsck.fat -n "$BATS_TEST_TMPDIR/boot.fat"
			[ "$status" -eq 0 ]
			# 512-byte logical sectors, as the reference asks
			[ "$(od -An -tu2 -j11 -N2 "$BATS_TEST_TMPDIR/boot.fat" | tr -d ' ')" = 512 ]
		else
			[ "$(blkid -p -O "$off" -s TYPE -o value "$IMG")" = ext4 ]
			run e2fsck -fn "$IMG?offset=$off"
			[ "$status" -eq 0 ]
		fi
	done
}

@test "demo: boot partition holds the layer's files, and the fingerprint matches them" {
	[ "$(mtools_cat "$IMG" /config.json | jq -c .)" = '{"deviceType":"qemux86-64","persistentLogging":false}' ]
	mtools_cat "$IMG" /device-type.json | jq -e '.slug == "qemux86-64"'
	mtools_cat "$IMG" /os-release | grep -qx 'VERSION_ID="2.31.5+rev1"'
	mtools_cat "$IMG" /os-release | grep -qx "META_BALENA_VERSION=\"$(sed -n 's/^DISTRO_VERSION = "\(.*\)"$/\1/p' "$LAYER/meta-balena-common/conf/distro/balena-os.conf")\""
	mtools_cat "$IMG" /image-version-info | grep -q '^HOSTOS_VERSION=2.31.5+rev1$'
	mtools_cat "$IMG" /balena-image >/dev/null
	mtools_cat "$IMG" /system-connections/resin-sample.ignore | grep -qx 'type=wifi'
	mtools_cat "$IMG" /system-proxy/README.ignore >/dev/null
	mtools_cat "$IMG" /splash/resin-logo.png >"$BATS_TEST_TMPDIR/logo.png"
	[ "$(identify -format '%m %w %h' "$BATS_TEST_TMPDIR/logo.png")" = "PNG 240 240" ]
	# Each fingerprint line is the md5 of that file as read back from the image.
	lines=0
	while read -r sum path; do
		[ "$(mtools_cat "$IMG" "$path" | md5sum | cut -d' ' -f1)" = "$sum" ]
		lines=$((lines + 1))
	done < <(mtools_cat "$IMG" /balenaos.fingerprint)
	[ "$lines" -eq 7 ]
	! mtools_cat "$IMG" /balenaos.fingerprint | grep -q config.json
}

@test "demo: rootA holds what the recipes install, with their units enabled" {
	off=$(($(part start 2 "$IMG") * SECTOR))
	dfs() { debugfs -R "$1" "$IMG?offset=$off" 2>/dev/null; }
	cmp <(dfs "cat /usr/lib/balena-config/os-dns") "$CONFIG_FILES/os-dns"
	cmp <(dfs "cat /lib/systemd/system/sshd.socket") "$LAYER/meta-balena-common/recipes-connectivity/openssh/files/sshd.socket"
	dfs "stat /usr/bin/timeinit-rtc" | grep -q 'Mode:  0755'
	dfs "stat /etc/systemd/system/sockets.target.wants/sshd.socket" | grep -q 'Type: symlink'
	dfs "stat /etc/systemd/system/sysinit.target.wants/timeinit-timestamp.service" | grep -q 'Type: symlink'
	dfs "stat /etc/systemd/system/multi-user.target.wants/rollback-health.service" | grep -q 'Type: symlink'
	[[ $(dfs "cat /etc/timestamp") =~ ^[0-9]{14}$ ]]
	cmp <(dfs "cat /etc/os-release") <(mtools_cat "$IMG" /os-release)
	# rootB is empty (only lost+found)
	off=$(($(part start 3 "$IMG") * SECTOR))
	[ "$(debugfs -R 'ls /' "$IMG?offset=$off" 2>/dev/null | tr -s ' \n' '\n' | grep -cv -e '^$' -e '^[0-9]' -e '^\.\.\?$' -e '^(')" = 1 ]
}

@test "demo: bmaptool copy accepts the .bmap, for the raw and the xz image" {
	bmap="$DEMO_DIR/balena-demo-qemux86-64.bmap"
	grep -q '<BmapVersion>' "$bmap" || grep -q 'bmap version=' "$bmap"
	bmaptool copy --bmap "$bmap" "$IMG" "$BATS_TEST_TMPDIR/copy.img"
	cmp "$IMG" "$BATS_TEST_TMPDIR/copy.img"
	rm "$BATS_TEST_TMPDIR/copy.img"
	bmaptool copy --bmap "$bmap" "$IMG.xz" "$BATS_TEST_TMPDIR/copy.img"
	cmp "$IMG" "$BATS_TEST_TMPDIR/copy.img"
	# The xz copy is split in blocks (parallel and seekable decompression).
	blocks=$(xz -l --robot "$IMG.xz" | awk '$1 == "totals" {print $3}')
	[ "$blocks" -gt 1 ]
	# The image is sparse: far less allocated than its size.
	[ $(($(stat -c %b "$IMG") * 512)) -lt $(($(stat -c %s "$IMG") / 4)) ]
}

@test "demo: a second build is a no-op" {
	before=$(stat -c %Y "$IMG")
	run "$LAYER/scripts/build-demo-image" "$DEMO_DIR"
	[ "$status" -eq 0 ]
	[[ $output == *"up to date"* ]]
	[ "$(stat -c %Y "$IMG")" = "$before" ]
}

# ---- the assembler's options on small images
small_boot() {
	mkdir -p "$BATS_TEST_TMPDIR/boot/splash"
	echo '{"deviceType":"x"}' >"$BATS_TEST_TMPDIR/boot/config.json"
	echo logo >"$BATS_TEST_TMPDIR/boot/splash/resin-logo.png"
}

@test "assembler --gpt: five partitions named as their labels, backup table intact" {
	small_boot
	run "$ASSEMBLE" --gpt --output "$BATS_TEST_TMPDIR/g.img" --boot-dir "$BATS_TEST_TMPDIR/boot" \
		--boot-size-mb 40 --root-size-mb 16 --state-size-mb 8 --image-size-mb 120
	[ "$status" -eq 0 ]
	g="$BATS_TEST_TMPDIR/g.img"
	[ "$(stat -c %s "$g")" = $((120 * 1024 * 1024)) ]
	[ "$(sfdisk --json "$g" | jq -r .partitiontable.label)" = gpt ]
	[ "$(sfdisk --json "$g" | jq -r '[.partitiontable.partitions[].name] | join(" ")')" = "resin-boot resin-rootA resin-rootB resin-state resin-data" ]
	[ "$(sfdisk --json "$g" | jq -r '.partitiontable.partitions[0].attrs')" = LegacyBIOSBootable ]
	run sfdisk --verify "$g"
	[ "$status" -eq 0 ]
	# data takes the rest, aligned, before the backup table
	end=$(($(part start 5 "$g") + $(part size 5 "$g")))
	[ "$end" -le $((120 * 2048 - 33)) ]
	[ $((120 * 2048 - 33 - end)) -lt "$ALIGN" ]
	[ "$(blkid -p -O $(($(part start 5 "$g") * SECTOR)) -s LABEL -o value "$g")" = resin-data ]
	[ -f "$g.bmap" ]
}

@test "assembler --filler-mb: rootA holds that much incompressible data" {
	small_boot
	run "$ASSEMBLE" --output "$BATS_TEST_TMPDIR/f.img" --boot-dir "$BATS_TEST_TMPDIR/boot" \
		--boot-size-mb 40 --root-size-mb 32 --state-size-mb 8 --data-size-mb 8 --filler-mb 10 --no-bmap
	[ "$status" -eq 0 ]
	f="$BATS_TEST_TMPDIR/f.img"
	[ ! -e "$f.bmap" ]
	off=$(($(part start 2 "$f") * SECTOR))
	debugfs -R "dump /balena-filler.bin $BATS_TEST_TMPDIR/filler" "$f?offset=$off" 2>/dev/null
	[ "$(stat -c %s "$BATS_TEST_TMPDIR/filler")" = 10000000 ]
	[ "$(gzip -1 -c "$BATS_TEST_TMPDIR/filler" | wc -c)" -gt 9900000 ]
	run e2fsck -fn "$f?offset=$off"
	[ "$status" -eq 0 ]
}

@test "assembler --fat32 and --boot-label; ext4 images given as files" {
	small_boot
	truncate -s 16M "$BATS_TEST_TMPDIR/root.ext4"
	mkdir -p "$BATS_TEST_TMPDIR/rootdir/etc"
	echo hello >"$BATS_TEST_TMPDIR/rootdir/etc/hello"
	mkfs.ext4 -q -F -L resin-rootA -d "$BATS_TEST_TMPDIR/rootdir" "$BATS_TEST_TMPDIR/root.ext4"
	run "$ASSEMBLE" --fat32 --boot-label flash-boot --output "$BATS_TEST_TMPDIR/b.img" --boot-dir "$BATS_TEST_TMPDIR/boot" \
		--rootfs "$BATS_TEST_TMPDIR/root.ext4" --boot-size-mb 40 --root-size-mb 16 --state-size-mb 8 --data-size-mb 8
	[ "$status" -eq 0 ]
	b="$BATS_TEST_TMPDIR/b.img"
	[ "$(part type 1 "$b")" = c ]
	[ "$(blkid -p -O "$(boot_offset "$b")" -s VERSION -o value "$b")" = FAT32 ]
	[ "$(blkid -p -O "$(boot_offset "$b")" -s LABEL -o value "$b")" = flash-boot ]
	[ "$(debugfs -R 'cat /etc/hello' "$b?offset=$(($(part start 2 "$b") * SECTOR))" 2>/dev/null)" = hello ]
}

@test "assembler works without root privileges" {
	small_boot
	# bats' own temporary folders are private to root: use one nobody can reach.
	dir=$(mktemp -d /tmp/layer-nobody.XXXXXX)
	chmod 755 "$dir"
	mkdir -p "$dir/root/etc"
	cp -r "$BATS_TEST_TMPDIR/boot" "$dir/boot"
	echo x >"$dir/root/etc/x"
	chown -R 65534:65534 "$dir"
	run setpriv --reuid=65534 --regid=65534 --clear-groups env TMPDIR="$dir" HOME="$dir" \
		"$ASSEMBLE" --output "$dir/n.img" --boot-dir "$dir/boot" --rootfs "$dir/root" \
		--boot-size-mb 40 --root-size-mb 16 --state-size-mb 8 --data-size-mb 8
	echo "$output"
	[ "$status" -eq 0 ]
	[ "$(stat -c %u "$dir/n.img")" = 65534 ]
	[ "$(blkid -p -O "$(boot_offset "$dir/n.img")" -s LABEL -o value "$dir/n.img")" = resin-boot ]
	rm -rf "$dir"
}

@test "assembler: bad input is refused and an existing image is left as it was" {
	small_boot
	out="$BATS_TEST_TMPDIR/keep.img"
	echo precious >"$out"
	before=$(sha256sum "$out")
	run "$ASSEMBLE" --output "$out" --boot-dir "$BATS_TEST_TMPDIR/nope"
	[ "$status" -eq 2 ]
	[[ $output == *"boot directory"*"does not exist"* ]]
	run "$ASSEMBLE" --output "$out" --boot-dir "$BATS_TEST_TMPDIR/boot" --image-size-mb 100
	[ "$status" -eq 2 ]
	[[ $output == *"too small"* ]]
	run "$ASSEMBLE" --output "$out" --boot-dir "$BATS_TEST_TMPDIR/boot" --root-size-mb ten
	[ "$status" -eq 2 ]
	truncate -s 32M "$BATS_TEST_TMPDIR/big.ext4"
	run "$ASSEMBLE" --output "$out" --boot-dir "$BATS_TEST_TMPDIR/boot" --rootfs "$BATS_TEST_TMPDIR/big.ext4" \
		--boot-size-mb 40 --root-size-mb 16 --state-size-mb 8 --data-size-mb 8
	[ "$status" -eq 1 ]
	[[ $output == *"does not fit in the resin-rootA partition"* ]]
	[ "$(sha256sum "$out")" = "$before" ]
	[ ! -e "$out.partial" ]
}
