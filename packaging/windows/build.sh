#!/usr/bin/env bash
# The Windows build in one command: the cross-built libraries (packaging/windows/deps.sh, cached
# outside the checkout), then the `windows` preset, then its tests as .exe files under Wine.
#
#   bash packaging/windows/build.sh          # build, package and test
#   bash packaging/windows/build.sh build    # build only
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

started=$(date +%s)
IMPRINT_WINDOWS_DEPS=$(bash packaging/windows/deps.sh)
export IMPRINT_WINDOWS_DEPS
say "Windows libraries ready after $(($(date +%s) - started)) s"

cmake --preset windows >/dev/null
say "Building for Windows (build-windows/)"
cmake --build --preset windows
[ "${1:-test}" = build ] && exit 0

say "Packaging: the portable zip and the installer (build-windows/packages/)"
bash packaging/windows/package.sh build-windows

say "Running the Windows tests under Wine"
ctest --preset windows --output-on-failure
say "Windows stage finished in $(($(date +%s) - started)) s"
