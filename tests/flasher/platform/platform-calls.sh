#!/usr/bin/env bash
# Fails when core/ or flasher/ talk to the operating system anywhere but the platform seam
# (flasher/platform/posix and flasher/platform/windows): no POSIX or Win32 header is included
# elsewhere, and no POSIX or Win32 call is made elsewhere.
#
#   platform-calls.sh SOURCE_DIR
#   platform-calls.sh --self-test     # the check finds calls planted in a copy of a tree
set -euo pipefail

if [ "${1:-}" = --self-test ]; then
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/core/x" "$scratch/flasher/platform/posix"
    printf '#include <unistd.h>\nint f(int fd) { return 0; }\n' >"$scratch/core/x/a.cpp"
    printf 'void g(int fd) { ::fsync(fd); }\n' >"$scratch/core/x/b.cpp"
    printf 'void h(int fd) { struct stat st; fstat(fd, &st); }\n' >"$scratch/core/x/c.cpp"
    printf '#include <windows.h>\n' >"$scratch/core/x/d.h"
    printf '#include <unistd.h>\nvoid k(int fd) { ::fsync(fd); }\n' >"$scratch/flasher/platform/posix/ok.cpp"
    printf 'int m() { return FatVolume::open(d); }\nvoid n(File& f) { f.close(); }\n' >"$scratch/core/x/fine.cpp"
    out=$(bash "$0" "$scratch" 2>&1) && { echo "self-test: planted calls were not found" >&2; exit 1; }
    for planted in a.cpp b.cpp c.cpp d.h; do
        grep -q "core/x/$planted" <<<"$out" || { echo "self-test: missed core/x/$planted" >&2; exit 1; }
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

headers='unistd|fcntl|sys/[a-z_]+|linux/[a-z_]+|spawn|dirent|poll|pwd|grp|mntent|termios|dlfcn|pthread|semaphore|windows|winioctl|winbase|io|direct|shlobj|setupapi|bcrypt|openssl/[a-z_]+|libfdisk/libfdisk|ext2fs/ext2fs|blkid/blkid|libmount/libmount'
calls='open|close|read|write|pread|pwrite|lseek|fstat|stat|lstat|fsync|fdatasync|ftruncate|ioctl|mmap|munmap|memfd_create|fcntl|dup|dup2|pipe|pipe2|fork|execvp|waitpid|posix_spawnp?|umount2?|mount|statvfs|opendir|readdir|closedir|unlink|rmdir|mkdir|mkstemp|access|realpath|getuid|geteuid|isatty|localtime_r|gmtime_r|sync_file_range|posix_fadvise|posix_memalign|CreateFile[AW]?|DeviceIoControl|ReadFile|WriteFile|CloseHandle|FlushFileBuffers|GetLastError'

files=$(find core flasher -name '*.cpp' -o -name '*.h' | grep -v -E '^flasher/platform/(posix|windows)/' | sort)
bad=0
for f in $files; do
    if hits=$(grep -n -E "^[[:space:]]*#[[:space:]]*include[[:space:]]*<($headers)\.h>" "$f"); then
        echo "$f: an OS header outside flasher/platform/{posix,windows}:" >&2
        echo "$hits" | sed 's/^/    /' >&2
        bad=1
    fi
    # A call: the name as a free function, ::name( or name( not preceded by . -> or a word.
    if hits=$(grep -n -E "(^|[^.>[:alnum:]_:])(::)?($calls)[[:space:]]*\(" "$f" |
        grep -v -E '^[0-9]+:[[:space:]]*//' |
        grep -E "::($calls)[[:space:]]*\(|(^|[^[:alnum:]_.>])($calls)[[:space:]]*\(" |
        grep -E "(^|[^[:alnum:]_])::($calls)[[:space:]]*\(|[^[:alnum:]_:.>]($(echo "$calls" | tr -d ' '))\([^)]*(fd|c_str|O_|S_|&st)" ); then
        echo "$f: an OS call outside flasher/platform/{posix,windows}:" >&2
        echo "$hits" | sed 's/^/    /' >&2
        bad=1
    fi
done
if [ "$bad" -ne 0 ]; then
    echo "Move these into flasher/platform (file.h, system.h, digest.h) and call the seam." >&2
    exit 1
fi
echo "platform-calls: $(echo "$files" | wc -l) files of core/ and flasher/ make no OS call outside the seam"
