#!/bin/bash
# Runs shellcheck on every shell script of the layer (found by its #! line or a
# "shellcheck shell=" directive) and on the layer's test scripts.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
layer="$(cd "$here/../../meta-balena" && pwd)"
scripts=()
while IFS= read -r -d '' f; do
	if head -n1 "$f" | grep -Eq '^#!.*\b(ba|da)?sh\b' || head -n3 "$f" | grep -q 'shellcheck shell='; then
		scripts+=("$f")
	fi
done < <(find "$layer" "$here" -type f ! -name '*.bats' ! -name '*.py' ! -name '*.bb*' -print0)
[ ${#scripts[@]} -ge 20 ] || { echo "found only ${#scripts[@]} scripts" >&2; exit 1; }
printf 'checking %s\n' "${scripts[@]#"$layer"/}"
# -x follows "source" directives, looked up beside each script.
shellcheck -x --source-path=SCRIPTDIR "${scripts[@]}"
