#!/usr/bin/env bash
# Fails when core/, flasher/ or app/ talk to the operating system anywhere but the platform seam
# (flasher/platform/posix and flasher/platform/windows): no POSIX or Win32 header is included
# elsewhere, no POSIX or Win32 call is made and no such constant is used elsewhere. Qt's own
# classes (QFile, QProcess, QStandardPaths...) are Qt's seam and fine in app/.
#
#   platform-calls.sh SOURCE_DIR
#   platform-calls.sh --self-test     # the check finds calls planted in a copy of a tree
set -euo pipefail

if [ "${1:-}" = --self-test ]; then
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/core/x" "$scratch/flasher/platform/posix" "$scratch/app/x"
    printf '#include <unistd.h>\nint f(int fd) { return 0; }\n' >"$scratch/core/x/a.cpp"
    printf 'void g(int fd) { ::fsync(fd); }\n' >"$scratch/core/x/b.cpp"
    printf 'void h(int fd) { struct stat st; fstat(fd, &st); }\n' >"$scratch/core/x/c.cpp"
    printf '#include <windows.h>\n' >"$scratch/core/x/d.h"
    printf '#include <unistd.h>\nvoid k(int fd) { ::fsync(fd); }\n' >"$scratch/flasher/platform/posix/ok.cpp"
    printf 'int m() { return FatVolume::open(d); }\nvoid n(File& f) { f.close(); }\n' >"$scratch/core/x/fine.cpp"
    # app/: the shapes app/ used before it went through the seam.
    printf 'bool ask() { return isatty(STDIN_FILENO) != 0; }\n' >"$scratch/app/x/e.cpp"
    printf '#include <csignal>\nvoid q() { std::signal(SIGINT, on); }\n' >"$scratch/app/x/f.cpp"
    printf 'void r(QVariantMap& o) {\n    o.insert("flags", int(O_EXCL | O_DIRECT)); // a D-Bus option\n}\n' \
        >"$scratch/app/x/g.cpp"
    printf 'int s(char** argv) { return execv("/x", argv); }\n' >"$scratch/app/x/h.cpp"
    printf 'int t(HANDLE h) { DWORD m = 0; return GetConsoleMode(h, &m); }\n' >"$scratch/app/x/i.cpp"
    cat >"$scratch/app/x/fine.cpp" <<'EOF'
// isatty(STDIN_FILENO) and ::open(path, O_RDONLY) are said here in a comment only.
void u(QProcess& p, QFile& f) {
    p.kill();
    f.open(QIODevice::ReadOnly); // then ::close(fd) in a comment
    connect(&p, &QProcess::finished, this, &Run::signal);
    QObject::connect(&w, &W::raise, this, [] {});
    const bool tty = platform::isTerminal(platform::StandardStream::Input);
    platform::onInterrupt(nullptr);
    auto url = QStringLiteral("https://example.org/a"); // a URL is not a comment
}
EOF
    out=$(bash "$0" "$scratch" 2>&1) && { echo "self-test: planted calls were not found" >&2; exit 1; }
    for planted in core/x/a.cpp core/x/b.cpp core/x/c.cpp core/x/d.h app/x/e.cpp app/x/f.cpp \
        app/x/g.cpp app/x/h.cpp app/x/i.cpp; do
        grep -q "^$planted:" <<<"$out" || { echo "self-test: missed $planted" >&2; exit 1; }
    done
    if grep -q -E "fine.cpp|ok.cpp" <<<"$out"; then
        echo "self-test: flagged code that makes no OS call, or the seam itself:" >&2
        echo "$out" >&2
        exit 1
    fi
    echo "platform-calls self-test: every planted call found, nothing else flagged"
    exit 0
fi

root=${1:-$(cd "$(dirname "$0")/../../.." && pwd)}
cd "$root"

