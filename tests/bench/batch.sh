#!/bin/bash
# Benchmark: imprint batch making 20 configured images from the demo image's .xz (--out) against
# 20 runs of `xz -dc > file` alone, in one run (each output deleted once timed), and imprint's
# peak memory (/usr/bin/time -v). Targets: under 0.5x the xz time, under 200 MiB.
# usage: bash tests/bench/batch.sh [BUILD_DIR]   (default: build)
#   COMPRESS=xz|zst   also compress each image (--compress), counted in imprint's time
#   IMPRINT=PATH      another imprint binary (e.g. an older build, to compare)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-build}" && pwd)
imprint=${IMPRINT:-$build/bin/imprint}
[ -x "$imprint" ] || { echo "no $imprint: build first" >&2; exit 1; }
"$root/meta-balena/scripts/build-demo-image" "$build/demo" >/dev/null
xzimg=$build/demo/balena-demo-qemux86-64.img.xz
# On the build directory's disk, not a tmpfs: the outputs are real files.
work=$(mktemp -d "$build/batch-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
n=20

{
  echo "hostname,wifi_ssid,wifi_psk,config.persistentLogging"
  for i in $(seq 1 $n); do echo "dev-{index:03},site-{index},pass-{row.hostname},true"; done
} > "$work/devices.csv"

now() { date +%s.%N; }
t0=$(now)
for i in $(seq 1 $n); do
  xz -dc "$xzimg" > "$work/plain.img"
  rm -f "$work/plain.img"
done
t1=$(now)
xz_s=$(echo "$t1 - $t0" | bc -l)

compress=()
ext=img
if [ -n "${COMPRESS:-}" ]; then compress=(--compress "$COMPRESS"); ext=img.$COMPRESS; fi
/usr/bin/time -v -o "$work/time.txt" "$imprint" batch "$work/devices.csv" --image "$xzimg" \
  --out "$work/out" "${compress[@]}" --json > "$work/report.json"
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$work/time.txt")
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
count=$(ls "$work/out"/*."$ext" | wc -l)
[ "$count" -eq $n ] || { echo "expected $n images, found $count" >&2; exit 1; }
plan_ms=$(python3 -c "
import json,sys
d=json.load(open('$work/report.json'))['devices']
p=sorted(x['seconds']['plan'] for x in d)
print('%.1f' % (1000*p[len(p)//2]))")
passes=$(python3 -c "import json; print(json.load(open('$work/report.json'))['decodingPasses'])")

echo "images: $n from $(basename "$xzimg") ($(du -h --apparent-size "$build/demo/balena-demo-qemux86-64.img" | cut -f1) each)"
printf '%-44s %8.2f s\n' "xz -dc > file, $n times" "$xz_s"
printf '%-44s %8.2f s\n' "imprint batch --out ($n images, verified${COMPRESS:+, .$COMPRESS})" "$wall"
printf '%-44s %8.2f   (target < 0.5)\n' "ratio imprint / xz" "$(echo "$wall / $xz_s" | bc -l)"
printf '%-44s %8.1f MiB (target < 200)\n' "imprint peak memory" "$(echo "$rss_kb / 1024" | bc -l)"
printf '%-44s %8s ms\n' "per-device plan time (median, in the batch)" "$plan_ms"
printf '%-44s %8s\n' "decoding passes of the head (all devices)" "$passes"
