#!/bin/bash
# What this machine's disk allows a verified write, measured with dd beside bmaptool and
# imprint in one run (medians of RUNS, default 5): the data of the flash.sh image (230 MB of
# random bytes) written through the page cache and synced (what bmaptool does), then read back
# with O_DIRECT (what verification must do). Their sum is the least time any verified flash of
# that data can take here; divided by bmaptool's time it is the best ratio within reach.
# Four files are written and read side by side for the fan-out floor.
# usage: bash tests/bench/disk-floor.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-build}
imprint=$(cd "$build" && pwd)/bin/imprint
[ -x "$imprint" ] || { echo "no $imprint: build first" >&2; exit 1; }
runs=${RUNS:-5}
work=$(mktemp -d "$(cd "$build" && pwd)/disk-floor.XXXXXX")
trap 'rm -rf "$work"' EXIT
img=$work/bench.img
# shellcheck source=tests/bench/benchimage.sh
. "$here/benchimage.sh"
bench_image "$work" # the same image as flash.sh
# The mapped data alone, in one file: what must reach the disk and come back.
data=$work/data.bin
python3 - "$img" "$img.bmap" "$data" <<'PY'
import sys, xml.etree.ElementTree as ET
img, bmap, out = sys.argv[1:]
t = ET.parse(bmap).getroot()
bs = int(t.find('BlockSize').text)
with open(img, 'rb') as i, open(out, 'wb') as o:
    for r in t.find('BlockMap').findall('Range'):
        a, _, b = r.text.strip().partition('-')
        a = int(a); b = int(b or a)
        i.seek(a * bs); o.write(i.read((b - a + 1) * bs))
PY
cat "$data" > /dev/null # in the page cache, as the image is for imprint and bmaptool
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now() { date +%s.%N; }
declare -A all
for _ in $(seq "$runs"); do
  for c in bmaptool imprint write read write4 read4; do
    rm -f "$work"/out*; sync
    t0=$(now)
    case $c in
      bmaptool) bmaptool -q copy --bmap "$img.bmap" "$img" "$work/out" ;;
      imprint) "$imprint" flash "$img" --to "$work/out" --yes >/dev/null 2>&1 ;;
      write) dd if="$data" of="$work/out" bs=4M conv=fsync status=none ;;
      read) dd if="$data" of="$work/out" bs=4M conv=fsync status=none; t0=$(now)
            dd if="$work/out" of=/dev/null bs=4M iflag=direct status=none ;;
      write4) for k in 0 1 2 3; do dd if="$data" of="$work/out$k" bs=4M conv=fsync status=none & done; wait ;;
      read4) for k in 0 1 2 3; do dd if="$data" of="$work/out$k" bs=4M conv=fsync status=none; done; t0=$(now)
             for k in 0 1 2 3; do dd if="$work/out$k" of=/dev/null bs=4M iflag=direct status=none & done; wait ;;
    esac
    all[$c]+="$(echo "$(now) - $t0" | bc)"$'\n'
  done
done
declare -A m
declare -A names=([bmaptool]="bmaptool copy (raw + .bmap)" [imprint]="imprint flash (raw + .bmap, verify)"
  [write]="page-cache write + fsync (dd conv=fsync)" [read]="O_DIRECT read back (dd iflag=direct)"
  [write4]="4 files: page-cache write + fsync, side by side"
  [read4]="4 files: O_DIRECT read back, side by side")
for c in bmaptool imprint write read write4 read4; do
  m[$c]=$(printf '%s' "${all[$c]}" | median)
  printf '%-50s %6.2f s\n' "${names[$c]}" "${m[$c]}"
done
r() { printf "%.2f" "$(echo "scale=4; $1" | bc)"; }
echo
echo "medians of $runs, $(du -m --apparent-size "$data" | cut -f1) MiB of data:"
echo "  one verified flash needs at least write + read = $(r "${m[write]} + ${m[read]}") s;" \
     "bmaptool (no read-back) $(r "${m[bmaptool]}") s -> best ratio within reach $(r "(${m[write]} + ${m[read]}) / ${m[bmaptool]}") (target 0.8)"
echo "  imprint / bmaptool: $(r "${m[imprint]} / ${m[bmaptool]}");  imprint / floor: $(r "${m[imprint]} / (${m[write]} + ${m[read]})")"
echo "  four verified image files need at least $(r "${m[write4]} + ${m[read4]}") s of disk time" \
     "(one: $(r "${m[write]} + ${m[read]}") s): $(r "(${m[write4]} + ${m[read4]}) / (${m[write]} + ${m[read]})")x"
