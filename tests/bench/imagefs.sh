#!/bin/bash
# Issue 7's figure: whole-process time of one `imprint configure IMAGE --hostname NAME` beside
# node running the npm package balena-image-fs (what balena-cli edits images with) doing the
# same config.json edit, each on its own copy of the same 1.5 GiB balenaOS-shaped image.
# Before every timed run config.json is put back as it was (not timed), so every run really
# changes the host name. Medians of N runs (default 10) in one hyperfine run, and the mean CPU
# time (user + system) of each, which a loaded machine disturbs less; target: 20x.
# usage: bash tests/bench/imagefs.sh [BUILD_DIR] [N]
# Needs node and npm; balena-image-fs is installed into tests/bench/imagefs/node_modules here.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
runs=${2:-10}
imprint=$(cd "$build" && pwd)/bin/imprint
[ -x "$imprint" ] || { echo "no $imprint: build first" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "hyperfine is needed" >&2; exit 1; }
(cd "$here/imagefs" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export MTOOLS_SKIP_CHECK=1
bash "$here/fs-put-image.sh" "$work/base.img" 1536 16
offset=$(( $(sfdisk --json "$work/base.img" 2>/dev/null | python3 -c \
  'import json,sys; print(json.load(sys.stdin)["partitiontable"]["partitions"][0]["start"])') * 512 ))
python3 - "$work/config.json" <<'PY'
import json, sys
doc = {"applicationId": 1234567, "deviceType": "raspberrypi4-64", "hostname": "bench-old",
       "persistentLogging": False, "uuid": "0" * 62, "apiKey": "x" * 32, "listenPort": 48484,
       "vpnPort": 443, "apiEndpoint": "https://api.balena-cloud.com",
       "registryEndpoint": "registry2.balena-cloud.com",
       "deltaEndpoint": "https://delta.balena-cloud.com"}
open(sys.argv[1], "w").write(json.dumps(doc, indent=2) + "\n")
PY
printf 'ID=balena-os\nVERSION_ID="2.0.0"\n' > "$work/os-release"
mcopy -i "$work/base.img@@$offset" "$work/config.json" ::config.json
mcopy -i "$work/base.img@@$offset" "$work/os-release" ::os-release
cp --sparse=always "$work/base.img" "$work/imprint.img"
cp --sparse=always "$work/base.img" "$work/node.img"
reset() { echo "mcopy -o -i $work/$1.img@@$offset $work/config.json ::config.json"; }
hyperfine -N --runs "$runs" --warmup 1 --export-json "$work/h.json" \
  --prepare "$(reset imprint)" -n imprint \
  "$imprint configure $work/imprint.img --hostname bench-new --yes --backup $work/backup" \
  --prepare "$(reset node)" -n balena-image-fs \
  "node $here/imagefs/edit.js $work/node.img bench-new" >&2
# Both edits landed, judged by mtools.
for copy in imprint node; do
  mcopy -n -i "$work/$copy.img@@$offset" ::config.json - | grep -q '"hostname": "bench-new"' ||
    { echo "$copy: hostname not set" >&2; exit 1; }
done
python3 - "$work/h.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
r = {x["command"]: statistics.median(x["times"]) * 1000 for x in results}
cpu = {x["command"]: (x["user"] + x["system"]) * 1000 for x in results}
a, b = r["imprint"], r["balena-image-fs"]
print(f"imprint configure --hostname: median {a:.2f} ms (CPU {cpu['imprint']:.2f} ms)")
print(f"node + balena-image-fs:       median {b:.2f} ms (CPU {cpu['balena-image-fs']:.2f} ms)")
print(f"balena-image-fs / imprint: {b / a:.1f}x wall, "
      f"{cpu['balena-image-fs'] / cpu['imprint']:.1f}x CPU (target: 20x)")
PY