headers='unistd|fcntl|sys/[a-z_]+|linux/[a-z_]+|spawn|dirent|poll|pwd|grp|mntent|termios|dlfcn|pthread|semaphore|signal|windows|winioctl|winbase|io|direct|shlobj|setupapi|bcrypt|openssl/[a-z_]+|libfdisk/libfdisk|ext2fs/ext2fs|blkid/blkid|libmount/libmount'
# Names the tree also uses for its own functions (open, read, stat...): a call counts when it is
# ::qualified or takes a descriptor, a C string or POSIX flags.
common='open|close|read|write|stat|lstat|dup|pipe|mount|umount|unlink|rmdir|mkdir|access'
# Names that are the system's alone: any call counts (std:: or :: qualified or not), unless it is
# a member (a.kill(), p->signal()) or another namespace's (QObject::raise).
system='pread|pwrite|lseek|fstat|fsync|fdatasync|ftruncate|ioctl|mmap|munmap|fcntl|pipe2|fork|waitpid|umount2|statvfs|opendir|readdir|closedir|mkstemp|realpath|getuid|geteuid|localtime_r|gmtime_r|posix_memalign|isatty|fileno|memfd_create|dup2|execv|execve|execvp|execl|execlp|posix_spawnp?|sigaction|signal|raise|kill|readlink|setpriority|getpriority|syscall|sync_file_range|posix_fadvise|chmod|fchmod|umask|setrlimit|getrlimit|CreateFile[AW]?|DeviceIoControl|ReadFile|WriteFile|CloseHandle|FlushFileBuffers|GetLastError|GetStdHandle|SetStdHandle|GetConsoleMode|SetConsoleCtrlHandler|CreateProcess[AW]?|WaitForSingleObject|GetExitCodeProcess|GetModuleFileName[AW]?|SetThreadPriority|ShellExecuteEx[AW]?'
# The system's constants: descriptors, signals, open flags, file types, handles, control codes.
constants='STD(IN|OUT|ERR)_FILENO|F_(DUPFD|DUPFD_CLOEXEC|GETFD|SETFD|GETFL|SETFL|NOCACHE)|FD_CLOEXEC|SIG(INT|TERM|XFSZ|PIPE|HUP|KILL|CHLD|USR1|USR2)|SIG_(IGN|DFL)|O_(RDONLY|WRONLY|RDWR|CREAT|EXCL|TRUNC|DIRECT|CLOEXEC|APPEND|NONBLOCK|SYNC|DSYNC)|SEEK_(DATA|HOLE)|S_IS(REG|DIR|BLK|CHR|LNK)|TIOCGWINSZ|INVALID_HANDLE_VALUE|STD_(INPUT|OUTPUT|ERROR)_HANDLE|GENERIC_(READ|WRITE)|FILE_FLAG_[A-Z_]+|IOCTL_[A-Z_]+|FSCTL_[A-Z_]+'

# Prints `file: what` and the lines of `hits` under it, and marks the run failed.
bad=0
report() {
    echo "$1: $2 outside flasher/platform/{posix,windows}:" >&2
    echo "$3" | sed 's/^/    /' >&2
    bad=1
}

files=$(find core flasher app -name '*.cpp' -o -name '*.h' 2>/dev/null |
    grep -v -E '^flasher/platform/(posix|windows)/' | sort)
for f in $files; do
    if hits=$(grep -n -E "^[[:space:]]*#[[:space:]]*include[[:space:]]*<(($headers)\.h|csignal)>" "$f"); then
        report "$f" "an OS header" "$hits"
    fi
    # The code alone: comments (// at a line's start or after a blank, not in https://) dropped,
    # line numbers kept.
    code=$(sed -E 's#(^|[[:space:]])//.*$##' "$f" | grep -n -v -E '^[[:space:]]*(\*|/\*)' || true)
    # A call of a common name: ::name(, or name( not after . -> or a word, with system arguments.
    # (Each line starts with its number and a colon, which ^[0-9]+: stands for.)
    hits=$(grep -E "(^[0-9]+:|[^[:alnum:]_:.>])(::)?($common)[[:space:]]*\(" <<<"$code" |
        grep -E "(^[0-9]+:|[^[:alnum:]_])::($common)[[:space:]]*\(|(^[0-9]+:|[^[:alnum:]_:.>])($common)\([^)]*(fd|c_str|O_|S_|&st)" ||
        true)
    if [ -n "$hits" ]; then
        report "$f" "an OS call" "$hits"
    fi
    if hits=$(grep -E "(^[0-9]+:|[^[:alnum:]_:.>])(std::|::)?($system)[[:space:]]*\(" <<<"$code"); then
        report "$f" "an OS call" "$hits"
    fi
    if hits=$(grep -E "(^|[^[:alnum:]_])($constants)([^[:alnum:]_]|$)" <<<"$code"); then
        report "$f" "an OS constant" "$hits"
    fi
done
if [ "$bad" -ne 0 ]; then
    echo "Move these into flasher/platform (file.h, system.h, digest.h) and call the seam." >&2
    exit 1
fi
echo "platform-calls: $(echo "$files" | wc -l) files of core/, flasher/ and app/ make no OS call outside the seam"
