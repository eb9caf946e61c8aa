#!/usr/bin/env bash
# The installer under Wine, in a Wine prefix of its own: a silent install (/S) into its default
# folder (C:\Program Files\Imprint: a space in the path), the installed imprint.exe runs from there alone (no build folder on
# WINEPATH) and reads the demo image, the file types and the "Apps & features" entry are
# registered; then a silent uninstall removes all of it and nothing else (a file the user put in
# the folder stays).
# The portable zip first: unpacked anywhere, its imprint.exe runs on its own too.
#   tests/windows/installer.sh SETUP.exe DEMO_IMAGE   (the zip is found beside SETUP.exe)
set -euo pipefail
setup=$(realpath "${1:?usage: $0 SETUP.exe DEMO_IMAGE}")
demo=$(realpath "${2:?usage: $0 SETUP.exe DEMO_IMAGE}")
[ -f "$setup" ] || { echo "installer.sh: $setup is missing: run packaging/windows/package.sh" >&2; exit 1; }
[ -f "$demo" ] || { echo "installer.sh: $demo is missing: build Linux first" >&2; exit 1; }
wine=$(command -v wine64 || echo /usr/lib/wine/wine64)
export WINEPREFIX
WINEPREFIX=$(mktemp -d)/prefix
export WINEDEBUG=-all WINEPATH='' WINEDLLOVERRIDES="mscoree,mshtml="
cleanup() { wineserver -k 2>/dev/null || true; rm -rf "$(dirname "$WINEPREFIX")"; }
trap cleanup EXIT
fail() { echo "installer.sh: $*" >&2; exit 1; }
wineboot -i >/dev/null 2>&1 || true
wineserver -w

zip=$(find "$(dirname "$setup")" -maxdepth 1 -name 'imprint-*-windows-x64.zip' | head -1)
[ -n "$zip" ] || fail "no portable zip beside $setup"
mkdir -p "$WINEPREFIX/drive_c/portable"
(cd "$WINEPREFIX/drive_c/portable" && unzip -q "$zip")
portable=$("$wine" 'C:\portable\Imprint\imprint.exe' --version | tr -d '\r')
[[ "$portable" == "imprint "* ]] || fail "the portable imprint.exe printed '$portable'"
echo "the portable zip runs where it is unpacked: $portable"

folder="$WINEPREFIX/drive_c/Program Files/Imprint"
"$wine" "$setup" /S
wineserver -w
for f in imprint.exe imprint-qt.exe imprint-lite.exe imprint-gui.exe uninstall.exe \
    Qt6Core.dll platforms/qwindows.dll tls/qschannelbackend.dll; do
    [ -f "$folder/$f" ] || fail "not installed: $f"
done
echo "installed: $(find "$folder" -type f | wc -l) files, $(du -sb "$folder" | cut -f1) bytes"

version=$("$wine" "$folder/imprint.exe" --version | tr -d '\r')
[[ "$version" == "imprint "* ]] || fail "imprint.exe --version printed '$version'"
echo "runs from the install folder: $version"
boot=$("$wine" "$folder/imprint.exe" inspect "$demo" --json | grep -o '"label":"resin-boot"' | head -1)
[ -n "$boot" ] || fail "the installed imprint.exe did not read the demo image"
echo "the installed imprint.exe reads the demo image"

query() { "$wine" reg query "$1" ${2:+/v "$2"} 2>/dev/null | tr -d '\r'; }
query 'HKLM\Software\Classes\.img' | grep -q 'Imprint.DiskImage' || fail ".img is not Imprint's"
query 'HKLM\Software\Classes\.xz\OpenWithProgids' | grep -q 'Imprint.DiskImage' ||
    fail ".xz does not offer Imprint"
query 'HKLM\Software\Classes\Imprint.DiskImage\shell\open\command' | grep -q 'imprint-gui.exe' ||
    fail "no open command"
query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Imprint' DisplayVersion |
    grep -q "${version#imprint }" || fail "no Apps & features entry"
[ -f "$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Imprint.lnk" ] ||
    fail "no Start-menu entry"
echo "registered: .img, Open with for .xz/.zst/.gz, Apps & features, Start menu"

echo "mine" >"$folder/notes.txt"
"$wine" "$folder/uninstall.exe" /S
wineserver -w
sleep 1
wineserver -w
[ -f "$folder/notes.txt" ] || fail "the uninstaller removed a file it did not install"
left=$(find "$folder" -type f ! -name notes.txt)
[ -z "$left" ] || fail "left behind: $left"
query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Imprint' | grep -q . &&
    fail "the Apps & features entry is still there"
query 'HKLM\Software\Classes\Imprint.DiskImage' | grep -q . && fail "the file type is still there"
query 'HKLM\Software\Classes\.img' | grep -q 'Imprint.DiskImage' && fail ".img still opens Imprint"
[ -f "$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Imprint.lnk" ] &&
    fail "the Start-menu entry is still there"
echo "uninstalled: every installed file, key and entry gone; the user's notes.txt kept"
