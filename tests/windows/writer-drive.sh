#!/usr/bin/env bash
# The elevated writer end to end under Wine, as a user without the right to open drives would
# use it: `imprint.exe flash demo.img --to \\.\PhysicalDrive1 --profile P` hands the job to
# imprint-writer.exe (started with "runas", over the named pipe; IMPRINT_WRITER=1 because Wine
# runs every program with the rights to open drives). In a Wine prefix of the test's own,
# dosdevices/physicaldrive1 links to a sparse file standing for the card; its first bytes must
# then equal what the Linux build writes to an image file for the same job, and the rest stay
# zeros (its last MiB is wiped, as on Linux, and was zeros before). The writer judges each drive itself: a read-only card and a host device
# (physicaldrive3 -> /dev/null, never opened) are refused whatever the caller confirmed, and no
# byte changes; without --yes nothing is written. `imprint.exe batch` goes the same way, each
# row's profile with the job. No link here leads to a real disk.
#   tests/windows/writer-drive.sh LINUX_BUILD WINDOWS_BUILD
set -euo pipefail
linux=$(realpath "${1:?usage: $0 LINUX_BUILD WINDOWS_BUILD}")
windows=$(realpath "${2:?usage: $0 LINUX_BUILD WINDOWS_BUILD}")
here=$(cd "$(dirname "$0")" && pwd)
wine_run="$here/../../packaging/windows/wine-run.sh"
demo="$linux/demo/balena-demo-qemux86-64.img"
for need in "$linux/bin/imprint" "$windows/bin/imprint.exe" "$windows/bin/imprint-writer.exe" \
    "$demo"; do
    [ -e "$need" ] || { echo "writer-drive.sh: $need is missing" >&2; exit 1; }
done
export SOURCE_DATE_EPOCH=1700000000 TZ=UTC
work=$(mktemp -d)
export WINEPREFIX="$work/prefix"
trap 'wineserver -k 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "pass: $*"; }

cat >"$work/card.json" <<'EOF'
{"version": 1, "hostname": "wine-card", "country": "NL",
 "networks": [{"ssid": "Office", "passphrase": "correct horse battery"}]}
EOF
(cd "$work" && HOME="$work/home" "$linux/bin/imprint" flash "$demo" --to linux.img \
    --profile card.json --yes >/dev/null 2>linux.err)
image_size=$(stat -c %s "$work/linux.img")

"$wine_run" "$windows/bin/imprint.exe" --version >/dev/null # makes the prefix
card_size=$((image_size + (16 << 20)))
# The card: zeros past the image's end must stay zeros. A pattern in its first MiB shows whether
# anything was written before the test's own flash.
truncate -s "$card_size" "$work/card.img"
head -c $((1 << 20)) /dev/zero | tr '\0' 'Z' | dd of="$work/card.img" conv=notrunc status=none
truncate -s "$card_size" "$work/locked.img"
chmod 444 "$work/locked.img"
ln -s "$work/card.img" "$WINEPREFIX/dosdevices/physicaldrive1"
ln -s "$work/locked.img" "$WINEPREFIX/dosdevices/physicaldrive2"
ln -s /dev/null "$WINEPREFIX/dosdevices/physicaldrive3"
ln -s "$work" "$WINEPREFIX/dosdevices/physicaldrive4" # a folder: not a drive
ln -s "$demo" "$work/demo.img"
card_before=$(sha256sum <"$work/card.img")
locked_before=$(sha256sum <"$work/locked.img")

# win NAME ARGS...: imprint.exe in $work, through the writer; NAME.out, NAME.err, NAME.rc.
win() {
    local name=$1
    shift
    (cd "$work" && IMPRINT_WRITER=1 "$wine_run" "$windows/bin/imprint.exe" "$@" \
        >"$name.out" 2>"$name.err"; echo $? >"$name.rc") || true
    cat "$work/$name.rc"
}

