#!/bin/bash
# Benchmark: `imprint fs put` of a 2 KiB config.json into a 1.5 GiB balenaOS-shaped image
# (sparse; sfdisk + mkfs.fat + mkfs.ext4), whole process, median of 10 runs, beside the same
# edit done with mtools `mcopy -o` in the same run. Also prints the CPU time (user + system,
# mean) of each: on a loaded machine the wall time mostly measures waiting for a core.
# usage: bash tests/bench/fs-put.sh [BUILD_DIR] [RUNS]   (defaults: build, 10)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
runs=${2:-10}
imprint=$(cd "$build" && pwd)/bin/imprint
[ -x "$imprint" ] || { echo "no $imprint: build first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
img=$work/balena.img
bash "$here/fs-put-image.sh" "$img" 1536 16
offset=$(( $(sfdisk --json "$img" 2>/dev/null | python3 -c \
  'import json,sys; print(json.load(sys.stdin)["partitiontable"]["partitions"][0]["start"])') * 512 ))
python3 - "$work/config.json" <<'PY'
import json, sys
doc = {"applicationId": 1234567, "deviceType": "raspberrypi4-64", "hostname": "imprint-bench",
       "persistentLogging": False, "uuid": "0" * 62, "apiKey": "x" * 32,
       "listenPort": 48484, "vpnPort": 443, "apiEndpoint": "https://api.balena-cloud.com",
       "registryEndpoint": "registry2.balena-cloud.com", "deltaEndpoint": "https://delta.balena-cloud.com",
       "os": {"sshKeys": ["ssh-ed25519 " + "A" * 68 + " bench"] * 10}}
text = json.dumps(doc, indent=2)
text += " " * (2048 - len(text)) if len(text) < 2048 else ""
open(sys.argv[1], "w").write(text[:2048])
PY
export MTOOLS_SKIP_CHECK=1
"$imprint" fs put "$img" /config.json "$work/config.json"
cmp <("$imprint" fs cat "$img" /config.json) "$work/config.json"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
if command -v hyperfine >/dev/null; then
  hyperfine -N --runs "$runs" --warmup 2 --export-json "$work/h.json" \
    -n imprint "$imprint fs put $img /config.json $work/config.json" \
    -n mcopy "mcopy -o -i $img@@$offset $work/config.json ::/config.json" >&2
  read -r a b ca cb < <(python3 -c '
import json,sys,statistics
r=json.load(open(sys.argv[1]))["results"]
print(*[statistics.median(x["times"])*1000 for x in r],
      *[(x["user"] + x["system"])*1000 for x in r])' "$work/h.json")
  printf 'CPU (user+system, mean): imprint %.2f ms, mcopy %.2f ms\n' "$ca" "$cb"
else
  run() { for _ in $(seq 10); do s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000 )); done | median; }
  a=$(echo "$(run "$imprint" fs put "$img" /config.json "$work/config.json") / 1000" | bc -l)
  b=$(echo "$(run mcopy -o -i "$img@@$offset" "$work/config.json" ::/config.json) / 1000" | bc -l)
fi
printf 'imprint fs put: median %.2f ms\nmcopy -o:       median %.2f ms\nratio imprint/mcopy: %.2f (target: < 20 ms and < 1)\n' \
  "$a" "$b" "$(echo "$a / $b" | bc -l)"
