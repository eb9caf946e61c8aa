#!/usr/bin/env bash
# Builds the Debian packages, installs them on this machine with apt (dependencies resolved
# from the machine's own sources), runs the installed programs from /usr/bin, validates the
# desktop integration and lints the packages; then removes them again.
# Needs root (exit 77 = skipped otherwise). Label: slow.
#   install-test.sh BUILD_DIR
set -euo pipefail
trap 'echo "install test failed at line $LINENO: $BASH_COMMAND" >&2' ERR
build=$(cd "$1" && pwd)
if [ "$(id -u)" -ne 0 ]; then
    echo "install test needs root; skipped" >&2
    exit 77
fi
if dpkg-query -W -f='${Status}' imprint 2>/dev/null | grep -q 'install ok installed'; then
    echo "imprint is already installed on this machine; not touching it; skipped" >&2
    exit 77
fi

work=$(mktemp -d)
cleanup() {
    dpkg --purge imprint-gui imprint >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "== building the packages" >&2
(cd "$build" && cpack -B "$work" >/dev/null)
cli=$(ls "$work"/imprint_*.deb)
gui=$(ls "$work"/imprint-gui_*.deb)

echo "== lintian (no errors allowed)" >&2
lint=$(lintian --fail-on error "$cli" "$gui" 2>&1 | grep -v 'running with root privileges' || true)
echo "$lint" >&2
if echo "$lint" | grep -q '^E:'; then
    echo "lintian reported errors" >&2
    exit 1
fi

echo "== the command-line package needs no GUI libraries" >&2
if dpkg-deb -f "$cli" Depends | grep -qE 'libqt6(gui|widgets)'; then
    echo "imprint depends on Qt GUI libraries: $(dpkg-deb -f "$cli" Depends)" >&2
    exit 1
fi

echo "== installing" >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$cli" "$gui" >/dev/null

echo "== running the installed programs" >&2
[ "$(command -v imprint)" = /usr/bin/imprint ]
/usr/bin/imprint --version | grep -q '^imprint [0-9]'
[ "$(/usr/bin/imprint version compare 2.0.0-rc1 2.0.0)" = "<" ]
QT_QPA_PLATFORM=offscreen /usr/bin/imprint-gui --version | grep -q '[0-9]\.[0-9]'
demo="$build/demo/balena-demo-qemux86-64.img"
if /usr/bin/imprint --help | grep '^  inspect ' >/dev/null; then
    [ -f "$demo" ] || { echo "demo image missing: $demo" >&2; exit 1; }
    /usr/bin/imprint inspect "$demo" >/dev/null
else
    echo "imprint inspect does not exist yet: not run" >&2
fi

echo "== man pages, completion, desktop integration" >&2
page=$(man -w imprint)
[ "$page" = /usr/share/man/man1/imprint.1.gz ] || { echo "man -w imprint: $page" >&2; false; }
man -w imprint-gui >/dev/null
zcat /usr/share/man/man1/imprint.1.gz | groff -man -ww -z
bash -c 'source /usr/share/bash-completion/bash_completion;
         source /usr/share/bash-completion/completions/imprint;
         COMP_LINE="imprint ver"; COMP_POINT=${#COMP_LINE};
         COMP_WORDS=(imprint ver); COMP_CWORD=1; _imprint;
         [ "${COMPREPLY[*]}" = version ] ||
             { echo "completion of \"imprint ver\" gave: ${COMPREPLY[*]}" >&2; false; }'
desktop-file-validate /usr/share/applications/io.github.imprint.Imprint.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.imprint.Imprint.metainfo.xml >&2
[ -f /usr/share/icons/hicolor/scalable/apps/imprint.svg ]
[ -f /usr/share/icons/hicolor/48x48/apps/imprint.png ]
if command -v update-mime-database >/dev/null; then
    update-mime-database /usr/share/mime
    grep -q 'application/x-balenaos-image' /usr/share/mime/globs2
fi

echo "== removing" >&2
dpkg --purge imprint-gui imprint >/dev/null
[ ! -e /usr/bin/imprint ]
echo "install test passed" >&2
