#!/usr/bin/env bats
# The build flags (lib/balena/flags.py, what the distro configuration and the image class
# call) and the static recipe checker (scripts/check-layer), each shown to accept the
# layer as it is and to reject a broken copy.

load helpers

FLAGS="$LAYER/meta-balena-common/lib/balena/flags.py"

@test "HOSTOS_VERSION: the board's VERSION file, else DISTRO_VERSION" {
	board="$BATS_TEST_TMPDIR/board"
	mkdir -p "$board"
	run python3 "$FLAGS" hostos-version --board-dir "$board" --distro-version 2.31.5
	[ "$status" -eq 0 ] && [ "$output" = 2.31.5 ]
	echo '2.31.5+rev3' >"$board/VERSION"
	run python3 "$FLAGS" hostos-version --board-dir "$board" --distro-version 2.31.5
	[ "$status" -eq 0 ] && [ "$output" = 2.31.5+rev3 ]
	echo '2.0.0-beta0+rev2' >"$board/VERSION"
	run python3 "$FLAGS" hostos-version --board-dir "$board" --distro-version 2.0.0-beta0
	[ "$output" = 2.0.0-beta0+rev2 ]
	# The demo board of the layer
	run python3 "$FLAGS" hostos-version --board-dir "$LAYER/demo/board" --distro-version 2.31.5
	[ "$output" = "$(cat "$LAYER/demo/board/VERSION")" ]
}

@test "versions that are not the scheme are refused" {
	board="$BATS_TEST_TMPDIR/board"
	mkdir -p "$board"
	for bad in 2.0-beta.8 '2.0.0+rev3+prod' '2.0.0+rev0' v2.0.0 ''; do
		echo "$bad" >"$board/VERSION"
		run python3 "$FLAGS" hostos-version --board-dir "$board" --distro-version 2.31.5
		[ "$status" -eq 1 ]
		[[ $output == *"HOSTOS_VERSION"* || $output == *"exactly one version"* ]]
	done
	run python3 "$FLAGS" hostos-version --distro-version 2.31
	[ "$status" -eq 1 ]
	[[ $output == *"DISTRO_VERSION '2.31' is not X.Y.Z"* ]]
}

@test "DISTRO_VERSION in the distro configuration follows the scheme" {
	v=$(sed -n 's/^DISTRO_VERSION = "\(.*\)"$/\1/p' "$LAYER/meta-balena-common/conf/distro/balena-os.conf")
	run python3 "$FLAGS" hostos-version --distro-version "$v"
	[ "$status" -eq 0 ] && [ "$output" = "$v" ]
}

@test "BALENA_STORAGE: aufs (default) or overlay2; anything else a clear error" {
	run python3 "$FLAGS" storage
	[ "$output" = aufs ]
	run python3 "$FLAGS" storage overlay2
	[ "$status" -eq 0 ] && [ "$output" = overlay2 ]
	run python3 "$FLAGS" storage btrfs
	[ "$status" -eq 1 ]
	[ "$output" = 'error: BALENA_STORAGE = "btrfs" is not supported: set it to "aufs" or "overlay2" in conf/local.conf' ]
}

@test "DEVELOPMENT_IMAGE: only \"1\" adds development-image, developmentMode and VARIANT" {
	run python3 "$FLAGS" distro-features 1
	[ "$output" = development-image ]
	for v in 0 '' yes true; do
		run python3 "$FLAGS" distro-features "$v"
		[ "$output" = "" ]
	done
	run python3 "$FLAGS" config-json --slug qemux86-64 --development 1
	[ "$output" = '{"deviceType":"qemux86-64","persistentLogging":false,"developmentMode":true}' ]
	run python3 "$FLAGS" config-json --slug qemux86-64 --development 0
	[ "$output" = '{"deviceType":"qemux86-64","persistentLogging":false}' ]
	run python3 "$FLAGS" os-release --distro-version 2.31.5 --hostos-version 2.31.5+rev1 --machine qemux86-64 --development 1
	[[ $output == *'VARIANT="Development"'* ]]
	[[ $output == *'VERSION_ID="2.31.5+rev1"'* ]]
	[[ $output == *'META_BALENA_VERSION="2.31.5"'* ]]
}

@test "RESINHUP and NETWORK_MANAGER_PACKAGES" {
	run python3 "$FLAGS" resinhup yes
	[ "$output" = yes ]
	run python3 "$FLAGS" resinhup 1
	[ "$output" = no ]
	run python3 "$FLAGS" network-manager-packages
	[ "$output" = networkmanager ]
	run python3 "$FLAGS" network-manager-packages "mynm  mynm-client"
	[ "$output" = "mynm mynm-client" ]
}

