#!/usr/bin/env bash
# Runs a Windows program of the build under Wine: CMake's CMAKE_CROSSCOMPILING_EMULATOR for the
# `windows` preset, so ctest runs the .exe tests through it. The Wine prefix lives outside the
# checkout (made once, under a lock); Qt's and the compiler's DLLs come from WINEPATH.
#
#   wine-run.sh PROGRAM.exe [ARGS...]
#
# A QtTest program writes its log to a file (under Wine it prints nothing into a pipe), and the
# log is shown after it ends; the exit status is the program's.
set -euo pipefail

program=$1
shift
export WINEPREFIX=${WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/imprint-wine-prefix}
export WINEDEBUG=${WINEDEBUG:--all}
wine=$(command -v wine64 || echo /usr/lib/wine/wine64)
[ -x "$wine" ] || { echo "wine-run.sh: wine64 is not installed (apt-get install wine64)" >&2; exit 1; }

if [ ! -f "$WINEPREFIX/.imprint-ready" ]; then
    mkdir -p "$(dirname "$WINEPREFIX")"
    (
        flock 9
        if [ ! -f "$WINEPREFIX/.imprint-ready" ]; then
            wineboot -i >/dev/null 2>&1 || true
            wineserver -w || true
            touch "$WINEPREFIX/.imprint-ready"
        fi
    ) 9>"$WINEPREFIX.lock"
fi

qt=${IMPRINT_WINDOWS_DEPS:?IMPRINT_WINDOWS_DEPS is the prefix packaging/windows/deps.sh printed}/qt
# The compiler's runtime DLLs: the -posix ones, never the -win32 ones.
WINEPATH="$(winepath -w "$qt/bin");$(winepath -w /usr/lib/gcc/x86_64-w64-mingw32/12-posix)"
export WINEPATH="$WINEPATH;$(winepath -w /usr/x86_64-w64-mingw32/lib)"
# Wine hands QT_* variables to programs only when spelled WINEQT_*.
export WINEQT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export WINEQT_QPA_FONTDIR=${QT_QPA_FONTDIR:-/usr/share/fonts/truetype/liberation}
WINEQT_PLUGIN_PATH="$(winepath -w "$qt/plugins")"
export WINEQT_PLUGIN_PATH

case "$(basename "$program")" in
tst_*)
    log=$(mktemp "${TMPDIR:-/tmp}/imprint-wine-XXXXXX.txt")
    trap 'rm -f "$log"' EXIT
    status=0
    "$wine" "$program" -o "$(winepath -w "$log")",txt "$@" || status=$?
    cat "$log"
    if [ "$status" -eq 0 ] && ! grep -q '^Totals: .* 0 failed' "$log"; then
        echo "wine-run.sh: $(basename "$program") exited 0 but its log has no passing totals" >&2
        status=1
    fi
    exit "$status"
    ;;
*)
    exec "$wine" "$program" "$@"
    ;;
esac
