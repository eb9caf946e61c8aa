#!/bin/bash
# Makes the kept seed corpora, tests/fuzz/corpus/<name>/, with the real tools and with Imprint
# itself (`imprint configure` on a boot directory, `imprint profile`), plus deterministic damaged
# variants. Run once by hand when a format grows; the files are kept in the repository, small.
# Regressions (a finding's input, fixed) are added beside them as regression-<what>.
# usage: make-seeds.sh IMPRINT_BUILD_DIR  (needs bin/imprint and demo/ of that build)
set -euo pipefail
build=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
out=$here/corpus
imprint=$build/bin/imprint
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config MTOOLS_SKIP_CHECK=1
mkdir -p "$out"/{config,keyfile,sshkey,udevrules,profile,version,png,bmap,lsblk,zip,source,manifest}
seed() { cp "$2" "$out/$1/$3"; }

# A boot directory configured by Imprint: config.json and every kind of keyfile.
boot=$work/boot; mkdir -p "$boot"
"$imprint" fs cat "$build/demo/balena-demo-qemux86-64.img" /config.json > "$boot/config.json"
"$imprint" fs cat "$build/demo/balena-demo-qemux86-64.img" /device-type.json > "$boot/device-type.json"
seed config "$boot/config.json" demo.json
ssh-keygen -q -t ed25519 -N '' -C 'fuzz@seed' -f "$work/ed" && seed sshkey "$work/ed.pub" ed25519
ssh-keygen -q -t rsa -b 2048 -N '' -f "$work/rsa" && seed sshkey "$work/rsa.pub" rsa2048
ssh-keygen -q -t ecdsa -b 256 -N '' -f "$work/ec" && seed sshkey "$work/ec.pub" ecdsa256
printf 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA\n' > "$out/sshkey/truncated"
"$imprint" configure --yes --hostname seed-host --country DE \
  --wifi home --wifi-psk 'pass phrase  ' --priority 5 \
  --wifi 'Open ;Cafe' \
  --wifi office --wifi-security sae --wifi-psk 'wpa3 secret' --ipv4 192.168.1.50/24 \
  --gateway 192.168.1.1 --dns-server 1.1.1.1 \
  --ethernet wired --ipv6 fd00::5/64 --dns-search example.com \
  --gsm cell --gsm-apn internet --gsm-pin 1234 \
  --proxy http://user:pw@proxy.example:8080 --no-proxy 10.0.0.0/8 \
  --ssh-key "$work/ed.pub" --ssh-key "$work/rsa.pub" "$boot" >/dev/null
