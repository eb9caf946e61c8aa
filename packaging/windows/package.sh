#!/usr/bin/env bash
# The Windows packages from the `windows` build: the installed tree with the DLLs and Qt plugins
# it loads, then a portable .zip and the NSIS installer (packaging/windows/imprint.nsi). Prints
# each package's size.
#
#   bash packaging/windows/package.sh [BUILD_DIR [OUT_DIR]]   # defaults: build-windows, build-windows/packages
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(realpath "${1:-$root/build-windows}")
out=$(realpath -m "${2:-$build/packages}")
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
host=x86_64-w64-mingw32
deps=${IMPRINT_WINDOWS_DEPS:-$(bash "$root/packaging/windows/deps.sh")}
for tool in $host-objdump makensis zip; do
    command -v "$tool" >/dev/null || { echo "package.sh: $tool is missing" >&2; exit 1; }
done
[ -f "$build/bin/imprint.exe" ] || { echo "package.sh: build $build first (packaging/windows/build.sh build)" >&2; exit 1; }
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")

stage="$out/stage/Imprint"
rm -rf "$out/stage"
mkdir -p "$stage"
say "Installing the programs into $stage"
cmake --install "$build" --prefix "$out/stage/prefix" >/dev/null
cp "$out/stage/prefix/bin/"*.exe "$stage/"
[ -d "$out/stage/prefix/share/imprint" ] && cp -r "$out/stage/prefix/share/imprint" "$stage/share"
cp "$root/resources/icons/imprint.ico" "$stage/"
rm -rf "$out/stage/prefix"

# The Qt plugins the programs load: the window system, the native style, TLS through Windows'
# own Schannel (downloads over HTTPS), and .ico images.
for plugin in platforms/qwindows styles/qwindowsvistastyle tls/qschannelbackend \
    tls/qcertonlybackend imageformats/qico; do
    mkdir -p "$stage/$(dirname "$plugin")"
    cp "$deps/qt/plugins/$plugin.dll" "$stage/$plugin.dll"
done

# Every DLL a staged program or plugin imports, found in Qt's, the compiler's and the
# cross-build's folders (Windows' own DLLs are not there and stay out), and theirs in turn.
search=("$deps/qt/bin" "$deps/bin" "/usr/lib/gcc/$host/12-posix" "/usr/$host/lib")
imports() { $host-objdump -p "$1" | sed -n 's/^\s*DLL Name: //p'; }
queue=("$stage"/*.exe "$stage"/*/*.dll)
while [ ${#queue[@]} -gt 0 ]; do
    file=${queue[0]}
    queue=("${queue[@]:1}")
    for dll in $(imports "$file"); do
        [ -f "$stage/$dll" ] && continue
        for dir in "${search[@]}"; do
            if [ -f "$dir/$dll" ]; then
                cp "$dir/$dll" "$stage/"
                queue+=("$stage/$dll")
                break
            fi
        done
    done
done
$host-strip --strip-unneeded "$stage"/*.exe "$stage"/*.dll "$stage"/*/*.dll

say "Portable zip"
zipfile="$out/imprint-$version-windows-x64.zip"
rm -f "$zipfile"
(cd "$out/stage" && zip -qr9 "$zipfile" Imprint)

say "Installer"
files="$out/stage/files.nsh"
(
    cd "$stage"
    find . -type f -printf '%P\n' | sort | sed 's|/|\\|g; s|.*|  Delete "$INSTDIR\\&"|'
    find . -mindepth 1 -type d -printf '%P\n' | sort -r | sed 's|/|\\|g; s|.*|  RMDir "$INSTDIR\\&"|'
) >"$files"
setup="$out/imprint-setup-$version.exe"
makensis -V2 -DVERSION="$version" -DSTAGE="$stage" -DSTAGE_FILES="$files" -DOUTFILE="$setup" \
    "$root/packaging/windows/imprint.nsi" >&2

size() { printf '%s: %s bytes (%s MiB)\n' "$1" "$(stat -c %s "$1")" \
    "$(awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }')"; }
size "$zipfile"
size "$setup"
echo "installed tree: $(du -sb "$stage" | cut -f1) bytes in $(find "$stage" -type f | wc -l) files"
