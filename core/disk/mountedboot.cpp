#include "core/disk/mountedboot.h"

#include "core/common/utf8path.h"
#include "core/disk/fatnames.h"
#include "flasher/platform/file.h"

#include <filesystem>
#include <random>

namespace imprint::disk {
namespace {

namespace fs = std::filesystem;
using platform::ErrorKind;

Error fromKind(ErrorKind kind, const std::string& path, const std::string& detail) {
    switch (kind) {
    case ErrorKind::NotFound:
        return Error("fat.not_found").with("path", path);
    case ErrorKind::IsDirectory:
        return Error("fat.is_a_directory").with("path", path);
    case ErrorKind::NotDirectory:
        return Error("fat.not_a_directory").with("path", path);
    case ErrorKind::Exists:
        return Error("fat.exists").with("path", path);
    case ErrorKind::NotEmpty:
        return Error("fat.directory_not_empty").with("path", path);
    case ErrorKind::NoSpace:
        return Error("fat.volume_full").with("path", path).with("needed", "?").with("free", "0");
    case ErrorKind::ReadOnly:
        return Error("disk.read_only").with("path", path);
    case ErrorKind::Other:
        break;
    }
    return Error("disk.write_failed").with("path", path).with("reason", detail);
}

// An OS error number from the platform seam.
Error fromSystem(int error, const std::string& path) {
    return fromKind(platform::kindOf(error), path, platform::errorText(error));
}

// A std::filesystem error: its portable condition, else its message.
Error fromCode(const std::error_code& ec, const std::string& path) {
    const ErrorKind kind = ec == std::errc::no_such_file_or_directory ? ErrorKind::NotFound
                           : ec == std::errc::is_a_directory          ? ErrorKind::IsDirectory
                           : ec == std::errc::not_a_directory         ? ErrorKind::NotDirectory
                           : ec == std::errc::file_exists             ? ErrorKind::Exists
                           : ec == std::errc::directory_not_empty     ? ErrorKind::NotEmpty
                           : ec == std::errc::no_space_on_device      ? ErrorKind::NoSpace
                           : ec == std::errc::read_only_file_system   ? ErrorKind::ReadOnly
                                                                      : ErrorKind::Other;
    return fromKind(kind, path, ec.message());
}

fs::path hostPath(const std::string& utf8) { return pathFromUtf8(utf8); }

// A name for the new content beside its final name, not used by anything.
std::string temporaryBeside(const std::string& dir) {
    static thread_local std::mt19937_64 random{std::random_device{}()};
    const char* digits = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::string name = dir + "/.imprint-";
    for (int i = 0; i < 10; ++i) {
        name += digits[random() % 36];
    }
    return name;
}

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
    platform::UniqueFile fd(platform::openFile(*host, platform::kRead));
    if (!fd.valid()) {
        return fromSystem(platform::lastError(), std::string(path));
    }
    if (platform::statusOf(fd.get()).kind == platform::FileKind::Directory) {
        return Error("fat.is_a_directory").with("path", std::string(path));
    }
    std::vector<std::uint8_t> out;
    std::uint8_t buf[65536];
    for (std::uint64_t at = 0;;) {
        const platform::Transfer t = platform::readAt(fd.get(), buf, sizeof buf, at);
        if (t.error != 0) {
            return Error("disk.read_failed")
                .with("path", *host)
                .with("reason", platform::errorText(t.error));
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
    const fs::path target = hostPath(*host);
    if (auto valid = validateLongName(utf8Of(target.filename())); !valid) {
        return valid.error();
    }
    if (platform::statusOf(*host).kind == platform::FileKind::Directory) {
        return Error("fat.is_a_directory").with("path", std::string(path));
    }
    const std::string dir = utf8Of(target.parent_path());
    std::string temp;
    platform::UniqueFile fd;
    for (int attempt = 0; attempt < 16 && !fd.valid(); ++attempt) {
        temp = temporaryBeside(dir);
        fd.reset(platform::openFile(temp, platform::kReadWrite | platform::kCreateNew));
        if (!fd.valid() && platform::kindOf(platform::lastError()) != ErrorKind::Exists) {
            break;
        }
    }
    if (!fd.valid()) {
        return fromSystem(platform::lastError(), std::string(path));
    }
    auto discard = [&](int error) {
        fd.reset();
        std::error_code ignored;
        fs::remove(hostPath(temp), ignored);
        return fromSystem(error, std::string(path));
    };
    if (const platform::Transfer t = platform::writeAt(fd.get(), data.data(), data.size(), 0);
        t.error != 0) {
        return discard(t.error);
    }
    // The new content is durable before the name points at it; then the rename is made durable.
    if (!platform::syncFile(fd.get())) {
        return discard(platform::lastError());
    }
    fd.reset();
    if (!platform::replaceFile(temp, *host)) {
        return discard(platform::lastError());
    }
    platform::syncFolder(dir);
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
    std::error_code ec;
    const auto status = fs::symlink_status(hostPath(*host), ec);
    if (status.type() == fs::file_type::not_found) {
        return Error("fat.not_found").with("path", std::string(path));
    }
    if (ec) {
        return fromCode(ec, std::string(path));
    }
    if (fs::is_directory(status) && !fs::is_empty(hostPath(*host), ec)) {
        return Error("fat.directory_not_empty").with("path", std::string(path));
    }
    if (!fs::remove(hostPath(*host), ec) || ec) {
        return fromCode(ec, std::string(path));
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
    for (const auto& part : hostPath(host->substr(root_.size()))) {
        if (part == "/" || part.empty()) {
            continue;
        }
        walked += "/" + utf8Of(part);
        std::error_code ec;
        fs::create_directory(hostPath(walked), ec);
        if (ec && ec != std::errc::file_exists) {
            return fromCode(ec, std::string(path));
        }
        if (!fs::is_directory(hostPath(walked), ec)) {
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
    std::error_code ec;
    fs::directory_iterator it(hostPath(*host), ec);
    if (ec) {
        return fromCode(ec, std::string(path));
    }
    std::vector<BootEntry> out;
    for (const auto& entry : it) {
        const platform::FileStatus st = platform::statusOf(utf8Of(entry.path()));
        if (st.kind == platform::FileKind::Missing) {
            continue;
        }
        const bool dir = st.kind == platform::FileKind::Directory;
        out.push_back({utf8Of(entry.path().filename()), dir, dir ? 0 : st.size});
    }
    return out;
}

Result<std::optional<BootEntry>> MountedBootPartition::stat(std::string_view path) {
    auto host = resolve(path);
    if (!host) {
        return host.error();
    }
    const platform::FileStatus st = platform::statusOf(*host);
    if (st.kind == platform::FileKind::Missing) {
        const int error = platform::lastError();
        const ErrorKind kind = platform::kindOf(error);
        if (kind == ErrorKind::NotFound || kind == ErrorKind::NotDirectory) {
            return std::optional<BootEntry>();
        }
        return fromSystem(error, std::string(path));
    }
    const bool dir = st.kind == platform::FileKind::Directory;
    return std::optional<BootEntry>(
        BootEntry{utf8Of(hostPath(*host).filename()), dir, dir ? 0 : st.size});
}

Result<std::uint64_t> MountedBootPartition::freeSpace() {
    std::error_code ec;
    const fs::space_info space = fs::space(hostPath(root_), ec);
    if (ec) {
        return Error("disk.read_failed").with("path", root_).with("reason", ec.message());
    }
    return std::uint64_t{space.available};
}

Result<std::unique_ptr<BootPartition>> openBootDirectory(const std::string& directory,
                                                         bool writable) {
    std::error_code ec;
    if (!fs::is_directory(hostPath(directory), ec)) {
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
