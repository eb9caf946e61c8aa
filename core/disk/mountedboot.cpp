#include "core/disk/mountedboot.h"

#include "core/common/fileio.h"
#include "core/disk/fatnames.h"

#include <sys/stat.h>
#include <sys/statvfs.h>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace imprint::disk {
namespace {

Error fromErrno(int error, const std::string& path) {
    switch (error) {
    case ENOENT:
        return Error("fat.not_found").with("path", path);
    case EISDIR:
        return Error("fat.is_a_directory").with("path", path);
    case ENOTDIR:
        return Error("fat.not_a_directory").with("path", path);
    case ENOTEMPTY:
    case EEXIST:
        return Error(error == EEXIST ? "fat.exists" : "fat.directory_not_empty").with("path", path);
    case ENOSPC:
        return Error("fat.volume_full").with("path", path).with("needed", "?").with("free", "0");
    case EROFS:
        return Error("disk.read_only").with("path", path);
    default:
        return Error("disk.write_failed").with("path", path).with("reason", std::strerror(error));
    }
}

class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    [[nodiscard]] int get() const { return fd_; }

private:
    int fd_;
};

} // namespace

MountedBootPartition::MountedBootPartition(std::string root, bool writable)
    : root_(std::move(root)), writable_(writable) {
    location_.reason = "directory";
    location_.label = root_;
}

Result<std::string> MountedBootPartition::resolve(std::string_view path) const {
    std::string out = root_;
    std::size_t i = 0;
    while (i <= path.size()) {
        const auto j = std::min(path.find('/', i), path.size());
        const auto part = path.substr(i, j - i);
        if (part == "..") {
            return Error("fat.invalid_name").with("name", "..").with("reason", "reserved");
        }
        if (!part.empty() && part != ".") {
            out += "/" + std::string(part);
        }
        i = j + 1;
    }
    return out;
}

