// The operating system's files, drives and folders as Imprint uses them: every POSIX or Win32
// call of core/, flasher/ and app/ is made behind this header (or system.h, digest.h), in posix/
// or windows/, and nowhere else (tests/flasher/platform/platform-calls.sh checks it). A file is
// an `int` descriptor: a POSIX one, or on Windows a C runtime descriptor over the Win32 handle
// (the handle does the work).
//
// Errors are OS error numbers (errno, or GetLastError() on Windows) in `Transfer::error` and
// `lastError()`; `errorText()` turns one into the system's message. Everything else in the tree
// turns them into error values with that text as a detail.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace imprint::platform {

// What a positioned transfer did: the bytes moved, and the error that stopped it (0 when it
// stopped because it was done or, for a read, at the end of the file).
struct Transfer {
    std::size_t done = 0;
    int error = 0;

    [[nodiscard]] bool complete(std::size_t length) const { return error == 0 && done == length; }
};

// Reads until `length` bytes are in `into` or the file ends, retrying interrupted calls.
Transfer readAt(int fd, void* into, std::size_t length, std::uint64_t offset);
// Writes all `length` bytes; a write that moves nothing fails with errorNoSpace().
Transfer writeAt(int fd, const void* data, std::size_t length, std::uint64_t offset);

// How to open a file. Direct: bypass the cache (aligned offsets, lengths and memory).
// Exclusive: a block device no one else has open (Linux O_EXCL; a locked volume on Windows).
enum OpenFlag : unsigned {
    kRead = 0,
    kReadWrite = 1u << 0,
    kCreate = 1u << 1, // with kReadWrite: created (0644) when missing, never truncated
    kDirect = 1u << 2,
    kExclusive = 1u << 3,
    kCreateNew = 1u << 4, // with kReadWrite: created (0644), failing when it exists
    kOwnerOnly = 1u << 5, // with kCreate or kCreateNew: created 0600 (POSIX)
};

// Opens `path` (UTF-8), the descriptor not inherited by child processes; -1 and lastError()
// when it cannot.
int openFile(const std::string& path, unsigned flags);
#if !defined(_WIN32)
// The open(2) flags openFile uses for `flags`, for a broker asked to open a file on our behalf
// (UDisks2's OpenDevice): kDirect | kExclusive is O_DIRECT | O_EXCL on Linux.
int posixOpenFlags(unsigned flags);
#endif
// A second descriptor for the same open file (its own lifetime), or -1.
int duplicateFile(int fd);
void closeFile(int fd);

// Reads a whole file into `out`: 0, or the OS error (errorNoSpace() when it is larger than
// `limit` bytes).
int readWholeFile(const std::string& path, std::string& out, std::uint64_t limit);

// Reads an open file, a pipe or a terminal from where it stands to its end, appending to `out`:
// 0, or the OS error. readStandardInput() reads this process's standard input so (as bytes).
int readToEnd(int fd, std::string& out);
int readStandardInput(std::string& out);

// Writes `data` as the whole content of `path` (created or emptied first), synced; owner-only
// permissions when `ownerOnly` (where the system has them). 0, or the OS error.
int writeWholeFile(const std::string& path, const void* data, std::size_t size, bool ownerOnly);

// Owns a descriptor: closes it when it goes.
class UniqueFile {
public:
    UniqueFile() = default;
    explicit UniqueFile(int fd) : fd_(fd) {}
    UniqueFile(UniqueFile&& o) noexcept : fd_(o.release()) {}
    UniqueFile& operator=(UniqueFile&& o) noexcept {
        if (this != &o) {
            reset(o.release());
        }
        return *this;
    }
    UniqueFile(const UniqueFile&) = delete;
    UniqueFile& operator=(const UniqueFile&) = delete;
    ~UniqueFile() { reset(); }

    [[nodiscard]] int get() const { return fd_; }
    [[nodiscard]] bool valid() const { return fd_ >= 0; }
    int release() {
        const int fd = fd_;
        fd_ = -1;
        return fd;
    }
    void reset(int fd = -1) {
        if (fd_ >= 0) {
            closeFile(fd_);
        }
        fd_ = fd;
    }

private:
    int fd_ = -1;
};

// The OS error of the last failed call on this thread, and its text.
int lastError();
std::string errorText(int error);
// The errors the tree tells apart, whatever the system's numbers for them.
enum class ErrorKind {
    Other,
    NotFound,
    Exists,
    IsDirectory,
    NotDirectory,
    NotEmpty,
    NoSpace,
    ReadOnly
};
ErrorKind kindOf(int error);
// Numbers for errors the tree reports itself (a write that moved nothing, a short read).
int errorNoSpace();
int errorIo();
int errorIsDirectory();

enum class FileKind { Missing, Regular, Directory, BlockDevice, Other };

struct FileStatus {
    FileKind kind = FileKind::Missing;
    std::uint64_t size = 0;     // bytes (regular files; a block device's size is deviceSize())
    std::uint64_t device = 0;   // identity: the filesystem holding it...
    std::uint64_t inode = 0;    // ...and the file within it
    std::uint64_t rdev = 0;     // a block device's own device number (major:minor on Linux)
    std::uint64_t modified = 0; // seconds since 1970
};

// The status of a path (symbolic links followed) or an open file; Missing with lastError()
// when it cannot be read.
FileStatus statusOf(const std::string& path);
FileStatus statusOf(int fd);
// Both name the same file (and exist).
bool sameFile(const FileStatus& a, const FileStatus& b);
// The folder holding `path` may have files created in it / the file may be written, by this user.
bool mayWrite(const std::string& path);

// The size of an open file or block device in bytes; nullopt with lastError().
std::optional<std::uint64_t> sizeOf(int fd);
// The logical sector size a block device reports (512 when it reports none).
std::uint32_t sectorSizeOf(int fd);
// Where a file holds data: [start, end) of the first stretch at or after `from`, of a file
// `size` bytes long; the rest reads as zeros (holes). start == end == size when no data follows.
// A file whose holes the system does not tell is data throughout.
struct DataStretch {
    std::uint64_t start = 0;
    std::uint64_t end = 0;
};
DataStretch nextData(int fd, std::uint64_t from, std::uint64_t size);
// Sets the file's size (a regular file; growing makes a hole). False with lastError().
bool resizeFile(int fd, std::uint64_t size);
// Marks a new file sparse where the system needs to be told (Windows); true elsewhere.
bool makeSparse(int fd);
// Only the owner may read or write the file from now on (POSIX mode 0600; no-op on Windows,
// where files in the user's profile are the user's already).
bool restrictToOwner(int fd);
// Everything written reaches the medium. False with lastError().
bool syncFile(int fd);
// The data written reaches the medium (and the metadata needed to read it back).
bool syncData(int fd);
// Renames `from` to `to`, replacing `to` when it exists, in one step. False with lastError().
bool replaceFile(const std::string& from, const std::string& to);
// A renamed or created entry of `folder` reaches the medium (no-op where folders need not be).
void syncFolder(const std::string& folder);
// Starts writing back [offset, offset+length) without waiting (a hint; no-op where unknown).
void startWriteback(int fd, std::uint64_t offset, std::uint64_t length);
// Drops the cached pages of [offset, offset+length) so the next read comes from the medium.
void dropCache(int fd, std::uint64_t offset, std::uint64_t length);
// Tells the kernel a block device's partition table changed (no-op where unknown).
void rereadPartitions(int fd);

} // namespace imprint::platform
