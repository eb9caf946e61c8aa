#!/bin/bash
# Cold start of imprint-gui to its first window shown (mapped and viewable on the X server),
# measured from outside with xwininfo under Xvfb; prints each run and the median of N (10).
#   tests/app/gui/startup.sh BUILD_DIR [N]
set -euo pipefail
gui=$(realpath "${1:?usage: $0 BUILD_DIR [N]}")/bin/imprint-gui
runs=${2:-10}
[ -x "$gui" ] || { echo "no $gui" >&2; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" GUI="$gui" RUNS="$runs"
xvfb-run -a -n $((200 + RANDOM % 500)) -s "-screen 0 1280x800x24 -noreset" bash -c '
    times=()
    for i in $(seq "$RUNS"); do
        start=$(date +%s%N)
        "$GUI" & pid=$!
        until xwininfo -name Imprint 2>/dev/null | grep -q IsViewable; do sleep 0.002; done
        end=$(date +%s%N)
        kill $pid; wait $pid 2>/dev/null || true
        ms=$(( (end - start) / 1000000 ))
        echo "run $i: $ms ms"
        times+=("$ms")
    done
    printf "%s\n" "${times[@]}" | sort -n | awk "{a[NR]=\$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; print \"median: \" m \" ms\"}"
'