Result<std::vector<std::uint8_t>> MountedBootPartition::readFile(std::string_view path) {
    auto host = resolve(path);
    if (!host) {
        return host.error();
    }
    Fd fd(::open(host->c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        return fromErrno(errno, std::string(path));
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0 || S_ISDIR(st.st_mode)) {
        return Error("fat.is_a_directory").with("path", std::string(path));
    }
    std::vector<std::uint8_t> out;
    std::uint8_t buf[65536];
    for (std::uint64_t at = 0;;) {
        const Transfer t = readAt(fd.get(), buf, sizeof buf, at);
        if (t.error != 0) {
            return Error("disk.read_failed")
                .with("path", *host)
                .with("reason", std::strerror(t.error));
        }
        out.insert(out.end(), buf, buf + t.done);
        at += t.done;
        if (t.done < sizeof buf) {
            break;
        }
    }
    return out;
}

Result<void> MountedBootPartition::writeFile(std::string_view path,
                                             std::span<const std::uint8_t> data) {
    if (!writable_) {
        return Error("disk.read_only").with("path", root_);
    }
    auto host = resolve(path);
    if (!host) {
        return host.error();
    }
    const std::filesystem::path target(*host);
    if (auto valid = validateLongName(target.filename().string()); !valid) {
        return valid.error();
    }
    struct stat st {};
    if (::stat(host->c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        return Error("fat.is_a_directory").with("path", std::string(path));
    }
    const std::string dir = target.parent_path().string();
    std::string temp = dir + "/.imprint-XXXXXX";
    Fd fd(::mkstemp(temp.data()));
    if (fd.get() < 0) {
        return fromErrno(errno, std::string(path));
    }
    if (const Transfer t = writeAt(fd.get(), data.data(), data.size(), 0); t.error != 0) {
        ::unlink(temp.c_str());
        return fromErrno(t.error, std::string(path));
    }
    // The new content is durable before the name points at it; then the rename is made durable.
    if (::fsync(fd.get()) != 0 || ::rename(temp.c_str(), host->c_str()) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        return fromErrno(error, std::string(path));
    }
    Fd dirFd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dirFd.get() >= 0) {
        ::fsync(dirFd.get());
    }
    return {};
}

Result<void> MountedBootPartition::remove(std::string_view path) {
    if (!writable_) {
        return Error("disk.read_only").with("path", root_);
    }
    auto host = resolve(path);
    if (!host) {
        return host.error();
    }
    if (*host == root_) {
        return Error("fat.is_root");
    }
    struct stat st {};
    if (::lstat(host->c_str(), &st) != 0) {
        return fromErrno(errno, std::string(path));
    }
    if ((S_ISDIR(st.st_mode) ? ::rmdir(host->c_str()) : ::unlink(host->c_str())) != 0) {
        return fromErrno(errno, std::string(path));
    }
    return {};
}

Result<void> MountedBootPartition::makeDirectory(std::string_view path) {
    if (!writable_) {
        return Error("disk.read_only").with("path", root_);
    }
    auto host = resolve(path);
    if (!host) {
        return host.error();
    }
    std::string walked = root_;
    for (const auto& part : std::filesystem::path(host->substr(root_.size()))) {
        if (part == "/" || part.empty()) {
            continue;
        }
        walked += "/" + part.string();
        if (::mkdir(walked.c_str(), 0755) != 0 && errno != EEXIST) {
            return fromErrno(errno, std::string(path));
        }
        struct stat st {};
        if (::stat(walked.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
            return Error("fat.not_a_directory").with("path", walked.substr(root_.size()));
        }
    }
    return {};
}

Result<std::vector<BootEntry>> MountedBootPartition::list(std::string_view path) {
    auto host = resolve(path);
    if (!host) {
        return host.error();
    }
    DIR* d = ::opendir(host->c_str());
    if (d == nullptr) {
        return fromErrno(errno, std::string(path));
    }
    std::vector<BootEntry> out;
    while (const dirent* e = ::readdir(d)) {
        const std::string name = e->d_name;
        if (name == "." || name == "..") {
            continue;
        }
        struct stat st {};
        if (::stat((*host + "/" + name).c_str(), &st) != 0) {
            continue;
        }
        out.push_back({name, S_ISDIR(st.st_mode),
                       S_ISDIR(st.st_mode) ? 0 : static_cast<std::uint64_t>(st.st_size)});
    }
    ::closedir(d);
    return out;
}

Result<std::optional<BootEntry>> MountedBootPartition::stat(std::string_view path) {
    auto host = resolve(path);
    if (!host) {
        return host.error();
    }
    struct stat st {};
    if (::stat(host->c_str(), &st) != 0) {
        if (errno == ENOENT || errno == ENOTDIR) {
            return std::optional<BootEntry>();
        }
        return fromErrno(errno, std::string(path));
    }
    return std::optional<BootEntry>(
        BootEntry{std::filesystem::path(*host).filename().string(), S_ISDIR(st.st_mode),
                  S_ISDIR(st.st_mode) ? 0 : static_cast<std::uint64_t>(st.st_size)});
}

Result<std::uint64_t> MountedBootPartition::freeSpace() {
    struct statvfs vfs {};
    if (::statvfs(root_.c_str(), &vfs) != 0) {
        return Error("disk.read_failed").with("path", root_).with("reason", std::strerror(errno));
    }
    return std::uint64_t{vfs.f_bavail} * vfs.f_frsize;
}

Result<std::unique_ptr<BootPartition>> openBootDirectory(const std::string& directory,
                                                         bool writable) {
    std::error_code ec;
    if (!std::filesystem::is_directory(directory, ec)) {
        return Error("disk.open_failed")
            .with("path", directory)
            .with("reason", "disk.not_a_directory");
    }
    std::string root = directory;
    while (root.size() > 1 && root.back() == '/') {
        root.pop_back();
    }
    return std::unique_ptr<BootPartition>(new MountedBootPartition(root, writable));
}

} // namespace imprint::disk
