#!/bin/bash
# Longest event-loop stall of the real window while it writes a 1.5 GiB image (configured on the
# way) to an image file: builds that image from the demo image (partition 6 grown to the end and
# filled with random bytes, so every byte is really written), then runs tst_gui_flow's write
# test on it, which measures with a 5 ms timer and prints the figures.
#   tests/app/gui/stall.sh BUILD_DIR
set -euo pipefail
build=$(realpath "${1:?usage: $0 BUILD_DIR}")
demo="$build/demo/balena-demo-qemux86-64.img"
[ -f "$demo" ] || { echo "no $demo: run the demo_image fixture first" >&2; exit 1; }
work="$build/gui-stall"
mkdir -p "$work"
big="$work/big.img"
cp --sparse=always "$demo" "$big"
truncate -s 1536M "$big"
echo ", +" | sfdisk -q -N 4 "$big" >/dev/null
echo ", +" | sfdisk -q -N 6 "$big" >/dev/null
start=$(sfdisk -d "$big" | awk -F'[=,]' '/img6/ {gsub(/ /, "", $2); print $2}')
size=$(sfdisk -d "$big" | awk -F'[=,]' '/img6/ {gsub(/ /, "", $4); print $4}')
dd if=/dev/urandom of="$big" bs=1M seek=$((start / 2048)) count=$((size / 2048)) conv=notrunc \
    status=none
echo "image: $big ($(du -h --apparent-size "$big" | cut -f1), partition 6: $((size / 2048)) MiB random)"
IMPRINT_GUI_WRITE_IMAGE="$big" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
    "$build/tests/app/gui/tst_gui_flow" writesAConfiguredImageFile 2>&1 |
    grep -E "PASS|FAIL|write of|stalls over|Loc:" || true
rm -f "$big"
