#!/bin/bash
# Makes a balenaOS-shaped raw image with the real tools: MBR with boot (FAT16, resin-boot),
# rootA, rootB (ext4), and state + data as logical partitions 5 and 6 (ext4), all 4 MiB aligned.
# usage: fs-put-image.sh IMAGE [SIZE_MIB=1536] [FAT_BITS=16]
set -euo pipefail
img=$1
size=${2:-1536}
bits=${3:-16}
rm -f "$img"
truncate -s "${size}M" "$img"
mib=2048 # 512-byte sectors per MiB
boot=100; state=80
root=$(( (size - 4 - boot - state - 12) / 2 / 4 * 4 ))
p1=$((4 * mib)); p2=$((p1 + boot * mib)); p3=$((p2 + root * mib)); p4=$((p3 + root * mib))
sfdisk --quiet "$img" <<TABLE
label: dos
start=$p1, size=$((boot * mib)), type=e, bootable
start=$p2, size=$((root * mib)), type=83
start=$p3, size=$((root * mib)), type=83
start=$p4, type=5
start=$((p4 + 4 * mib)), size=$((state * mib)), type=83
start=$((p4 + 8 * mib + state * mib)), type=83
TABLE
part() { sfdisk --json 2>/dev/null "$img" | python3 -c "import json,sys; p=json.load(sys.stdin)['partitiontable']['partitions'][$1]; print(p['start'], p['size'])"; }
read -r s n < <(part 0)
mkfs.fat -F "$bits" -S 512 -n resin-boot --offset "$s" "$img" $((n / 2)) >/dev/null 2>&1
i=0
for label in resin-rootA resin-rootB - resin-state resin-data; do
  if [ "$label" != - ]; then
    read -r s n < <(part $((i + 1)))
    mkfs.ext4 -q -F -L "$label" -E offset=$((s * 512)) "$img" $((n / 2))k >/dev/null 2>&1
  fi
  i=$((i + 1))
done
