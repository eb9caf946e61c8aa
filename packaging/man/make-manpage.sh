#!/usr/bin/env bash
# Writes the man pages of imprint(1) and imprint-gui(1) from the programs' own --help texts,
# so every command and option is documented exactly as the program knows it.
#   make-manpage.sh BIN_DIR OUT_DIR
set -euo pipefail
bin=$1
out=$2
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 IMPRINT_LANG=en
date=$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%Y-%m-%d)
version=$("$bin/imprint" --version | awk '{print $2}')

# roff-safe text: backslashes, minus signs, and lines that would start a request.
escape() { sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }
verbatim() { printf '.nf\n'; escape; printf '.fi\n'; }

# The user's folders (app/common/folders), the same for both programs.
environment() {
    printf '.TP\n.B IMPRINT_PROFILE_DIR\nThe folder of saved profiles, instead of the one under FILES.\n'
    printf '.TP\n.BR XDG_CONFIG_HOME ", " XDG_DATA_HOME ", " XDG_CACHE_HOME\n'
    printf 'Where the folders under FILES are (default: ~/.config, ~/.local/share, ~/.cache).\n'
}
files() {
    printf '.SH FILES\nEach folder is made when something is first written there, owner-only (0700).\n'
    printf 'When it cannot be made (a read-only home), a command stops with exit status 1 naming it; nothing is written.\n'
    printf '.TP\n.I $XDG_CONFIG_HOME/Imprint/imprint.conf\nSettings of the desktop program.\n'
    printf '.TP\n.I $XDG_CONFIG_HOME/Imprint/profiles/NAME.json\nSaved profiles (readable by the owner only: they hold WiFi pass phrases).\n'
    printf '.TP\n.I $XDG_DATA_HOME/Imprint/backups/TIME/\nThe boot files a configure replaced.\n'
    printf '.TP\n.I $XDG_CACHE_HOME/Imprint/downloads/\nDownloaded images.\n'
}

commands=$("$bin/imprint" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF {print $1}')

{
    printf '.TH IMPRINT 1 "%s" "Imprint %s" "User Commands"\n' "$date" "$version"
    printf '.SH NAME\nimprint \\- flash and configure balenaOS images from the command line\n'
    printf '.SH SYNOPSIS\n.B imprint\n.I COMMAND\n.RI [ OPTIONS ]\n.br\n.B imprint\n.RB [ \\-\\-help | \\-\\-version ]\n'
    printf '.SH DESCRIPTION\n'
    "$bin/imprint" --help | sed -n '2p' | escape
    printf '.PP\nResults go to standard output and messages for people to standard error.\n'
    printf 'With \\fB\\-\\-json\\fR a command prints a stable JSON document instead of text.\n'
    printf 'Secrets (API keys, WiFi pass phrases) are masked unless \\fB\\-\\-show\\-secrets\\fR is given.\n'
    printf 'Commands never prompt when standard input is not a terminal or \\fB\\-\\-yes\\fR is given.\n'
    printf '.SH COMMANDS\n'
    for c in $commands; do
        printf '.SS "imprint %s"\n' "$c"
        "$bin/imprint" "$c" --help | grep -v -e '--help-all' | verbatim
        if [ "$c" = config ]; then # an action with options of its own
            printf '.SS "imprint config list-connections"\n'
            "$bin/imprint" config list-connections --help | grep -v -e '--help-all' | verbatim
        fi
    done
    printf '.SH EXIT STATUS\n.TP\n.B 0\nSuccess.\n.TP\n.B 1\nA runtime failure (input/output error, a drive went away).\n'
    printf '.TP\n.B 2\nA usage error or invalid input.\n.TP\n.B 3\nVerification found a difference.\n'
    printf '.TP\n.B 4\nRefused for safety (for example the drive holding the running system).\n'
    printf '.SH ENVIRONMENT\n.TP\n.B IMPRINT_LANG\nThe language of messages (de, fr, es; default: the system language).\n'
    environment
    files
    printf '.SH SEE ALSO\n.BR imprint\\-gui (1)\n'
} >"$out/imprint.1"

{
    printf '.TH IMPRINT-GUI 1 "%s" "Imprint %s" "User Commands"\n' "$date" "$version"
    printf '.SH NAME\nimprint\\-gui \\- flash and configure balenaOS images on SD cards and USB drives\n'
    printf '.SH SYNOPSIS\n.B imprint\\-gui\n.RI [ IMAGE ]\n'
    printf '.SH DESCRIPTION\nThe desktop program of Imprint: choose an image, configure its boot partition, and write it to one or more drives or image files, verified.\n'
    printf '.SH OPTIONS\n'
    "$bin/imprint-gui" --help | grep -v -e '--help-all' | verbatim
    printf '.SH ENVIRONMENT\n'
    environment
    files
    printf '.SH SEE ALSO\n.BR imprint (1)\n'
} >"$out/imprint-gui.1"
