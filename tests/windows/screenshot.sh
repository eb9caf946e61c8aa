#!/usr/bin/env bash
# imprint-gui.exe under Wine with Qt's `windows` platform plugin (real Win32 windows, drawn by
# Wine on an Xvfb screen), on the demo image, saved as docs/screenshots/imprint-en-windows.png.
# A Wine prefix of its own (a desktop started without a display would leave Wine window-less),
# with Liberation Sans standing in for Windows' UI fonts. Needs xvfb-run and ImageMagick's import.
#   tests/windows/screenshot.sh WINDOWS_BUILD DEMO_IMAGE [OUT.png]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(realpath "${1:?usage: $0 WINDOWS_BUILD DEMO_IMAGE [OUT.png]}")
demo=$(realpath "${2:?usage: $0 WINDOWS_BUILD DEMO_IMAGE [OUT.png]}")
out=$(realpath -m "${3:-$here/../../docs/screenshots/imprint-en-windows.png}")
export WINEPREFIX
WINEPREFIX=$(mktemp -d)/prefix
trap 'WINEPREFIX=$WINEPREFIX wineserver -k 2>/dev/null || true; rm -rf "$(dirname "$WINEPREFIX")"' EXIT

xvfb-run -a -n $((200 + RANDOM % 500)) -s "-screen 0 1280x800x24" bash -c '
    set -e
    wineboot -i >/dev/null 2>&1 || true
    for font in Tahoma "MS Shell Dlg" "MS Shell Dlg 2" "Segoe UI"; do
        wine64 reg add "HKCU\\Software\\Wine\\Fonts\\Replacements" /v "$font" /d "Liberation Sans" /f \
            >/dev/null 2>&1 || /usr/lib/wine/wine64 reg add "HKCU\\Software\\Wine\\Fonts\\Replacements" \
            /v "$font" /d "Liberation Sans" /f >/dev/null
    done
    wineserver -w
    QT_QPA_PLATFORM=windows IMPRINT_LANG=en "$1" "$2/bin/imprint-gui.exe"\
        --step image "$3" >"$WINEPREFIX/../gui.log" 2>&1 &
    pid=$!
    sleep "${IMPRINT_SCREENSHOT_WAIT:-40}"
    import -window root "$4"
    kill $pid || { echo "imprint-gui.exe ended before the screenshot:"; cat "$WINEPREFIX/../gui.log"; exit 1; }' _ "$here/../../packaging/windows/wine-run.sh" "$build" "$demo" "$out"
echo "$out"
