#!/bin/bash
# Stages every unit the layer's recipes install (through the same install.manifest
# files the recipes use) on a temporary root, adds stub units for what other layers
# provide, and runs systemd-analyze verify --root on them. Any message is a failure:
# systemd only warns about unknown keys, and a typo there must not pass.
set -euo pipefail
layer="$(cd "$(dirname "$0")/../../meta-balena" && pwd)"
root=$(mktemp -d "${TMPDIR:-/tmp}/layer-units.XXXXXX")
trap 'rm -rf "$root"' EXIT
unitdir="$root/lib/systemd/system"

ours=()
while read -r manifest; do
	"$layer/scripts/balena-install-manifest" "$manifest" "$(dirname "$manifest")" "$root"
done < <(find "$layer/meta-balena-common" -name install.manifest | LC_ALL=C sort)
for f in "$unitdir"/*.service "$unitdir"/*.socket "$unitdir"/*.path "$unitdir"/*.target; do
	[ -e "$f" ] && ours+=("$(basename "$f")")
done
[ ${#ours[@]} -ge 10 ] || { echo "only ${#ours[@]} units staged: is a manifest missing?" >&2; exit 1; }

# The drop-ins os-development-mode writes at run time, on units systemd itself ships.
echo '{"developmentMode":true}' >"$root/config.json"
"$layer/meta-balena-common/recipes-core/balena-config/files/os-development-mode" --root "$root" --config "$root/config.json"

# systemd's own targets and getty template, from this machine's systemd.
cp /lib/systemd/system/*.target "$unitdir/"
cp /lib/systemd/system/serial-getty@.service /lib/systemd/system/systemd-remount-fs.service "$unitdir/"
# Stubs for the services other layers provide, so the drop-ins and orderings resolve.
stubs=(NetworkManager.service dnsmasq.service chronyd.service avahi-daemon.service
	balena-engine.service plymouth-start.service)
for u in "${stubs[@]}"; do
	printf '[Unit]\nDescription=stub: %s comes from another layer\n\n[Service]\nExecStart=/bin/true\n' "$u" >"$unitdir/$u"
done
# Programs the units run that other recipes install.
for b in /bin/true /bin/mkdir /usr/bin/ssh-keygen /usr/sbin/sshd /sbin/agetty /lib/systemd/systemd-remount-fs; do
	install -D -m 0755 /dev/null "$root$b"
done

cd "$unitdir"
targets=("${ours[@]}" "${stubs[@]}" serial-getty@ttyS0.service systemd-remount-fs.service)
echo "verifying: ${targets[*]}"
out=$(systemd-analyze verify --root="$root" "${targets[@]}" 2>&1) && status=0 || status=$?
# Messages about the host's own copied units are not ours to judge.
mine=$(printf '%s\n' "$out" | grep -v '^$' | grep -v '^/lib/systemd/system/[^ ]*\.target:' || true)
if [ "$status" -ne 0 ] || [ -n "$mine" ]; then
	echo "systemd-analyze verify failed (exit $status):" >&2
	printf '%s\n' "$out" >&2
	exit 1
fi
echo "all ${#targets[@]} units verified"
