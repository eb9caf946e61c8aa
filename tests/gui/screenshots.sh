#!/bin/bash
# Renders each step of imprint-gui on the demo image at 1280x800, in English and German, into
# docs/screenshots/ (imprint-<lang>-<step>.png). Needs xvfb-run and ImageMagick's import.
#   tests/gui/screenshots.sh BUILD_DIR [OUT_DIR]
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
{"config": {"hostname": "kiosk-lobby", "persistentLogging": true, "country": "DE",
            "dnsServers": "1.1.1.1 9.9.9.9"},
 "wifi": [{"ssid": "Office", "passphrase": "correct horse battery", "hidden": false}]}
JSON

shoot() { # LANG STEP
    local lang=$1 step=$2
    XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" IMPRINT_LANG="$lang" \
    xvfb-run -a -n $((200 + RANDOM % 500)) -s "-screen 0 1280x800x24" bash -c '
        "$1" -geometry 1280x800+0+0 --step "$2" --profile "$3/profile.json" "$5" &
        pid=$!
        sleep 4
        import -window root "$4"
        kill $pid' _ "$gui" "$step" "$home" "$out/imprint-$lang-$step.png" "$image"
    echo "$out/imprint-$lang-$step.png"
}

for lang in en de; do
    for step in image configure plan write; do
        shoot "$lang" "$step"
    done
done
