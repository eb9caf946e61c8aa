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

# The wineserver, started here away from our stdout and stderr when none runs yet: one that a Wine
# program starts itself inherits them, and ctest then waits for it (until every test running
# meanwhile has ended) before it sees this test end. Debian's wrapper makes it end as soon as its
# last program has. For the same reason no Wine program runs below but the one asked for (paths
# are turned into Windows ones here: Z: is the host's /), and a test's output goes to a file.
wineserver </dev/null >/dev/null 2>&1 || true
windows_path() {
    local p
    p=$(readlink -f "$1")
    printf 'Z:%s' "${p//\//\\}"
}

qt=${IMPRINT_WINDOWS_DEPS:?IMPRINT_WINDOWS_DEPS is the prefix packaging/windows/deps.sh printed}/qt
# The compiler's runtime DLLs: the -posix ones, never the -win32 ones.
WINEPATH="$(windows_path "$qt/bin");$(windows_path /usr/lib/gcc/x86_64-w64-mingw32/12-posix)"
WINEPATH="$WINEPATH;$(windows_path /usr/x86_64-w64-mingw32/lib)"
export WINEPATH
# Wine hands QT_* variables to programs only when spelled WINEQT_*.
export WINEQT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export WINEQT_QPA_FONTDIR=${QT_QPA_FONTDIR:-/usr/share/fonts/truetype/liberation}
WINEQT_PLUGIN_PATH="$(windows_path "$qt/plugins")"
export WINEQT_PLUGIN_PATH

# The host-tool bridge the tests run real Linux tools through (tests/support/hosttools.py, which
# ctest starts): its port and token, as variables Wine hands over unchanged.
if [ -n "${IMPRINT_HOSTTOOLS_STATE:-}" ] && [ -f "$IMPRINT_HOSTTOOLS_STATE" ]; then
    read -r _ IMPRINT_HOSTTOOLS_PORT IMPRINT_HOSTTOOLS_TOKEN <"$IMPRINT_HOSTTOOLS_STATE"
    export IMPRINT_HOSTTOOLS_PORT IMPRINT_HOSTTOOLS_TOKEN
fi

case "$(basename "$program")" in
tst_*)
    log=$(mktemp "${TMPDIR:-/tmp}/imprint-wine-XXXXXX.txt")
    out=$(mktemp "${TMPDIR:-/tmp}/imprint-wine-XXXXXX.out")
    trap 'rm -f "$log" "$out"' EXIT
    status=0
    "$wine" "$program" -o "$(windows_path "$log")",txt "$@" </dev/null >"$out" 2>&1 || status=$?
    cat "$out" "$log"
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
