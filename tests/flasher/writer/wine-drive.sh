#!/usr/bin/env bash
# Runs tst_writer_wine_drive.exe under Wine with \\.\PhysicalDrive1 mapped to an image file of
# the test's own: a Wine prefix of its own in the build tree (booted once), and in it the link
# dosdevices/physicaldrive1 -> SCRATCH/card.img, made before the run and removed after it,
# whatever happens. Nothing else is linked: no test reaches a real device.
#
#   wine-drive.sh WINE_RUN TEST_EXE SCRATCH
set -euo pipefail
wine_run=$1
test_exe=$2
scratch=$3
mkdir -p "$scratch"
export WINEPREFIX=$scratch/wine-prefix
export WINEDEBUG=${WINEDEBUG:--all}
# Wine started away from our stdout and stderr: a wineserver holding them makes ctest wait for it
# (wine-run.sh starts the test's own so).
if [ ! -f "$WINEPREFIX/.imprint-ready" ]; then
    wineboot -i </dev/null >/dev/null 2>&1 || true
    wineserver -w </dev/null >/dev/null 2>&1 || true
    touch "$WINEPREFIX/.imprint-ready"
fi
card=$scratch/card.img
link=$WINEPREFIX/dosdevices/physicaldrive1
[ -d "$WINEPREFIX/dosdevices" ] || { echo "wine-drive.sh: no dosdevices in $WINEPREFIX" >&2; exit 1; }
# 32 MiB of 'Z': what the test expects to read through \\.\PhysicalDrive1, and to find unchanged.
head -c $((32 << 20)) /dev/zero | tr '\0' 'Z' >"$card"
trap 'rm -f "$link" "$card"' EXIT
ln -sfn "$card" "$link"
export IMPRINT_WINE_CARD=$card
"$wine_run" "$test_exe"
