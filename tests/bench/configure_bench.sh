#!/bin/sh
# Wall time of `imprint configure` (host name, 2 WiFi networks, 2 SSH keys, 1 udev rule, a logo,
# dev mode) on a 1.5 GiB balenaOS-like image: median of N runs (default 10), each on a fresh
# sparse copy (the copy is not timed). Usage: configure_bench.sh BUILD_DIR [N]
set -eu
BUILD=${1:?usage: configure_bench.sh BUILD_DIR [N]}
RUNS=${2:-10}
IMPRINT="$(cd "$BUILD" && pwd)/bin/imprint"
[ -x "$IMPRINT" ] || { echo "no $IMPRINT: build first" >&2; exit 1; }
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
cd "$W"
export MTOOLS_SKIP_CHECK=1
truncate -s 1536M base.img
printf 'label: dos\nstart=8192, size=204800, type=e, bootable\nstart=212992, type=83\n' | sfdisk -q base.img
mkfs.fat -F 16 -S 512 -n resin-boot --offset 8192 base.img 102400 >/dev/null
T="base.img@@4194304"
printf '{"deviceType": "raspberrypi4-64", "persistentLogging": false, "applicationId": 1, "apiKey": "k"}\n' > config.json
printf 'NAME="balenaOS"\nVERSION_ID="2.0.0"\n' > os-release
convert -size 200x80 xc:'#1a2b3c' old.png
convert -size 320x100 gradient:white-navy logo.png
mmd -i "$T" ::splash ::system-connections
mcopy -i "$T" config.json ::config.json
mcopy -i "$T" os-release ::os-release
mcopy -i "$T" old.png ::splash/resin-logo.png
ssh-keygen -q -t ed25519 -N '' -C a -f a >/dev/null
ssh-keygen -q -t rsa -b 3072 -N '' -C b -f b >/dev/null
printf 'ENV{ID_FS_LABEL_ENC}=="resin-boot", SYMLINK+="disk/test"\n' > 64.rules
times=""
i=0
while [ "$i" -lt "$RUNS" ]; do
  cp --sparse=always base.img run.img
  sync
  start=$(date +%s%N)
  "$IMPRINT" configure run.img --hostname kiosk-7 --wifi Home --wifi-psk 'pass=word;#' \
    --wifi Office --wifi-psk 'another pass' --ssh-key a.pub --ssh-key b.pub \
    --udev-rule 64=64.rules --logo logo.png --dev --country GB --backup "$W/backup" >/dev/null 2>&1
  end=$(date +%s%N)
  times="$times $(( (end - start) / 1000 ))"
  i=$((i + 1))
done
# Check the last run with mtools.
mcopy -n -i "run.img@@4194304" ::config.json - | grep -q '"hostname": "kiosk-7"'
echo "$times" | tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {
  m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
  printf "runs=%d median_ms=%.1f min_ms=%.1f max_ms=%.1f\n", NR, m/1000, a[1]/1000, a[NR]/1000 }'