seed config "$boot/config.json" configured.json
for f in "$boot"/system-connections/*; do seed keyfile "$f" "$(basename "$f" | tr ' ;' '__')"; done
python3 - "$boot/config.json" "$out" <<'PY'
import json, sys
c = json.load(open(sys.argv[1])); out = sys.argv[2]
c["os"]["udevRules"] = {"56": 'ACTION=="add", SUBSYSTEM=="net", ATTR{address}=="00:11:22:33:44:55", NAME="eth9"\n'}
c["apiKey"] = "secret"; c["applicationId"] = 42; c["os"]["network"] = {"connectivity": {"uri": "https://api.balena-cloud.com/connectivity-check", "interval": "3600"}}
json.dump(c, open(out + "/config/fleet.json", "w"), indent=2)
open(out + "/udevrules/net", "w").write("56-net\n" + c["os"]["udevRules"]["56"])
open(out + "/udevrules/continued", "w").write("70.usb_serial\n# comment\nSUBSYSTEM==\"tty\", \\\n  ATTRS{idVendor}==\"0403\", SYMLINK+=\"ftdi\", RUN+=\"/bin/x\"\n")
open(out + "/config/wrong-types.json", "w").write('{"hostname": 5, "os": {"sshKeys": [1, "x"], "udevRules": {"a/b": 3}}, "country": "XX"}')
PY
printf '[connection]\nid=x\ntype=802-11-wireless\n[802-1x]\nca-cert=file:///tmp/ca.pem\neap=tls;\n' > "$out/keyfile/certificates"

# Profiles saved by Imprint.
"$imprint" profile save seed --hostname seed --wifi home --wifi-psk 'pass phrase' --country DE \
  --ssh-key "$work/ed.pub" --dev >/dev/null
"$imprint" profile show seed --json --show-secrets > "$work/p.json" 2>/dev/null || true
"$imprint" profile export seed "$out/profile/saved.json" >/dev/null
"$imprint" profile save wired --from seed --connection "$boot/system-connections/wired" >/dev/null
"$imprint" profile export wired "$out/profile/imported.json" >/dev/null

cat > "$out/profile/everything.json" <<'JSON'
{"version": 1, "baseConfig": {"persistentLogging": true, "os": {"sshKeys": []}},
 "hostname": "all", "existingConnections": "replace",
 "networks": [{"ssid": "home", "passphrase": "pass phrase", "hidden": true, "priority": 3,
   "address": "192.168.1.9/24", "gateway": "192.168.1.1", "dns": ["1.1.1.1"]}],
 "connections": [{"type": "wifi", "id": "corp", "ssid": "corp", "security": "enterprise",
   "eap": "peap", "identity": "me", "password": "pw", "innerAuth": "mschapv2",
   "ipv4": {"method": "manual", "addresses": ["10.0.0.2/8"], "gateway": "10.0.0.1"}},
  {"type": "ethernet", "id": "lan", "macAddress": "00:11:22:33:44:55", "routeMetric": 10},
  {"type": "gsm", "id": "cell", "apn": "internet", "pin": "1234"}],
 "proxy": {"type": "http", "host": "proxy.example", "port": 8080, "login": "u", "password": "p",
   "noProxy": ["10.0.0.0/8"]},
 "udevRules": [{"name": "56-net", "text": "SUBSYSTEM==\"net\", NAME=\"eth9\"\n"}],
 "connectivity": {"uri": "https://example.com/check", "interval": "3600"},
 "dnsServers": "1.1.1.1", "ntpServers": "pool.ntp.org", "randomMacAddressScan": true}
JSON
for v in 2.31.5+rev1 'balenaOS 2.88.4 (dev)' v2.0.0-beta10.prod '6.0.13+rev2.dev' '1.2' '2.31.5-rc1+rev3'; do
  printf '%s\n2.31.5+rev1\n' "$v" > "$out/version/$(echo "$v" | tr -c 'A-Za-z0-9.+-' '_')"
done

convert -size 4x3 xc:red "$work/logo.png" && seed png "$work/logo.png" red.png
convert -size 2x2 xc:'#00ff0080' -depth 16 "$work/alpha.png" && seed png "$work/alpha.png" alpha16.png

# A small image: its bmap from bmaptool, its compressed forms from the real tools.
img=$work/small.img
truncate -s 1M "$img"; printf 'boot' | dd of="$img" bs=1 seek=4096 conv=notrunc 2>/dev/null
printf 'data' | dd of="$img" bs=1 seek=600000 conv=notrunc 2>/dev/null
bmaptool -q create "$img" > "$out/bmap/small.bmap"
head -c 512 "$build/demo/balena-demo-qemux86-64.bmap" > "$out/bmap/truncated.bmap"
head -c 6000 "$img" > "$work/head.img"
gzip -9 -c "$work/head.img" > "$out/source/head.gz"
xz -c "$work/head.img" > "$out/source/head.xz"
zstd -q -c "$work/head.img" > "$out/source/head.zst"
bzip2 -c "$work/head.img" > "$out/source/head.bz2"
cat "$out/source/head.gz" "$out/source/head.gz" > "$out/source/two-members.gz"
head -c 300 "$out/source/head.xz" > "$out/source/truncated.xz"
(cd "$work" && zip -q -9 "$out/zip/deflate.zip" head.img && zip -q -0 "$out/zip/stored.zip" head.img)
(cd "$work" && cp head.img other.img && zip -q two.zip head.img other.img && cp two.zip "$out/zip/two-images.zip")

cp "$here/../flasher/drives/fixtures/lsblk/"*.json "$out/lsblk/"
lsblk --json --bytes --output NAME,KNAME,PATH,MAJ:MIN,TYPE,SIZE,VENDOR,MODEL,SERIAL,TRAN,RM,HOTPLUG,RO,LOG-SEC,FSTYPE,LABEL,MOUNTPOINTS > "$out/lsblk/here.json"

printf 'hostname,uuid,wifi_ssid,wifi_psk,ssh_key\nnode-{index:03},,home,pass phrase,\nnode-{row.wifi_ssid}-{index},0123456789abcdef0123456789abcdef,,,\n' > "$out/manifest/templates.csv"
printf '[{"hostname":"a-{index}","config.country":"DE","ip_address":"10.0.0.5/24"},{"hostname":"b","dev_mode":"true"}]\n' > "$out/manifest/rows.json"
printf 'hostname,"quoted ""col"""\n"multi\nline",x\n' > "$out/manifest/quoted.csv"

# Damaged variants: a few bytes replaced, deterministically, of every seed but the regressions.
python3 - "$out" <<'PY'
import os, random, sys
out = sys.argv[1]; rng = random.Random(23)
for kind in sorted(os.listdir(out)):
    d = os.path.join(out, kind)
    for name in sorted(os.listdir(d)):
        if "-damaged" in name or name.startswith("regression-"):
            continue
        data = open(os.path.join(d, name), 'rb').read()
        for k in range(2):
            b = bytearray(data)
            for _ in range(3):
                if b: b[rng.randrange(len(b))] = rng.randrange(256)
            open(os.path.join(d, f"{name}-damaged{k}"), 'wb').write(bytes(b))
PY
du -sh "$out"; find "$out" -type f | wc -l
