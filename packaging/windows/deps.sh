#!/usr/bin/env bash
# Cross-builds the libraries Imprint's Windows build needs, from Debian 12's own source packages,
# into a cache outside the checkout, and prints the prefix on stdout (messages go to stderr):
#
#   prefix=$(bash packaging/windows/deps.sh)
#
# What it builds: Qt 6.4.2 (qtbase: Core, Gui, Widgets, Network, Concurrent, Test, the `windows`
# and `offscreen` platform plugins; Debian's host Qt tools as QT_HOST_PATH), liblzma (xz-utils),
# libzstd, libbz2 and libxxhash as static libraries. zlib is Debian's libz-mingw-w64-dev;
# nlohmann/json and valijson are header-only and copied from Debian's -dev packages.
#
# The cache is keyed by a hash of this recipe (this script and the mingw toolchain file): it is
# rebuilt only when the recipe changes. A finished build leaves `prefix/BUILT` (what was built,
# from which source versions, how long it took); an interrupted one is started over.
#
# Environment: IMPRINT_WINDOWS_CACHE (default ~/.cache/imprint-windows-deps), JOBS (default nproc).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache=${IMPRINT_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/imprint-windows-deps}
jobs=${JOBS:-$(nproc)}
host=x86_64-w64-mingw32
say() { printf '==> %s\n' "$*" >&2; }

key=$(cat "$here/deps.sh" "$here/mingw-toolchain.cmake" | sha256sum | cut -c1-16)
prefix="$cache/$key"
if [ -f "$prefix/BUILT" ]; then
    say "Windows libraries: cached in $prefix (recipe $key)"
    echo "$prefix"
    exit 0
fi

