# shellcheck shell=bash
# Shared by the layer's bats tests. LAYER is the meta-balena folder.
LAYER="$(cd "$BATS_TEST_DIRNAME/../../meta-balena" && pwd)"
CONFIG_FILES="$LAYER/meta-balena-common/recipes-core/balena-config/files"

# A fresh device tree with a boot partition folder; config.json from the argument.
make_root() {
	ROOT="$BATS_TEST_TMPDIR/root"
	rm -rf "$ROOT"
	mkdir -p "$ROOT/mnt/boot" "$ROOT/etc"
	CONFIG="$ROOT/mnt/boot/config.json"
	printf '%s' "$1" >"$CONFIG"
}

set_config() {
	printf '%s' "$1" >"$CONFIG"
}

# Runs one on-device config script on the tree.
apply() {
	run "$CONFIG_FILES/$1" --root "$ROOT"
}

# tree_hash: one hash over every path, type, mode and content under ROOT except the
# input config.json (the tests swap it between runs).
tree_hash() {
	(cd "$ROOT" && find . ! -path ./mnt/boot/config.json -printf '%p %y %m %l\n' | LC_ALL=C sort &&
		find . -type f ! -path ./mnt/boot/config.json -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum) | sha256sum
}

# assert_file PATH EXPECTED: the file's exact content (printf-style escapes allowed).
assert_file() {
	local expected
	# shellcheck disable=SC2059 # the expectation is written with printf escapes
	expected=$(printf "$2"; echo x)
	expected=${expected%x}
	[ -f "$ROOT$1" ] || { echo "$1 does not exist" >&2; return 1; }
	local actual
	actual=$(cat "$ROOT$1"; echo x)
	actual=${actual%x}
	if [ "$actual" != "$expected" ]; then
		echo "$1 differs; expected:" >&2
		printf '%s' "$expected" | od -c | head -20 >&2
		echo "actual:" >&2
		printf '%s' "$actual" | od -c | head -20 >&2
		return 1
	fi
}

assert_absent() {
	if [ -e "$ROOT$1" ] || [ -L "$ROOT$1" ]; then
		echo "$1 exists but should not" >&2
		return 1
	fi
}

assert_commands() { # the commands a script would have run, exactly
	assert_file /run/balena-config/commands "$1"
}

# An OpenSSH public key line of TYPE whose body decodes to a blob naming TYPE.
fake_key() {
	local type=$1 comment=$2
	local body
	body=$( (printf "\\x00\\x00\\x00\\x$(printf %02x ${#type})%s" "$type"; head -c 51 /dev/zero | tr '\0' 'k') | base64 -w0)
	echo "$type $body $comment"
}
