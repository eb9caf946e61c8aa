// POSIX files (Linux; macOS where it differs is marked).
#include "flasher/platform/file.h"

#include <sys/stat.h>
#include <sys/types.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#if defined(__linux__)
#include <linux/fs.h>
#include <sys/ioctl.h>
#endif

namespace imprint::platform {

Transfer readAt(int fd, void* into, std::size_t length, std::uint64_t offset) {
    Transfer t;
    auto* p = static_cast<unsigned char*>(into);
    while (t.done < length) {
        const ssize_t n =
            ::pread(fd, p + t.done, length - t.done, static_cast<off_t>(offset + t.done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            t.error = errno;
            break;
        }
        if (n == 0) {
            break;
        }
        t.done += static_cast<std::size_t>(n);
    }
    return t;
}

Transfer writeAt(int fd, const void* data, std::size_t length, std::uint64_t offset) {
    Transfer t;
    const auto* p = static_cast<const unsigned char*>(data);
    while (t.done < length) {
        const ssize_t n =
            ::pwrite(fd, p + t.done, length - t.done, static_cast<off_t>(offset + t.done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            t.error = n < 0 ? errno : ENOSPC;
            break;
        }
        t.done += static_cast<std::size_t>(n);
    }
    return t;
}

int posixOpenFlags(unsigned flags) {
    int mode = (flags & kReadWrite) != 0 ? O_RDWR : O_RDONLY;
    if ((flags & kCreate) != 0) {
        mode |= O_CREAT;
    }
    if ((flags & kCreateNew) != 0) {
        mode |= O_CREAT | O_EXCL;
    }
#if defined(__linux__)
    if ((flags & kDirect) != 0) {
        mode |= O_DIRECT;
    }
    if ((flags & kExclusive) != 0) {
        mode |= O_EXCL;
    }
#endif
    return mode;
}

int openFile(const std::string& path, unsigned flags) {
    const int mode = posixOpenFlags(flags);
    int fd = -1;
    do {
        fd = ::open(path.c_str(), mode | O_CLOEXEC, (flags & kOwnerOnly) != 0 ? 0600 : 0644);
    } while (fd < 0 && errno == EINTR);
#if defined(__APPLE__)
    if (fd >= 0 && (flags & kDirect) != 0) {
        ::fcntl(fd, F_NOCACHE, 1);
    }
#endif
    return fd;
}

int duplicateFile(int fd) { return ::fcntl(fd, F_DUPFD_CLOEXEC, 0); }

void closeFile(int fd) {
    if (fd >= 0) {
        ::close(fd);
    }
}

int readToEnd(int fd, std::string& out) {
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) {
            out.append(buffer, static_cast<std::size_t>(n));
        } else if (n == 0) {
            return 0;
        } else if (errno != EINTR) {
            return errno;
        }
    }
}

int readStandardInput(std::string& out) { return readToEnd(STDIN_FILENO, out); }

int lastError() { return errno; }
std::string errorText(int error) { return std::strerror(error); }
int errorNoSpace() { return ENOSPC; }
int errorIo() { return EIO; }
int errorIsDirectory() { return EISDIR; }

ErrorKind kindOf(int error) {
    switch (error) {
    case ENOENT:
        return ErrorKind::NotFound;
    case EEXIST:
        return ErrorKind::Exists;
    case EISDIR:
        return ErrorKind::IsDirectory;
    case ENOTDIR:
        return ErrorKind::NotDirectory;
    case ENOTEMPTY:
        return ErrorKind::NotEmpty;
    case ENOSPC:
    case EDQUOT:
        return ErrorKind::NoSpace;
    case EROFS:
        return ErrorKind::ReadOnly;
    default:
        return ErrorKind::Other;
    }
}

namespace {

FileStatus fromStat(const struct stat& st) {
    FileStatus s;
    s.kind = S_ISREG(st.st_mode)   ? FileKind::Regular
             : S_ISDIR(st.st_mode) ? FileKind::Directory
             : S_ISBLK(st.st_mode) ? FileKind::BlockDevice
                                   : FileKind::Other;
    s.size = static_cast<std::uint64_t>(st.st_size);
    s.device = static_cast<std::uint64_t>(st.st_dev);
    s.inode = static_cast<std::uint64_t>(st.st_ino);
    s.rdev = static_cast<std::uint64_t>(st.st_rdev);
    s.modified = static_cast<std::uint64_t>(st.st_mtime);
    return s;
}

} // namespace

FileStatus statusOf(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 ? fromStat(st) : FileStatus{};
}

FileStatus statusOf(int fd) {
    struct stat st {};
    return ::fstat(fd, &st) == 0 ? fromStat(st) : FileStatus{};
}

bool sameFile(const FileStatus& a, const FileStatus& b) {
    return a.kind != FileKind::Missing && b.kind != FileKind::Missing && a.device == b.device &&
           a.inode == b.inode;
}

bool mayWrite(const std::string& path) { return ::access(path.c_str(), W_OK) == 0; }

std::optional<std::uint64_t> sizeOf(int fd) {
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        return std::nullopt;
    }
#if defined(__linux__)
    if (S_ISBLK(st.st_mode)) {
        std::uint64_t size = 0;
        if (::ioctl(fd, BLKGETSIZE64, &size) != 0) {
            return std::nullopt;
        }
        return size;
    }
#endif
    return static_cast<std::uint64_t>(st.st_size);
}

