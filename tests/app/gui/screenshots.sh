#!/bin/bash
# Renders each step of imprint-gui on the demo image at 1280x800, in English and German, into
# docs/screenshots/ (imprint-<lang>-<step>.png). Needs xvfb-run and ImageMagick's import.
#   tests/app/gui/screenshots.sh BUILD_DIR [OUT_DIR]
set -euo pipefail
build=$(realpath "${1:?usage: $0 BUILD_DIR [OUT_DIR]}")
here=$(cd "$(dirname "$0")" && pwd)
out=$(realpath -m "${2:-$here/../../docs/screenshots}")
gui="$build/bin/imprint-gui"
image="$build/demo/balena-demo-qemux86-64.img"
[ -x "$gui" ] || { echo "no $gui: build the imprint-gui target first" >&2; exit 1; }
[ -f "$image" ] || { echo "no $image: build the demo_image target first" >&2; exit 1; }
mkdir -p "$out"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# A profile like one a user saves, so the Configure and Plan steps show something real.
cat > "$home/profile.json" <<'JSON'
{"hostname": "kiosk-lobby", "persistentLogging": true, "country": "DE",
 "dnsServers": "1.1.1.1 9.9.9.9",
 "networks": [{"ssid": "Office", "passphrase": "correct horse battery", "priority": 10}]}
JSON

shoot() { # LANG STEP [SCALE]: SCALE 2 renders at 200% on a 2560x1600 screen
    local lang=$1 step=$2 scale=${3:-1}
    local name="imprint-$lang-$step.png" screen="1280x800"
    if [ "$scale" != 1 ]; then
        name="imprint-$lang-$step-${scale}00.png" screen="$((1280 * scale))x$((800 * scale))"
    fi
    XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" IMPRINT_LANG="$lang" \
    QT_SCALE_FACTOR="$scale" \
    xvfb-run -a -n $((200 + RANDOM % 500)) -s "-screen 0 ${screen}x24" bash -c '
        "$1" -geometry 1280x800+0+0 --step "$2" --profile "$3/profile.json" "$5" &
        pid=$!
        sleep 4
        import -window root "$4"
        kill $pid' _ "$gui" "$step" "$home" "$out/$name" "$image"
    echo "$out/$name"
}

for lang in en de; do
    for step in image configure plan write; do
        shoot "$lang" "$step"
    done
done
# 200% (a HiDPI screen): every step must still fit and stay legible.
for step in image configure write; do
    shoot en "$step" 2
done
