// Windows files: Win32 handles opened with CreateFileW (UTF-8 paths converted to UTF-16), handed
// to the tree as C runtime descriptors (_open_osfhandle) so the seam's interface is one for every
// system. Positioned transfers are ReadFile/WriteFile with the offset in an OVERLAPPED.
#include "flasher/platform/file.h"

#include "flasher/platform/windows/wide.h"

#include <algorithm>
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#include <winioctl.h>

namespace imprint::platform {

namespace {

HANDLE handleOf(int fd) { return reinterpret_cast<HANDLE>(_get_osfhandle(fd)); }

OVERLAPPED at(std::uint64_t offset) {
    OVERLAPPED o{};
    o.Offset = static_cast<DWORD>(offset & 0xffffffffu);
    o.OffsetHigh = static_cast<DWORD>(offset >> 32);
    return o;
}

constexpr std::size_t kMaxTransfer = 64u << 20; // one call moves at most this much

} // namespace

Transfer readAt(int fd, void* into, std::size_t length, std::uint64_t offset) {
    Transfer t;
    auto* p = static_cast<unsigned char*>(into);
    const HANDLE h = handleOf(fd);
    while (t.done < length) {
        OVERLAPPED o = at(offset + t.done);
        DWORD n = 0;
        const auto want = static_cast<DWORD>(std::min(length - t.done, kMaxTransfer));
        if (!ReadFile(h, p + t.done, want, &n, &o)) {
            const DWORD e = GetLastError();
            if (e != ERROR_HANDLE_EOF) {
                t.error = static_cast<int>(e);
            }
            break;
        }
        if (n == 0) {
            break;
        }
        t.done += n;
    }
    return t;
}

Transfer writeAt(int fd, const void* data, std::size_t length, std::uint64_t offset) {
    Transfer t;
    const auto* p = static_cast<const unsigned char*>(data);
    const HANDLE h = handleOf(fd);
    while (t.done < length) {
        OVERLAPPED o = at(offset + t.done);
        DWORD n = 0;
        const auto want = static_cast<DWORD>(std::min(length - t.done, kMaxTransfer));
        if (!WriteFile(h, p + t.done, want, &n, &o)) {
            t.error = static_cast<int>(GetLastError());
            break;
        }
        if (n == 0) {
            t.error = ERROR_DISK_FULL;
            break;
        }
        t.done += n;
    }
    return t;
}

int openFile(const std::string& path, unsigned flags) {
    const bool write = (flags & kReadWrite) != 0;
    DWORD access = GENERIC_READ | (write ? GENERIC_WRITE : 0);
    // Exclusive: nobody else writes while this is open (a drive is also locked by its volumes).
    DWORD share = FILE_SHARE_READ | ((flags & kExclusive) != 0 ? 0 : FILE_SHARE_WRITE);
    if ((flags & kExclusive) == 0) {
        share |= FILE_SHARE_DELETE;
    }
    const DWORD disposition = (flags & kCreateNew) != 0 ? CREATE_NEW
                              : (flags & kCreate) != 0  ? OPEN_ALWAYS
                                                        : OPEN_EXISTING;
    DWORD attributes = FILE_ATTRIBUTE_NORMAL;
    if ((flags & kDirect) != 0) {
        attributes |= FILE_FLAG_NO_BUFFERING | FILE_FLAG_WRITE_THROUGH;
    }
    const HANDLE h =
        CreateFileW(widen(path).c_str(), access, share, nullptr, disposition, attributes, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        return -1;
    }
    const int fd =
        _open_osfhandle(reinterpret_cast<intptr_t>(h), (write ? 0 : _O_RDONLY) | _O_BINARY);
    if (fd < 0) {
        CloseHandle(h);
        SetLastError(ERROR_TOO_MANY_OPEN_FILES);
    }
    return fd;
}

int duplicateFile(int fd) { return _dup(fd); }

void closeFile(int fd) {
    if (fd >= 0) {
        _close(fd);
    }
}

namespace {

// Reads from the handle's own position (a pipe has no other); a pipe whose writer closed it
// ends there.
int readHandleToEnd(HANDLE h, std::string& out) {
    char buffer[65536];
    for (;;) {
        DWORD n = 0;
        if (!ReadFile(h, buffer, sizeof buffer, &n, nullptr)) {
            const DWORD e = GetLastError();
            return e == ERROR_BROKEN_PIPE || e == ERROR_HANDLE_EOF ? 0 : static_cast<int>(e);
        }
        if (n == 0) {
            return 0;
        }
        out.append(buffer, n);
    }
}

} // namespace

int readToEnd(int fd, std::string& out) { return readHandleToEnd(handleOf(fd), out); }

int readStandardInput(std::string& out) {
    return readHandleToEnd(GetStdHandle(STD_INPUT_HANDLE), out);
}

int lastError() { return static_cast<int>(GetLastError()); }

std::string errorText(int error) {
    wchar_t* text = nullptr;
    const DWORD n = FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
        nullptr, static_cast<DWORD>(error), 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    std::string out = n > 0 ? narrow(std::wstring(text, n)) : "error " + std::to_string(error);
    LocalFree(text);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r' || out.back() == '.')) {
        out.pop_back();
    }
    return out;
}

