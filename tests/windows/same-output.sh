#!/usr/bin/env bash
# The Windows build does the main job exactly like the Linux build: imprint.exe (under Wine) and
# imprint (Linux) flash the demo image and its .xz to an image file, configure the result with
# the same settings, and inspect it (text and JSON). Each step's image bytes, standard output and
# exit status must be identical; standard error too, where it names no folder of the system.
#   tests/windows/same-output.sh LINUX_BUILD WINDOWS_BUILD
set -euo pipefail
linux=$(realpath "${1:?usage: $0 LINUX_BUILD WINDOWS_BUILD}")
windows=$(realpath "${2:?usage: $0 LINUX_BUILD WINDOWS_BUILD}")
here=$(cd "$(dirname "$0")" && pwd)
wine_run="$here/../../packaging/windows/wine-run.sh"
demo="$linux/demo/balena-demo-qemux86-64.img"
for need in "$linux/bin/imprint" "$windows/bin/imprint.exe" "$demo" "$demo.xz"; do
    if [ ! -e "$need" ]; then
        echo "same-output.sh: $need is missing: build Linux first (cmake --build $linux, which" \
            "makes the demo image) and the windows preset" >&2
        exit 1
    fi
done

# FAT timestamps from one fixed time (the engine honours SOURCE_DATE_EPOCH), in one time zone.
export SOURCE_DATE_EPOCH=1700000000 TZ=UTC
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lin" "$work/win" "$work/in"
# Inputs made here: an SSH key pair and a udev rule.
ssh-keygen -q -t ed25519 -N '' -C imprint-test -f "$work/in/key"
printf 'ACTION=="add", SUBSYSTEM=="tty", ATTRS{idVendor}=="0403", SYMLINK+="imprint-serial"\n' \
    >"$work/in/serial.rules"

failures=0
# run STEP ARGS...: the same command in lin/ and win/, with the same relative names.
run() {
    local step=$1
    shift
    (cd "$work/lin" && HOME="$work/lin-home" "$linux/bin/imprint" "$@" \
        >"$step.out" 2>"$step.err"; echo $? >"$step.rc") || true
    (cd "$work/win" && "$wine_run" "$windows/bin/imprint.exe" "$@" \
        >"$step.out" 2>"$step.err"; echo $? >"$step.rc") || true
    local part differ=0
    for part in rc out; do
        if ! cmp -s "$work/lin/$step.$part" "$work/win/$step.$part"; then
            echo "DIFFERENT: $step ($part): imprint $*" >&2
            diff "$work/lin/$step.$part" "$work/win/$step.$part" | head -20 >&2 || true
            differ=1
        fi
    done
    if [ "$differ" -eq 0 ]; then
        echo "same: $step (exit $(cat "$work/lin/$step.rc"), $(wc -c <"$work/lin/$step.out") bytes out)"
    fi
    failures=$((failures + differ))
}
same_file() {
    if cmp -s "$work/lin/$1" "$work/win/$1"; then
        echo "same: $1 ($(stat -c %s "$work/lin/$1") bytes)"
    else
        echo "DIFFERENT: $1" >&2
        failures=$((failures + 1))
    fi
}

for kind in img img.xz; do
    run "flash-$kind" flash "$demo${kind#img}" --to "flashed-$kind.img" --yes
    same_file "flashed-$kind.img"
done
config=(--hostname kiosk-7 --country DE --wifi "Office ü" --wifi-psk "correct horse battery"
    --wifi "Guests" --dev --persistent-logging --ntp "0.pool.ntp.org 1.pool.ntp.org"
    --dns "1.1.1.1 9.9.9.9" --ssh-key ../in/key.pub --udev-rule serial=../in/serial.rules
    --backup backup --yes)
run configure-json configure flashed-img.img "${config[@]}" --json
same_file flashed-img.img
for f in $(cd "$work/lin/backup" && find . -type f -printf '%P\n' | sort); do same_file "backup/$f"; done
run configure-again configure flashed-img.img "${config[@]}"
same_file flashed-img.img
run inspect inspect flashed-img.img
run inspect-json inspect flashed-img.img --json
run config-get config get flashed-img.img hostname
run refused flash "$demo" --to flashed-img.img # no --yes, no terminal: refused, nothing written
same_file flashed-img.img

if [ "$failures" -ne 0 ]; then
    echo "same-output.sh: $failures differences between the Linux and the Windows build" >&2
    exit 1
fi
echo "same-output.sh: the Windows build's images and output equal the Linux build's"
