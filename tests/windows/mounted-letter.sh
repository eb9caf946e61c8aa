#!/usr/bin/env bash
# A boot partition Windows has mounted with a drive letter is edited as a mounted boot folder:
# under Wine, in a prefix of the test's own, the letter M: is the demo image's boot files
# (copied out by mtools into a folder, which Wine's dosdevices maps to M:), and
# `imprint.exe configure M:\` must leave exactly the files `imprint configure FOLDER` leaves on
# Linux; `inspect M:\` must print what Linux prints for the folder (but the target's name and the
# label, which is the folder's name).
#   tests/windows/mounted-letter.sh LINUX_BUILD WINDOWS_BUILD
set -euo pipefail
linux=$(realpath "${1:?usage: $0 LINUX_BUILD WINDOWS_BUILD}")
windows=$(realpath "${2:?usage: $0 LINUX_BUILD WINDOWS_BUILD}")
here=$(cd "$(dirname "$0")" && pwd)
demo="$linux/demo/balena-demo-qemux86-64.img"
for need in "$linux/bin/imprint" "$windows/bin/imprint.exe" "$demo"; do
    [ -e "$need" ] || { echo "mounted-letter.sh: $need is missing" >&2; exit 1; }
done
export SOURCE_DATE_EPOCH=1700000000 TZ=UTC MTOOLS_SKIP_CHECK=1
work=$(mktemp -d)
export WINEPREFIX="$work/prefix"
trap 'wineserver -k 2>/dev/null || true; rm -rf "$work"' EXIT
offset=$(sfdisk -J "$demo" | python3 -c 'import json,sys; t=json.load(sys.stdin)["partitiontable"]; print(t["partitions"][0]["start"] * t.get("sectorsize", 512))')
for side in lin win; do
    mkdir -p "$work/$side/boot"
    mcopy -s -p -i "$demo@@$offset" '::/*' "$work/$side/boot/"
done
ssh-keygen -q -t ed25519 -N '' -C imprint-test -f "$work/key"

args=(--hostname lobby-3 --wifi "Office" --wifi-psk "correct horse battery" --country NL --yes)
(cd "$work/lin" && HOME="$work/lin" "$linux/bin/imprint" configure boot "${args[@]}" \
    --ssh-key ../key.pub --backup backup >configure.out 2>configure.err)
"$here/../../packaging/windows/wine-run.sh" "$windows/bin/imprint.exe" --version >/dev/null # the prefix
ln -s "$work/win/boot" "$WINEPREFIX/dosdevices/m:"
(cd "$work/win" && "$here/../../packaging/windows/wine-run.sh" "$windows/bin/imprint.exe" \
    configure 'M:\' "${args[@]}" --ssh-key ../key.pub --backup backup >configure.out 2>configure.err)

status=0
if diff -r "$work/lin/boot" "$work/win/boot"; then
    echo "same: the boot folder after configure ($(find "$work/lin/boot" -type f | wc -l) files)"
else
    echo "DIFFERENT: the boot folder after configure" >&2
    status=1
fi
diff -r "$work/lin/backup" "$work/win/backup" >/dev/null || { echo "DIFFERENT: backups" >&2; status=1; }
grep -q '"hostname": "lobby-3"' "$work/win/boot/config.json" || { echo "no hostname in M:\\config.json" >&2; status=1; }
(cd "$work/lin" && "$linux/bin/imprint" inspect boot --json | sed 's/"target":"[^"]*"//; s/"label":"[^"]*"//') >"$work/lin.json"
(cd "$work/win" && "$here/../../packaging/windows/wine-run.sh" "$windows/bin/imprint.exe" inspect 'M:\' --json |
    sed 's/"target":"[^"]*"//; s/"label":"[^"]*"//') >"$work/win.json"
if cmp -s "$work/lin.json" "$work/win.json"; then
    echo "same: inspect of the mounted boot partition"
else
    echo "DIFFERENT: inspect" >&2
    diff "$work/lin.json" "$work/win.json" >&2 || true
    status=1
fi
exit $status