int errorNoSpace() { return ERROR_DISK_FULL; }
int errorIo() { return ERROR_IO_DEVICE; }
int errorIsDirectory() { return ERROR_DIRECTORY; }

ErrorKind kindOf(int error) {
    switch (static_cast<DWORD>(error)) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
        return ErrorKind::NotFound;
    case ERROR_FILE_EXISTS:
    case ERROR_ALREADY_EXISTS:
        return ErrorKind::Exists;
    case ERROR_DIRECTORY:
        return ErrorKind::NotDirectory;
    case ERROR_DIR_NOT_EMPTY:
        return ErrorKind::NotEmpty;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return ErrorKind::NoSpace;
    case ERROR_WRITE_PROTECT:
        return ErrorKind::ReadOnly;
    default:
        return ErrorKind::Other;
    }
}

namespace {

std::uint64_t join(DWORD high, DWORD low) { return (std::uint64_t{high} << 32) | low; }

FileStatus statusOfHandle(HANDLE h) {
    FileStatus s;
    BY_HANDLE_FILE_INFORMATION info{};
    if (GetFileInformationByHandle(h, &info)) {
        s.kind = (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) != 0 ? FileKind::Directory
                                                                         : FileKind::Regular;
        s.size = join(info.nFileSizeHigh, info.nFileSizeLow);
        s.device = info.dwVolumeSerialNumber;
        s.inode = join(info.nFileIndexHigh, info.nFileIndexLow);
        // 100 ns ticks since 1601 -> seconds since 1970.
        const std::uint64_t ticks =
            join(info.ftLastWriteTime.dwHighDateTime, info.ftLastWriteTime.dwLowDateTime);
        s.modified = ticks / 10000000u > 11644473600u ? ticks / 10000000u - 11644473600u : 0;
        return s;
    }
    if (GetFileType(h) == FILE_TYPE_DISK) {
        s.kind = FileKind::BlockDevice; // a raw disk or volume answers no file information
        return s;
    }
    s.kind = FileKind::Other;
    return s;
}

bool isDevicePath(const std::string& path) { return path.rfind("\\\\.\\", 0) == 0; }

} // namespace

FileStatus statusOf(const std::string& path) {
    const HANDLE h =
        CreateFileW(widen(path).c_str(), 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                    nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        return {};
    }
    FileStatus s = statusOfHandle(h);
    if (isDevicePath(path)) {
        s.kind = FileKind::BlockDevice;
    }
    CloseHandle(h);
    return s;
}

FileStatus statusOf(int fd) { return statusOfHandle(handleOf(fd)); }

bool sameFile(const FileStatus& a, const FileStatus& b) {
    return a.kind != FileKind::Missing && b.kind != FileKind::Missing && a.device == b.device &&
           a.inode == b.inode;
}