# The drive list: the card offered; the read-only card and the host device refused by name.
win drives drives --json --all >/dev/null
python3 - "$work/drives.out" "$image_size" <<'EOF' || fail "the drive list under Wine"
import json, sys
drives = {d["path"]: d for d in json.load(open(sys.argv[1]))["drives"]}
assert set(drives) == {"\\\\.\\PhysicalDrive1", "\\\\.\\PhysicalDrive2", "\\\\.\\PhysicalDrive3"}, drives
def codes(d): return {i["code"] for i in d["issues"] if i["concern"] == "refused"}
assert drives["\\\\.\\PhysicalDrive1"]["verdict"] == "ok", drives["\\\\.\\PhysicalDrive1"]
assert codes(drives["\\\\.\\PhysicalDrive2"]) == {"drives.read_only"}, drives["\\\\.\\PhysicalDrive2"]
assert codes(drives["\\\\.\\PhysicalDrive3"]) == {"drives.wine_host_device"}, drives["\\\\.\\PhysicalDrive3"]
EOF
[ "$failures" -eq 0 ] && pass "drives: PhysicalDrive1 offered; 2 read-only and 3 a host device, refused"

# No --yes and no terminal: nothing is written.
rc=$(win unconfirmed flash demo.img --to '\\.\PhysicalDrive1' --profile card.json)
if [ "$rc" = 4 ] && [ "$(sha256sum <"$work/card.img")" = "$card_before" ]; then
    pass "unconfirmed: exit 4, the card unchanged"
else
    fail "unconfirmed: exit $rc"
fi

# Refused by the writer itself, whatever the caller confirmed.
for n in 2 3; do
    rc=$(win "refused-$n" flash demo.img --to "\\\\.\\PhysicalDrive$n" --profile card.json --yes)
    if [ "$rc" = 4 ] && [ "$(sha256sum <"$work/locked.img")" = "$locked_before" ] &&
        [ "$(sha256sum <"$work/card.img")" = "$card_before" ]; then
        pass "PhysicalDrive$n: refused by the writer (exit 4): $(tr '\n' ' ' <"$work/refused-$n.err")"
    else
        fail "PhysicalDrive$n: exit $rc"
    fi
done

# The job: through the writer, progress and the result back, the bytes the Linux build writes.
rc=$(win flash flash demo.img --to '\\.\PhysicalDrive1' --profile card.json --yes --json)
if [ "$rc" = 0 ] && cmp -s -n "$image_size" "$work/card.img" "$work/linux.img"; then
    pass "flash through imprint-writer: the card's first $image_size bytes equal the Linux build's image"
else
    fail "flash through the writer: exit $rc"; cat "$work/flash.err" >&2
fi
tail_zero=$(tail -c +$((image_size + 1)) "$work/card.img" | tr -d '\0' | wc -c)
if [ "$tail_zero" = 0 ]; then
    pass "the card past the image: zeros"
else
    fail "$tail_zero non-zero bytes past the image"
fi
python3 - "$work/flash.out" <<'EOF' || fail "progress and result in the JSON lines"
import json, sys
events = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
kinds = [e["event"] for e in events]
assert "progress" in kinds, kinds
result = events[-1]
assert result["event"] == "result", result
t = result["targets"][0]
assert t["target"] == "\\\\.\\PhysicalDrive1" and t["written"] and t["verified"] and t["configuredFiles"] > 0, t
EOF
[ "$failures" -eq 0 ] && pass "progress arrived from the writer, the result says written, verified and configured"

# imprint batch through the writer: the row's profile travels with the job and the writer plans
# it; the card then holds what the Linux build's batch writes to an image file for the same row.
printf 'hostname,uuid,wifi_ssid,wifi_psk\nbatch-card,0123456789abcdef0123456789abcdef,Lab,lab pass phrase\n' \
    >"$work/devices.csv"
(cd "$work" && HOME="$work/home" "$linux/bin/imprint" batch devices.csv --image "$demo" \
    --out linux-batch --yes >/dev/null 2>linux-batch.err)
rc=$(win batch batch devices.csv --image demo.img --to '\\.\PhysicalDrive1' --yes)
if [ "$rc" = 0 ] && cmp -s -n "$image_size" "$work/card.img" "$work/linux-batch/batch-card.img"; then
    pass "batch through imprint-writer: the card equals the Linux build's batch image"
else
    fail "batch through the writer: exit $rc"; cat "$work/batch.err" >&2
fi

if [ "$failures" -ne 0 ]; then
    echo "writer-drive.sh: $failures failures" >&2
    exit 1
fi
echo "writer-drive.sh: the writer wrote PhysicalDrive1 as Linux writes the image, and refused what the safety rules refuse"
