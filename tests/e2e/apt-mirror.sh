#!/usr/bin/env bash
# Prints the Debian mirror this machine's apt uses (never hard-coded in the repository).
set -euo pipefail
mirror=""
for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    mirror=$(awk '/^URIs:/ {print $2; exit}' "$f")
    [ -n "$mirror" ] && ! grep -q security <<<"$mirror" && break
    mirror=""
done
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
    mirror=$(awk '$1 == "deb" && $0 !~ /security/ {for (i = 2; i <= NF; i++) if ($i ~ /^(https?|file):/) {print $i; exit}}' /etc/apt/sources.list)
fi
[ -n "$mirror" ] || { echo "no Debian mirror found in the apt sources" >&2; exit 1; }
echo "$mirror"
