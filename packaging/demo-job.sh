#!/usr/bin/env bash
# The main job on the demo image, on the command line: what a user without a display does.
# Steps that are not built yet are skipped and named, never faked.
#   packaging/demo-job.sh BUILD_DIR IMAGE
set -euo pipefail
build=$1
image=$2
imprint="$build/bin/imprint"
out="$build/demo/out"
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
has() { "$imprint" --help | grep -q "^  $1 "; }

"$imprint" --version
if [ ! -f "$image" ]; then
    say "The demo image is not built yet (the layer's assembler has not landed); nothing to run on."
    exit 0
fi
mkdir -p "$out"
target="$out/configured.img"

if has configure; then
    say "Configure: hostname, WiFi, development mode (on a copy of the demo image)"
    cp --sparse=always "$image" "$out/demo-copy.img"
    "$imprint" configure "$out/demo-copy.img" --hostname imprint-demo \
        --wifi "Demo Network" --wifi-psk "correct horse battery" --dev --yes
    image="$out/demo-copy.img"
else
    say "Skipped: configure (the Configuration issue has not landed yet)"
fi
if has flash; then
    say "Flash to an image file and verify"
    "$imprint" flash "$image" --to "$target" --yes
else
    say "Skipped: flash (the Flasher issue has not landed yet); inspecting the image itself"
    target=$image
fi
if has inspect; then
    say "Inspect the result"
    "$imprint" inspect "$target"
else
    say "Skipped: inspect (the Disk access issue has not landed yet)"
fi
