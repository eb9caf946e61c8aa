#!/bin/bash
# Makes the seed corpus of the disk fuzz harnesses with the real tools, into DIR/fat and
# DIR/partitions: small FAT12/16/32 volumes with files (trailing zeros cut: the harness pads
# them back), and MBR/GPT tables with logical partitions. Then derives damaged variants
# (flipped bytes) deterministically.
# usage: make-corpus.sh DIR
set -euo pipefail
out=$1
rm -rf "$out"; mkdir -p "$out/fat" "$out/partitions"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export MTOOLS_SKIP_CHECK=1
cut() { python3 - "$1" "$2" <<'PY'
import sys
b = open(sys.argv[1], 'rb').read().rstrip(b'\0')
open(sys.argv[2], 'wb').write(b)
PY
}
echo '{"hostname":"seed"}' > "$work/c.json"
for spec in "12 512 400" "12 4096 1024" "16 512 4200" "16 4096 20000" "32 512 34000"; do
  set -- $spec
  img=$work/fat$1-$2.img
  mkfs.fat -I -F "$1" -S "$2" -s 1 -C "$img" "$3" -n resin-boot >/dev/null 2>&1 || continue
  { mmd -i "$img" ::/system-connections &&
    mcopy -i "$img" "$work/c.json" ::/config.json &&
    mcopy -i "$img" "$work/c.json" "::/system-connections/A Long Name.nmconnection"; } \
    >/dev/null 2>&1 || continue
  cut "$img" "$out/fat/fat$1-$2"
done
img=$work/mbr.img
truncate -s 4M "$img"
sfdisk --quiet "$img" <<T
label: dos
start=64, size=1024, type=e, bootable
start=1088, size=512, type=83
start=1600, size=512, type=83
start=2112, type=5
start=2176, size=512, type=83
start=2752, type=83
T
mkfs.fat -F 12 -n resin-boot --offset 64 "$img" 512 >/dev/null 2>&1
cut "$img" "$out/partitions/mbr-logical"
img=$work/gpt.img
truncate -s 4M "$img"
sfdisk --quiet "$img" <<T
label: gpt
start=2048, size=2048, type=EBD0A0A2-B9E5-4433-87C0-68B6B72699C7, name=resin-boot
size=1024, type=0FC63DAF-8483-4772-8E47-7D3DE4734709, name=resin-rootA
T
mkfs.fat -F 12 --offset 2048 "$img" 1024 >/dev/null 2>&1
# The backup GPT sits at the end: keep the image whole but cut to what the harness pads.
cut "$img" "$out/partitions/gpt"
python3 - "$out" <<'PY'
import os, random, sys
out = sys.argv[1]
rng = random.Random(7)
for kind in ("fat", "partitions"):
    d = os.path.join(out, kind)
    for name in sorted(os.listdir(d)):
        data = open(os.path.join(d, name), 'rb').read()
        for k in range(6):
            b = bytearray(data)
            for _ in range(4):
                i = rng.randrange(min(len(b), 8192))
                b[i] = rng.randrange(256)
            open(os.path.join(d, f"{name}-damaged{k}"), 'wb').write(bytes(b))
PY
ls "$out/fat" "$out/partitions" | wc -l
