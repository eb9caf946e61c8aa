#!/usr/bin/env bash
# Sets up a Debian 12 machine for Imprint and then either runs the main job on the built-in
# demo image (`demo`) or builds and runs the whole test suite (`test`). Idempotent: a second
# run installs nothing, reconfigures nothing and rebuilds only what changed.
#
#   bash packaging/dev.sh demo     # set up, build, run Imprint on the demo image
#   bash packaging/dev.sh test     # set up, build, run every test through ctest
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

run_tests() {
    say "Running the test suite"
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1500
}

case "$mode" in
demo | test) ;;
*)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac

install_missing
configure_and_build
if [ "$mode" = demo ]; then run_demo; else run_tests; fi
