#!/bin/bash
# Benchmark: imprint flash against dd, bmaptool, xz|dd and zstd|dd, in one run, on a 1.5 GiB
# balenaOS-shaped image with 230 MB of data (the layer's assembler, --filler-mb 230), to image
# files on this machine's disk. Medians of 5 (wall seconds), ratios, peak memory of imprint.
# usage: bash tests/bench/flash.sh [BUILD_DIR]   (default: build)   RUNS=5 by default;
#        ONLY=raw measures just the raw cases (no .xz/.zst made), for a quick look.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-build}
imprint=$(cd "$build" && pwd)/bin/imprint
[ -x "$imprint" ] || { echo "no $imprint: build first" >&2; exit 1; }
runs=${RUNS:-5}
# On the build directory's disk, not a tmpfs: the targets are real files.
work=$(mktemp -d "$(cd "$build" && pwd)/flash-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
img=$work/bench.img
# shellcheck source=tests/bench/benchimage.sh
. "$here/benchimage.sh"
bench_image "$work"
# Four different device profiles for the fan-out case.
for i in 0 1 2 3; do
  printf '{"hostname": "bench-%s", "persistentLogging": true, "country": "SE"}\n' "$i" > "$work/p$i.json"
done
echo "image: $(du -h --apparent-size "$img" | cut -f1) apparent, $(du -h "$img" | cut -f1) allocated" >&2
only=${ONLY:-all}
if [ "$only" != raw ]; then
  xz -T2 -k -c "$img" > "$img.xz"         # multi-threaded: 24 MiB blocks
  zstd -q -T2 -c "$img" > "$img.zst"
  echo "xz blocks: $(xz --robot -l "$img.xz" | awk '$1=="totals"{print $3}')" >&2
fi

# The same image under a name with no .bmap beside it: imprint works the map out itself.
ln -s "$img" "$work/nobmap.img"
out=$work/out.img
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { # seconds of one run of "$@", target removed first
  rm -f "$out" "$out".[0-9]
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || { echo "FAILED: $*" >&2; exit 1; }
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc
}
declare -A result
measure() { # name command...
  local name=$1; shift
  local all=""
  for _ in $(seq "$runs"); do all+="$(seconds "$@")"$'\n'; done
  result[$name]=$(printf '%s' "$all" | median)
  printf '%-34s %6.2f s\n' "$name" "${result[$name]}" >&2
}
peak() { # peak RSS in MiB of one run
  rm -f "$out" "$out".[0-9]
  /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident/ {printf "%.1f", $2/1024}'
}

measure "dd oflag=direct (raw)"        dd if="$img" of="$out" bs=4M oflag=direct conv=fsync
measure "imprint raw, no bmap"         "$imprint" flash "$img" --no-bmap --to "$out" --yes
measure "bmaptool copy (raw)"          bmaptool -q copy --bmap "$img.bmap" "$img" "$out"
measure "imprint raw + bmap"           "$imprint" flash "$img" --to "$out" --yes
measure "imprint raw, computed map"    "$imprint" flash "$work/nobmap.img" --to "$out" --yes
[ "$only" = raw ] || {
measure "bmaptool copy (.xz)"          bmaptool -q copy --bmap "$img.bmap" "$img.xz" "$out"
measure "xz -dc -T2 | dd"              sh -c "xz -dc -T2 '$img.xz' | dd of='$out' bs=4M iflag=fullblock oflag=direct conv=fsync"
measure "imprint .xz + bmap"           "$imprint" flash "$img.xz" --to "$out" --yes
measure "zstd -dc | dd"                sh -c "zstd -dc '$img.zst' | dd of='$out' bs=4M iflag=fullblock oflag=direct conv=fsync"
measure "imprint .zst + bmap"          "$imprint" flash "$img.zst" --to "$out" --yes
measure "imprint .xz, 1 profile"       "$imprint" flash "$img.xz" --to "$out" --target-profile "$work/p0.json" --yes
measure "imprint .xz to 4 files"       "$imprint" flash "$img.xz" --to "$out" --target-profile "$work/p0.json" \
  --to "$out.1" --target-profile "$work/p1.json" --to "$out.2" --target-profile "$work/p2.json" \
  --to "$out.3" --target-profile "$work/p3.json" --yes
}

ratio() { echo "scale=2; ${result[$1]} / ${result[$2]}" | bc; }
echo
echo "ratios (imprint / other; below 1 is faster), medians of $runs:"
echo "  raw, verify on   / dd oflag=direct (no verify):  $(ratio 'imprint raw, no bmap' 'dd oflag=direct (raw)')   (target < 1)"
echo "  raw+bmap, verify / bmaptool copy:                $(ratio 'imprint raw + bmap' 'bmaptool copy (raw)')   (target <= 0.8)"
echo "  raw, computed map / bmaptool copy (with .bmap):  $(ratio 'imprint raw, computed map' 'bmaptool copy (raw)')   (no target; for information)"
if [ "$only" = raw ]; then
  echo "peak memory (MiB): raw+bmap: $(peak "$imprint" flash "$img" --to "$out" --yes)"
  exit 0
fi
echo "  .xz, verify      / bmaptool copy of the .xz:     $(ratio 'imprint .xz + bmap' 'bmaptool copy (.xz)')   (target <= 0.7)"
echo "  .xz, verify      / xz -dc -T2 | dd:              $(ratio 'imprint .xz + bmap' 'xz -dc -T2 | dd')   (target <= 0.7)"
echo "  .zst, verify     / zstd -dc | dd:                $(ratio 'imprint .zst + bmap' 'zstd -dc | dd')   (target < 1)"
echo "  4 targets, 4 profiles / 1 target, 1 profile:   $(ratio 'imprint .xz to 4 files' 'imprint .xz, 1 profile')   (target <= 1.5)"
echo "peak memory (MiB, /usr/bin/time -v; target < 160):"
echo "  raw no bmap: $(peak "$imprint" flash "$img" --no-bmap --to "$out" --yes)" \
     "  raw+bmap: $(peak "$imprint" flash "$img" --to "$out" --yes)" \
     "  .xz: $(peak "$imprint" flash "$img.xz" --to "$out" --yes)" \
     "  .zst: $(peak "$imprint" flash "$img.zst" --to "$out" --yes)" \
     "  .xz to 4: $(peak "$imprint" flash "$img.xz" --to "$out" --target-profile "$work/p0.json" \
        --to "$out.1" --target-profile "$work/p1.json" --to "$out.2" --target-profile "$work/p2.json" \
        --to "$out.3" --target-profile "$work/p3.json" --yes)"
