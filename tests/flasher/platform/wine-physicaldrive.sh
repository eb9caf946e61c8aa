#!/usr/bin/env bash
# The Windows drive path under Wine, into a file: \\.\PhysicalDrive1 is made to open an image
# file made here (a `physicaldrive1` link in the Wine prefix's dosdevices, created here and
# removed after; never one to a device), drive_write_probe.exe writes a known pattern through
# openDriveTargetDirectly (volume locks, layout deletion, unbuffered write-through disk, the
# first and last MiB wiped), and the file's bytes are judged here, on Linux, by cmp.
#
#   wine-physicaldrive.sh PROBE.exe WINE-RUN.sh
#
# What Wine does not emulate (so this cannot prove): volume locks and dismounts (Wine answers
# no volume on any disk, so none is touched: the probe refuses to write if one were), layout
# deletion and IOCTL_DISK_UPDATE_PROPERTIES (a file has neither), FILE_FLAG_NO_BUFFERING's
# alignment rules (ignored by Wine).
set -euo pipefail

probe=$1
run=$2
export WINEPREFIX=${WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/imprint-wine-prefix}
scratch=$(mktemp -d)
card=$scratch/card.img
link=$WINEPREFIX/dosdevices/physicaldrive1
made=0
cleanup() {
    if [ "$made" = 1 ] && [ "$(readlink "$link" 2>/dev/null)" = "$card" ]; then
        rm -f "$link"
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

# The prefix is made on the first run of a program (its usage alone, here).
"$run" "$probe" >/dev/null 2>&1 || true
if [ -e "$link" ] || [ -L "$link" ]; then
    echo "$link exists already: not replaced" >&2
    exit 1
fi

mib=$((1024 * 1024))
image=$((4 * mib))
# The card: 6 MiB of 0xEE. Afterwards: the pattern over the first 4 MiB (the unaligned piece
# in it), 0xEE from 4 to 5 MiB (never written), zeros over the last MiB (wiped).
python3 - "$card" "$image" "$scratch/expected" <<'PY'
import sys
card, image, expected = sys.argv[1], int(sys.argv[2]), sys.argv[3]
mib = 1 << 20
with open(card, "wb") as f:
    f.write(b"\xee" * (6 * mib))
pattern = bytearray((o * 31 + (o >> 12)) & 0xFF for o in range(image))
pattern[12345:12345 + 100] = b"\x5a" * 100
with open(expected, "wb") as f:
    f.write(pattern + b"\xee" * mib + b"\x00" * mib)
PY
ln -s "$card" "$link"
made=1

"$run" "$probe" '\\.\PhysicalDrive1' "$image"
cmp "$card" "$scratch/expected"
echo "wine-physicaldrive: \\\\.\\PhysicalDrive1 (a file) holds exactly the pattern written"