need() {
    local missing=()
    for tool in "$@"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
    if [ ${#missing[@]} -gt 0 ]; then
        say "Missing tools for the Windows build: ${missing[*]} (bash packaging/dev.sh setup installs them)"
        exit 1
    fi
}
need ${host}-gcc-posix ${host}-g++-posix ${host}-ar ${host}-ranlib cmake ninja make dpkg-source
[ -f /usr/${host}/lib/libz.a ] || { say "Missing libz-mingw-w64-dev"; exit 1; }
[ -x /usr/lib/qt6/libexec/moc ] || { say "Missing Debian's host Qt tools (qt6-base-dev-tools)"; exit 1; }

# Source packages need a deb-src line; add one beside Debian's own sources if none is there.
ensure_deb_src() {
    if apt-cache showsrc qt6-base 2>/dev/null | grep -q '^Version:'; then return 0; fi
    [ "$(id -u)" -eq 0 ] || { say "No deb-src entry: add one (see packaging/windows/README.md)"; exit 1; }
    say "Adding a deb-src entry for bookworm (/etc/apt/sources.list.d/imprint-deb-src.sources)"
    cat >/etc/apt/sources.list.d/imprint-deb-src.sources <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    apt-get update -qq
}

rm -rf "$prefix" "$cache/work-$key"
mkdir -p "$prefix/include" "$prefix/lib" "$cache/work-$key"
work="$cache/work-$key"
started=$(date +%s)
log="$work/build.log"
: >"$prefix/BUILT.partial"

fetch() { # fetch PACKAGE -> prints the folder apt-get source unpacked it into
    local pkg=$1 dir
    (cd "$work" && apt-get source -qq "$pkg" >>"$log" 2>&1)
    dir=$(find "$work" -maxdepth 1 -mindepth 1 -type d -name "$pkg-*" | head -1)
    [ -n "$dir" ] || { say "apt-get source $pkg gave no folder (log: $log)"; exit 1; }
    echo "$dir"
}
record() { # record NAME VERSION SECONDS
    printf '%-10s %-22s %4s s\n' "$1" "$2" "$3" >>"$prefix/BUILT.partial"
    say "built $1 $2 in $3 s"
}
version_of() { apt-cache showsrc "$1" | sed -n 's/^Version: //p' | head -1; }

cross_env=(CC=${host}-gcc-posix AR=${host}-ar RANLIB=${host}-ranlib)

build_xz() {
    local t=$SECONDS src
    src=$(fetch xz-utils)
    (cd "$src" && ./configure --host=$host --prefix="$prefix" --enable-static --disable-shared \
        --disable-xz --disable-xzdec --disable-lzmadec --disable-lzmainfo --disable-scripts \
        --disable-doc --disable-nls "${cross_env[@]}" >>"$log" 2>&1 &&
        make -j"$jobs" -C src/liblzma >>"$log" 2>&1 && make -C src/liblzma install >>"$log" 2>&1)
    record liblzma "$(version_of xz-utils)" $((SECONDS - t))
}

build_zstd() {
    local t=$SECONDS src
    src=$(fetch libzstd)
    (cd "$src/lib" && make -j"$jobs" libzstd.a "${cross_env[@]}" ZSTD_LEGACY_SUPPORT=0 >>"$log" 2>&1 &&
        cp libzstd.a "$prefix/lib/" && cp zstd.h zstd_errors.h zdict.h "$prefix/include/")
    record libzstd "$(version_of libzstd)" $((SECONDS - t))
}

# pkg-config files, so the build finds these libraries as on Linux (PKG_CONFIG_LIBDIR).
write_pc() { # write_pc NAME LIBRARY VERSION [CFLAGS]
    mkdir -p "$prefix/lib/pkgconfig"
    cat >"$prefix/lib/pkgconfig/$1.pc" <<PC
prefix=$prefix
libdir=\${prefix}/lib
includedir=\${prefix}/include
Name: $1
Description: $1 for Windows x86-64 (Imprint's cross build)
Version: $3
Libs: -L\${libdir} -l$2
Cflags: -I\${includedir} ${4:-}
PC
}

write_pkgconfig() {
    write_pc zlib z "$(dpkg-query -W -f='${Version}' libz-mingw-w64-dev | sed 's/[+-].*//')"
    write_pc liblzma lzma "$(version_of xz-utils | sed 's/-.*//')" -DLZMA_API_STATIC
    write_pc libzstd zstd "$(version_of libzstd | sed 's/[+-].*//')"
    write_pc libxxhash xxhash "$(version_of xxhash | sed 's/-.*//')"
}

# A library built by its own Makefile: make_library PACKAGE TARGET.a HEADER...
make_library() {
    local pkg=$1 archive=$2 t=$SECONDS src
    shift 2
    src=$(fetch "$pkg")
    (cd "$src" && make -j"$jobs" "$archive" "${cross_env[@]}" >>"$log" 2>&1 &&
        cp "$archive" "$prefix/lib/" && cp "$@" "$prefix/include/")
    record "${archive%.a}" "$(version_of "$pkg")" $((SECONDS - t))
}

copy_headers() {
    cp -r /usr/include/nlohmann /usr/include/valijson "$prefix/include/"
    mkdir -p "$prefix/share/cmake" && cp -r /usr/share/cmake/nlohmann_json "$prefix/share/cmake/"
    cp /usr/${host}/include/zlib.h /usr/${host}/include/zconf.h "$prefix/include/"
    cp /usr/${host}/lib/libz.a "$prefix/lib/"
    record headers "nlohmann,valijson,zlib" 0
}

# qtbase: two features must be set as below or the `windows` platform plugin does not compile
# (Debian's tarball drops wintab; 6.4.2's plugin needs OpenGL on). TLS uses Windows' Schannel.
build_qt() {
    local t=$SECONDS src
    src=$(fetch qt6-base)
    cmake -S "$src" -B "$work/qt-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$prefix/qt" \
        -DCMAKE_TOOLCHAIN_FILE="$here/mingw-toolchain.cmake" \
        -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DFEATURE_sql=OFF -DFEATURE_dbus=OFF \
        -DFEATURE_printsupport=OFF -DFEATURE_openssl=OFF -DFEATURE_tabletevent=OFF \
        >>"$log" 2>&1
    ninja -C "$work/qt-build" -j"$jobs" >>"$log" 2>&1
    cmake --install "$work/qt-build" >>"$log" 2>&1
    record qtbase "$(version_of qt6-base)" $((SECONDS - t))
}

ensure_deb_src
say "Cross-building the Windows libraries into $prefix (log: $log)"
trap 'say "The Windows libraries failed to build; last lines of $log:"; tail -30 "$log" >&2' ERR
copy_headers
build_xz
build_zstd
make_library bzip2 libbz2.a bzlib.h
make_library xxhash libxxhash.a xxhash.h
write_pkgconfig
build_qt
trap - ERR

{
    echo "recipe $key, built $(date -u +%FT%TZ) in $(($(date +%s) - started)) s with $jobs jobs"
    cat "$prefix/BUILT.partial"
} >"$prefix/BUILT"
rm -f "$prefix/BUILT.partial"
rm -rf "$work"
cat "$prefix/BUILT" >&2
echo "$prefix"
