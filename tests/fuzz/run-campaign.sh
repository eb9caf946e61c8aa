#!/bin/bash
# A fuzzing campaign over every harness: builds the libFuzzer executables in a clang build of
# its own (ASan + UBSan, every library instrumented for coverage), runs each harness for MINUTES
# (each, one after the other; JOBS=2 runs two at a time), and prints per harness the executions,
# libFuzzer's coverage (cov: edges, ft: features), the grown corpus and the findings
# (crash-*, timeout-* (> 1 s for one input), leak-*, oom-* files).
# usage: run-campaign.sh MINUTES [HARNESS...]   (default: every harness)
# env: BUILD (default <source>/build-fuzz), JOBS (default 1), CAMPAIGN (default $BUILD/campaign)
set -euo pipefail
minutes=${1:?usage: run-campaign.sh MINUTES [HARNESS...]}; shift
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build=${BUILD:-$source_dir/build-fuzz}
campaign=${CAMPAIGN:-$build/campaign}
jobs=${JOBS:-1}
all=(fatvolume partitions config keyfile sshkey udevrules profile version png bmap lsblk zip source
  manifest)
harnesses=("${@:-${all[@]}}")
seconds=$(awk -v m="$minutes" 'BEGIN { s = int(m * 60); print (s < 1 ? 1 : s) }')

if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" \
    -DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link -DCMAKE_C_FLAGS=-fsanitize=fuzzer-no-link \
    -DIMPRINT_SANITIZE=ON -DIMPRINT_WERROR=ON -DIMPRINT_BUILD_GUI=OFF >/dev/null
fi
nice -n 10 cmake --build "$build" -j2 --target "${harnesses[@]/#/fuzz_}" >/dev/null

# The disk harnesses' seeds are made by the real tools; the others' are kept in corpus/.
seeds_of() {
  case $1 in
    fatvolume) echo "$campaign/disk-seeds/fat" ;;
    partitions) echo "$campaign/disk-seeds/partitions" ;;
    *) echo "$here/corpus/$1" ;;
  esac
}
mkdir -p "$campaign"
[ -d "$campaign/disk-seeds/fat" ] || bash "$here/make-corpus.sh" "$campaign/disk-seeds" >/dev/null

run_one() {
  local name=$1 dir=$campaign/$1
  # Findings are the last run's: keep one as corpus/<name>/regression-* once it is fixed.
  rm -rf "$dir/findings"
  mkdir -p "$dir/corpus" "$dir/findings"
  # The grown corpus first (libFuzzer adds to the first directory), the kept seeds second.
  nice -n 10 "$build/tests/fuzz/fuzz_$name" "$dir/corpus" "$(seeds_of "$name")" \
    -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$dir/findings/" >"$dir/log" 2>&1 || true
}
export -f run_one seeds_of
export campaign build seconds here
printf '%s\n' "${harnesses[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one {}'

printf '%-11s %8s %10s %7s %7s %7s %9s  %s\n' harness seconds executions cov ft corpus findings kinds
for name in "${harnesses[@]}"; do
  dir=$campaign/$name
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$dir/log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$dir/log" | tail -1 | cut -d' ' -f2)
  corpus=$(find "$dir/corpus" -type f | wc -l)
  findings=$(find "$dir/findings" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'leak-*' \
    -o -name 'oom-*' -o -name 'slow-unit-*' \) | wc -l)
  kinds=$(find "$dir/findings" -type f -printf '%f\n' | sed 's/-.*//' | sort | uniq -c |
    awk '{ printf "%s%s x%s", sep, $2, $1; sep = ", " }')
  printf '%-11s %8s %10s %7s %7s %7s %9s  %s\n' "$name" "$seconds" "${execs:-?}" "${cov:-?}" \
    "${ft:-?}" "$corpus" "$findings" "${kinds:--}"
done
echo "logs, grown corpora and findings: $campaign/<harness>/{log,corpus,findings}"