bool mayWrite(const std::string& path) {
    const DWORD attributes = GetFileAttributesW(widen(path).c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) {
        return false;
    }
    // Folders' read-only attribute means nothing to Windows; a file's does.
    if ((attributes & FILE_ATTRIBUTE_DIRECTORY) == 0 &&
        (attributes & FILE_ATTRIBUTE_READONLY) != 0) {
        SetLastError(ERROR_ACCESS_DENIED);
        return false;
    }
    return true;
}

std::optional<std::uint64_t> sizeOf(int fd) {
    const HANDLE h = handleOf(fd);
    LARGE_INTEGER size{};
    if (GetFileSizeEx(h, &size)) {
        return static_cast<std::uint64_t>(size.QuadPart);
    }
    GET_LENGTH_INFORMATION length{};
    DWORD got = 0;
    if (DeviceIoControl(h, IOCTL_DISK_GET_LENGTH_INFO, nullptr, 0, &length, sizeof length, &got,
                        nullptr)) {
        return static_cast<std::uint64_t>(length.Length.QuadPart);
    }
    return std::nullopt;
}

std::uint32_t sectorSizeOf(int fd) {
    DISK_GEOMETRY_EX geometry{};
    DWORD got = 0;
    if (DeviceIoControl(handleOf(fd), IOCTL_DISK_GET_DRIVE_GEOMETRY_EX, nullptr, 0, &geometry,
                        sizeof geometry, &got, nullptr) &&
        geometry.Geometry.BytesPerSector > 0) {
        return geometry.Geometry.BytesPerSector;
    }
    return 512;
}

DataStretch nextData(int fd, std::uint64_t from, std::uint64_t size) {
    if (from >= size) {
        return {size, size};
    }
    FILE_ALLOCATED_RANGE_BUFFER query{};
    query.FileOffset.QuadPart = static_cast<LONGLONG>(from);
    query.Length.QuadPart = static_cast<LONGLONG>(size - from);
    FILE_ALLOCATED_RANGE_BUFFER first{};
    DWORD got = 0;
    // ERROR_MORE_DATA: more stretches follow the first, which is all this asks for.
    if (!DeviceIoControl(handleOf(fd), FSCTL_QUERY_ALLOCATED_RANGES, &query, sizeof query, &first,
                         sizeof first, &got, nullptr) &&
        GetLastError() != ERROR_MORE_DATA) {
        return {from, size}; // not a filesystem that tells: all data
    }
    if (got < sizeof first) {
        return {size, size};
    }
    const auto start =
        std::clamp(static_cast<std::uint64_t>(first.FileOffset.QuadPart), from, size);
    const auto end = static_cast<std::uint64_t>(first.FileOffset.QuadPart + first.Length.QuadPart);
    return {start, std::clamp(end, start, size)};
}

bool resizeFile(int fd, std::uint64_t size) {
    FILE_END_OF_FILE_INFO end{};
    end.EndOfFile.QuadPart = static_cast<LONGLONG>(size);
    return SetFileInformationByHandle(handleOf(fd), FileEndOfFileInfo, &end, sizeof end) != 0;
}

bool makeSparse(int fd) {
    DWORD got = 0;
    return DeviceIoControl(handleOf(fd), FSCTL_SET_SPARSE, nullptr, 0, nullptr, 0, &got, nullptr) !=
           0;
}

bool restrictToOwner(int fd) {
    (void)fd;
    return true;
}

bool syncFile(int fd) { return FlushFileBuffers(handleOf(fd)) != 0; }
bool syncData(int fd) { return syncFile(fd); }

bool replaceFile(const std::string& from, const std::string& to) {
    return MoveFileExW(widen(from).c_str(), widen(to).c_str(),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0;
}

void syncFolder(const std::string& folder) { (void)folder; }

void startWriteback(int fd, std::uint64_t offset, std::uint64_t length) {
    (void)fd, (void)offset, (void)length;
}

void dropCache(int fd, std::uint64_t offset, std::uint64_t length) {
    (void)fd, (void)offset, (void)length;
}

void rereadPartitions(int fd) {
    DWORD got = 0;
    DeviceIoControl(handleOf(fd), IOCTL_DISK_UPDATE_PROPERTIES, nullptr, 0, nullptr, 0, &got,
                    nullptr);
}

} // namespace imprint::platform
