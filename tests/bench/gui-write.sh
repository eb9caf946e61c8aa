#!/bin/bash
# Benchmark: the desktop program's write step against `imprint flash` of the same, in one run,
# on the bench image (1.5 GiB, 230 MB of data, tests/bench/benchimage.sh) to image files on this
# machine's disk, verify on: 1 file with 1 profile, and 4 files with 4 profiles (each its own
# hostname). The window is the real one (offscreen), driven by tst_gui_write's benchWrite, timed
# from the click on Write to the end; imprint flash is timed as a whole process. Medians of RUNS
# (default 5), ratios GUI / CLI.
# usage: bash tests/bench/gui-write.sh [BUILD_DIR]   (default: build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck disable=SC2034 # root: read by benchimage.sh
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-build}" && pwd)
imprint=$build/bin/imprint
guitest=$build/tests/app/gui/tst_gui_write
if [ ! -x "$imprint" ] || [ ! -x "$guitest" ]; then
  echo "build imprint and tst_gui_write first" >&2
  exit 1
fi
runs=${RUNS:-5}
work=$(mktemp -d "$build/gui-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
# shellcheck source=tests/bench/benchimage.sh
. "$here/benchimage.sh"
bench_image "$work"
img=$work/bench.img
export IMPRINT_PROFILE_DIR=$work/profiles QT_QPA_PLATFORM=offscreen
mkdir -p "$IMPRINT_PROFILE_DIR" "$work/out"
for i in 0 1 2 3; do
  printf '{"hostname": "bench-%s"}\n' "$i" > "$IMPRINT_PROFILE_DIR/bench-$i.json"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

cli_ms() { # files
  local args=() i
  for i in $(seq 0 $(($1 - 1))); do
    rm -f "$work/out/bench-$i.img"
    args+=(--to "$work/out/bench-$i.img" --target-profile "bench-$i")
  done
  local t0 t1
  t0=$(date +%s%N)
  "$imprint" flash "$img" "${args[@]}" --yes >/dev/null 2>&1 || { echo "imprint flash failed" >&2; exit 1; }
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}
gui_ms() { # files
  IMPRINT_BENCH_IMAGE=$img IMPRINT_BENCH_FILES=$1 IMPRINT_BENCH_DIR=$work/out \
    "$guitest" benchWrite 2>/dev/null | awk '/^gui-write-ms/ {print $2}' | tail -1
}

for files in 1 4; do
  cli="" gui=""
  for _ in $(seq "$runs"); do # alternated, so drift on a noisy machine hits both alike
    cli+="$(cli_ms "$files")"$'\n'
    g=$(gui_ms "$files"); [ -n "$g" ] || { echo "the window's write failed" >&2; exit 1; }
    gui+="$g"$'\n'
  done
  c=$(printf '%s' "$cli" | median); g=$(printf '%s' "$gui" | median)
  printf '%d file(s), %d profile(s): imprint flash %s ms, GUI %s ms, GUI/CLI %s (medians of %d)\n' \
    "$files" "$files" "$c" "$g" "$(echo "scale=2; $g / $c" | bc)" "$runs"
done