std::uint32_t sectorSizeOf(int fd) {
#if defined(__linux__)
    int sector = 0;
    if (::ioctl(fd, BLKSSZGET, &sector) == 0 && sector > 0) {
        return static_cast<std::uint32_t>(sector);
    }
#else
    (void)fd;
#endif
    return 512;
}

DataStretch nextData(int fd, std::uint64_t from, std::uint64_t size) {
    if (from >= size) {
        return {size, size};
    }
#if defined(SEEK_DATA) && defined(SEEK_HOLE)
    const off_t data = ::lseek(fd, static_cast<off_t>(from), SEEK_DATA);
    if (data < 0) {
        // ENXIO: only a hole follows; anything else: the system cannot tell, so all is data.
        return errno == ENXIO ? DataStretch{size, size} : DataStretch{from, size};
    }
    const off_t hole = ::lseek(fd, data, SEEK_HOLE);
    const auto start = std::min(static_cast<std::uint64_t>(data), size);
    return {start, hole < 0 ? size : std::clamp(static_cast<std::uint64_t>(hole), start, size)};
#else
    (void)fd;
    return {from, size};
#endif
}

bool resizeFile(int fd, std::uint64_t size) {
    return ::ftruncate(fd, static_cast<off_t>(size)) == 0;
}

bool makeSparse(int fd) {
    (void)fd;
    return true;
}

bool restrictToOwner(int fd) { return ::fchmod(fd, 0600) == 0; }

bool syncFile(int fd) { return ::fsync(fd) == 0; }

bool syncData(int fd) {
#if defined(__linux__)
    return ::fdatasync(fd) == 0;
#else
    return ::fsync(fd) == 0;
#endif
}

bool replaceFile(const std::string& from, const std::string& to) {
    return ::rename(from.c_str(), to.c_str()) == 0;
}

void syncFolder(const std::string& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

void startWriteback(int fd, std::uint64_t offset, std::uint64_t length) {
#if defined(__linux__)
    ::sync_file_range(fd, static_cast<off_t>(offset), static_cast<off_t>(length),
                      SYNC_FILE_RANGE_WRITE);
#else
    (void)fd, (void)offset, (void)length;
#endif
}

void dropCache(int fd, std::uint64_t offset, std::uint64_t length) {
#if defined(__linux__)
    ::posix_fadvise(fd, static_cast<off_t>(offset), static_cast<off_t>(length),
                    POSIX_FADV_DONTNEED);
#else
    (void)fd, (void)offset, (void)length;
#endif
}

void rereadPartitions(int fd) {
#if defined(__linux__)
    // Loop devices without partition scanning say EINVAL, which is fine.
    ::ioctl(fd, BLKRRPART);
#else
    (void)fd;
#endif
}

} // namespace imprint::platform
