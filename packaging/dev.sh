#!/usr/bin/env bash
# Sets up a Debian 12 machine for Imprint and then either runs the main job on the built-in
# demo image (`demo`) or builds and runs the whole test suite (`test`). Idempotent: a second
# run installs nothing, reconfigures nothing and rebuilds only what changed.
#
#   bash packaging/dev.sh demo     # set up, build, run Imprint on the demo image
#   bash packaging/dev.sh test     # set up, build, run every test through ctest
#   bash packaging/dev.sh setup    # only install what is missing (CI uses it before `test`)
#
# Environment: BUILD_DIR (default: build), IMPRINT_TEST_SCALE (length of randomized runs).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-}
build=${BUILD_DIR:-build}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing() {
    local wanted missing=()
    wanted=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' packaging/debian-deps.txt)
    for pkg in $wanted; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

configure_and_build() {
    if [ ! -f "$build/CMakeCache.txt" ]; then
        say "Configuring in $build/"
        cmake -S . -B "$build" -G Ninja >/dev/null
    fi
    say "Building"
    cmake --build "$build"
}

run_demo() {
    local image="$build/demo/balena-demo-qemux86-64.img"
    if cmake --build "$build" --target help | grep -q '^demo_image:'; then
        say "Building the demo image with the layer's assembler"
        cmake --build "$build" --target demo_image
    fi
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        say "Opening Imprint on the demo image"
        exec "$build/bin/imprint-gui" "$image"
    fi
    say "No display: running the command-line job on the demo image"
    bash packaging/demo-job.sh "$build" "$image"
}

# The boot test's Debian root (tests/e2e/build-rootfs.sh: debootstrap, cached between runs) is
# made while the build runs: it waits mostly on the mirror and the disk, the build on the CPU.
# The e2e_rootfs test then finds it ready, or waits on the cache's lock until it is.
prepare_boot_root() {
    command -v debootstrap >/dev/null && command -v qemu-system-x86_64 >/dev/null || return 0
    [ "$(id -u)" -eq 0 ] || return 0
    mkdir -p "$build"
    say "Preparing the boot test's root filesystem in the background ($build/e2e-rootfs.log)"
    tests/e2e/build-rootfs.sh >"$build/e2e-rootfs.log" 2>&1 &
}

# Two tests at a time per core pair: the QEMU boot test takes one core for minutes while the
# rest of the suite runs on the other. Tests that must not overlap hold a RESOURCE_LOCK
# (tests/CMakeLists.txt).
run_tests() {
    say "Running the test suite"
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1500 -j "$(nproc)"
}

case "$mode" in
demo | test | setup) ;;
*)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac

install_missing
[ "$mode" = setup ] && exit 0
[ "$mode" = test ] && prepare_boot_root
configure_and_build
if [ "$mode" = demo ]; then run_demo; else run_tests; fi