@test "the distro configuration wires the flags through lib/balena/flags.py" {
	conf="$LAYER/meta-balena-common/conf/distro/balena-os.conf"
	grep -q "balena.flags.hostos_version(d.getVar('BALENA_BOARD_ROOT'), d.getVar('DISTRO_VERSION'))" "$conf"
	grep -q "balena.flags.development_distro_features(d.getVar('DEVELOPMENT_IMAGE'))" "$conf"
	grep -q 'INHERIT += "balena-sanity"' "$conf"
	grep -q "balena.flags.storage_driver(d.getVar('BALENA_STORAGE'))" "$LAYER/meta-balena-common/classes/balena-sanity.bbclass"
	grep -q 'OE_IMPORTS += "balena.flags"' "$LAYER/meta-balena-common/conf/layer.conf"
}

@test "check-layer: the layer as it is passes" {
	run "$LAYER/scripts/check-layer"
	[ "$status" -eq 0 ]
	[[ $output == *"every layer.conf and recipe is in order"* ]]
}

@test "check-layer: every kind of breakage is reported" {
	copy="$BATS_TEST_TMPDIR/meta-balena"
	cp -r "$LAYER" "$copy"
	common="$copy/meta-balena-common"
	sed -i 's/md5=3b83/md5=0b83/' "$common/recipes-core/timeinit/timeinit.bb"
	sed -i '/^SUMMARY/d' "$common/recipes-support/balena-rollback/balena-rollback.bb"
	rm "$common/recipes-connectivity/avahi/files/ssh.service"
	sed -i 's/"sumo"$/"sumoo"/' "$copy/meta-balena-sumo/conf/layer.conf"
	sed -i '/^BBFILE_PRIORITY/d' "$copy/meta-balena-rocko/conf/layer.conf"
	sed -i 's/balena-common"$/balena-commonn"/' "$copy/meta-balena-pyro/conf/layer.conf"
	sed -i 's/^SYSTEMD_SERVICE_${PN} = .*/SYSTEMD_SERVICE_${PN} = "balena-config.service"/' "$common/recipes-core/balena-config/balena-config.bb"
	sed -i 's/inherit allarch systemd balena-install/inherit allarch systemd balena-instal/' "$common/recipes-core/timeinit/timeinit.bb"
	run "$LAYER/scripts/check-layer" "$copy"
	[ "$status" -eq 1 ]
	[[ $output == *"timeinit.bb:5: md5 of \${BALENA_COREBASE}/COPYING.Apache-2.0 is 3b83ef96387f14655fc854ddc3c6bd57, not 0b83"* ]]
	[[ $output == *"balena-rollback.bb: SUMMARY is missing"* ]]
	[[ $output == *"SRC_URI file://ssh.service is not in"* ]]
	[[ $output == *"names unknown series 'sumoo'"* ]]
	[[ $output == *"BBFILE_PRIORITY_balena-rocko must be a number"* ]]
	[[ $output == *"unknown collection 'balena-commonn'"* ]]
	[[ $output == *"SYSTEMD_SERVICE (balena-config.service) differs"* ]]
	[[ $output == *"class 'balena-instal' exists neither here nor in OpenEmbedded-Core"* ]]
}

@test "check-layer: a file the manifest installs must be in SRC_URI" {
	copy="$BATS_TEST_TMPDIR/meta-balena"
	cp -r "$LAYER" "$copy"
	sed -i '/file:\/\/os-ntp /d' "$copy/meta-balena-common/recipes-core/balena-config/balena-config.bb"
	run "$LAYER/scripts/check-layer" "$copy"
	[ "$status" -eq 1 ]
	[[ $output == *"install.manifest:"*": os-ntp is installed but not in the SRC_URI of balena-config.bb"* ]]
}

@test "every thin layer declares its own Yocto series" {
	for series in pyro rocko sumo thud; do
		grep -qx "LAYERSERIES_COMPAT_balena-$series = \"$series\"" "$LAYER/meta-balena-$series/conf/layer.conf"
	done
	grep -qx 'LAYERSERIES_COMPAT_balena-common = "pyro rocko sumo thud"' "$LAYER/meta-balena-common/conf/layer.conf"
}

@test "the kas file names this repository's layers, the distro and a qemux86-64 target" {
	kas="$LAYER/kas/qemux86-64.yml"
	run python3 - "$kas" "$LAYER/.." <<'PY'
import os, sys, yaml
doc = yaml.safe_load(open(sys.argv[1]))
root = sys.argv[2]
assert isinstance(doc["header"]["version"], int)
assert doc["machine"] == "qemux86-64" and doc["target"] == "balena-image"
assert os.path.isfile(os.path.join(root, "meta-balena/meta-balena-common/conf/distro", doc["distro"] + ".conf"))
own = [r for r in doc["repos"].values() if r and "url" not in r and "path" not in r]
assert len(own) == 1, "one entry for this repository"
for layer in own[0]["layers"]:
    assert os.path.isfile(os.path.join(root, layer, "conf/layer.conf")), layer
for name, repo in doc["repos"].items():
    if repo and "url" in repo:
        assert repo.get("refspec") == "thud", name
print("ok")
PY
	echo "$output"
	[ "$status" -eq 0 ] && [ "$output" = ok ]
	grep -q 'cannot run' "$kas"
}
