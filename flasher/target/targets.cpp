#include "flasher/platform/file.h"
#include "flasher/target/target.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <new>

namespace imprint::flasher {

void AlignedFree::operator()(std::byte* p) const {
    ::operator delete[](p, std::align_val_t{kDirectAlignment});
}

AlignedBuffer allocateAligned(std::size_t size) {
    const std::size_t rounded = (size + kDirectAlignment - 1) / kDirectAlignment * kDirectAlignment;
    return AlignedBuffer(static_cast<std::byte*>(
        ::operator new[](std::max(rounded, kDirectAlignment), std::align_val_t{kDirectAlignment})));
}

namespace {

using platform::readAt;
using platform::Transfer;
using platform::writeAt;

constexpr std::uint64_t kWipeBytes = 1 << 20;

bool aligned(std::uint64_t offset, std::size_t length, const void* p, std::size_t a) {
    return offset % a == 0 && length % a == 0 &&
           reinterpret_cast<std::uintptr_t>(p) % kDirectAlignment == 0;
}

Error ioError(const char* code, const std::string& name, int err, std::uint64_t offset) {
    return Error(code)
        .with("name", name)
        .with("detail", platform::errorText(err))
        .with("offset", std::to_string(offset))
        .at(offset);
}

Result<void> pwriteAll(int fd, const std::string& name, std::uint64_t offset, const std::byte* data,
                       std::size_t length) {
    if (const Transfer t = writeAt(fd, data, length, offset); t.error != 0) {
        return ioError("target.write_failed", name, t.error, offset + t.done);
    }
    return {};
}

Result<void> preadAll(int fd, const std::string& name, std::uint64_t offset, std::byte* into,
                      std::size_t length) {
    if (const Transfer t = readAt(fd, into, length, offset); !t.complete(length)) {
        return ioError("target.read_failed", name, t.error != 0 ? t.error : platform::errorIo(),
                       offset + t.done);
    }
    return {};
}

// Direct reads need aligned offsets, lengths and memory: read the aligned cover through a
// bounce buffer when the caller's request is not.
Result<void> readDirect(int fd, const std::string& name, std::uint64_t offset,
                        std::span<std::byte> into, std::size_t alignment, std::uint64_t limit) {
    if (aligned(offset, into.size(), into.data(), alignment)) {
        return preadAll(fd, name, offset, into.data(), into.size());
    }
    const std::uint64_t start = offset / alignment * alignment;
    std::uint64_t end = (offset + into.size() + alignment - 1) / alignment * alignment;
    auto bounce = allocateAligned(static_cast<std::size_t>(end - start));
    // Past the end of a file a direct read comes back short: read what exists.
    end = std::min(end, std::max<std::uint64_t>(limit, offset + into.size()));
    const auto want = static_cast<std::size_t>(end - start);
    const Transfer t =
        readAt(fd, bounce.get(), (want + alignment - 1) / alignment * alignment, start);
    if (t.error != 0 || t.done < offset - start + into.size()) {
        return ioError("target.read_failed", name, t.error != 0 ? t.error : platform::errorIo(),
                       start + t.done);
    }
    std::memcpy(into.data(), bounce.get() + (offset - start), into.size());
    return {};
}

class FileTarget : public Target {
public:
    explicit FileTarget(std::string path) : path_(std::move(path)) {}
    ~FileTarget() override {
        platform::closeFile(fd_);
        platform::closeFile(directFd_);
    }
    FileTarget(const FileTarget&) = delete;
    FileTarget& operator=(const FileTarget&) = delete;

    const std::string& name() const override { return path_; }
    bool zerosAreFree() const override { return true; }
    // A file cannot wrap like a counterfeit card, and a direct read sees what the disk holds:
    // verify right behind the writes, while the stream goes on.
    bool verifiesBehindWrites() const override { return directFd_ >= 0; }

    Result<void> prepare(std::uint64_t imageSize) override {
        fd_ = platform::openFile(path_, platform::kReadWrite | platform::kCreate);
        if (fd_ < 0) {
            return Error("target.open_failed")
                .with("name", path_)
                .with("detail", platform::errorText(platform::lastError()));
        }
        if (platform::statusOf(fd_).kind != platform::FileKind::Regular) {
            return Error("target.open_failed")
                .with("name", path_)
                .with("detail", "target.not_regular_file");
        }
        // Empty first, then the full size: every byte not written reads as zero (a hole).
        if (!platform::resizeFile(fd_, 0)) {
            return ioError("target.write_failed", path_, platform::lastError(), 0);
        }
        platform::makeSparse(fd_);
        // A file size limit (ulimit -f) or a full quota shows here: at the size asked for.
        if (!platform::resizeFile(fd_, imageSize)) {
            return ioError("target.write_failed", path_, platform::lastError(), imageSize);
        }
        size_ = imageSize;
        // Reading back bypasses the cache. Some filesystems (tmpfs) have no direct I/O: then
        // reads drop the cache first.
        directFd_ = platform::openFile(path_, platform::kRead | platform::kDirect);
        return {};
    }

    Result<void> setSize(std::uint64_t imageSize) override {
        if (!platform::resizeFile(fd_, imageSize)) {
            return ioError("target.write_failed", path_, platform::lastError(), imageSize);
        }
        size_ = imageSize;
        return {};
    }

    Result<void> write(std::uint64_t offset, std::span<const std::byte> data) override {
        // Through the page cache: the kernel's writeback keeps many large requests in flight
        // and merges them, which beats direct writes here (230 MB image, no verify: 0.62 s
        // against 0.83 s with four direct 4 MiB writes in flight).
        if (auto r = pwriteAll(fd_, path_, offset, data.data(), data.size()); !r) {
            return r;
        }
        // Start writing back what has piled up without waiting for it: the disk works while
        // the stream goes on, and the verifier behind finds it on the disk.
        pendingFrom_ = std::min(pendingFrom_, offset);
        pendingTo_ = std::max(pendingTo_, offset + data.size());
        pendingBytes_ += data.size();
        if (pendingBytes_ >= kWritebackBytes) {
            platform::startWriteback(fd_, pendingFrom_, pendingTo_ - pendingFrom_);
            pendingFrom_ = UINT64_MAX;
            pendingTo_ = 0;
            pendingBytes_ = 0;
        }
        return {};
    }

    Result<void> readBack(std::uint64_t offset, std::span<std::byte> into) override {
        if (directFd_ >= 0) {
            return readDirect(directFd_, path_, offset, into, kDirectAlignment, size_);
        }
        platform::dropCache(fd_, offset, into.size());
        return preadAll(fd_, path_, offset, into.data(), into.size());
    }

    Result<void> sync() override {
        if (!platform::syncFile(fd_)) {
            return Error("target.sync_failed")
                .with("name", path_)
                .with("detail", platform::errorText(platform::lastError()));
        }
        return {};
    }

private:
    std::string path_;
    int fd_ = -1;
    int directFd_ = -1;
    std::uint64_t size_ = 0;
    static constexpr std::uint64_t kWritebackBytes = 8 << 20;
    std::uint64_t pendingFrom_ = UINT64_MAX;
    std::uint64_t pendingTo_ = 0;
    std::uint64_t pendingBytes_ = 0;
};

class DeviceTarget : public Target {
public:
    DeviceTarget(std::string name, int fd) : name_(std::move(name)), fd_(fd) {}
    ~DeviceTarget() override { platform::closeFile(fd_); }
    DeviceTarget(const DeviceTarget&) = delete;
    DeviceTarget& operator=(const DeviceTarget&) = delete;

    const std::string& name() const override { return name_; }
    // Cards and USB sticks take several requests at once, like any block device.
    std::size_t writeDepth() const override { return 4; }

    Result<void> prepare(std::uint64_t imageSize) override {
        if (fd_ < 0) {
            fd_ = platform::openFile(name_, platform::kReadWrite | platform::kDirect |
                                                platform::kExclusive);
            if (fd_ < 0) {
                return Error("target.open_failed")
                    .with("name", name_)
                    .with("detail", platform::errorText(platform::lastError()));
            }
        }
        const auto bytes = platform::sizeOf(fd_);
        if (!bytes) {
            return Error("target.open_failed")
                .with("name", name_)
                .with("detail", platform::errorText(platform::lastError()));
        }
        sector_ = platform::sectorSizeOf(fd_);
        const std::uint64_t size = *bytes;
        size_ = size;
        if (size < imageSize) {
            return Error("target.too_small")
                .with("name", name_)
                .with("size", std::to_string(size))
                .with("needed", std::to_string(imageSize));
        }
        // Wipe the first and last MiB: no stale partition table, no stale GPT backup.
        auto zeros = allocateAligned(kWipeBytes);
        std::memset(zeros.get(), 0, kWipeBytes);
        const std::uint64_t head = std::min(kWipeBytes, size);
        if (auto r = write(0, {zeros.get(), static_cast<std::size_t>(head)}); !r) {
            return r;
        }
        if (size > kWipeBytes) {
            const std::uint64_t tailStart =
                std::max(kWipeBytes, size - kWipeBytes) / sector_ * sector_;
            if (auto r =
                    write(tailStart, {zeros.get(), static_cast<std::size_t>(size - tailStart)});
                !r) {
                return r;
            }
        }
        return {};
    }

    Result<void> setSize(std::uint64_t imageSize) override {
        if (size_ < imageSize) {
            return Error("target.too_small")
                .with("name", name_)
                .with("size", std::to_string(size_))
                .with("needed", std::to_string(imageSize));
        }
        return {};
    }

    Result<void> write(std::uint64_t offset, std::span<const std::byte> data) override {
        if (aligned(offset, data.size(), data.data(), sector_)) {
            return pwriteAll(fd_, name_, offset, data.data(), data.size());
        }
        // Read-modify-write of the sectors around an unaligned piece.
        const std::uint64_t start = offset / sector_ * sector_;
        const std::uint64_t end = (offset + data.size() + sector_ - 1) / sector_ * sector_;
        const auto length = static_cast<std::size_t>(end - start);
        auto bounce = allocateAligned(length);
        if (auto r = preadAll(fd_, name_, start, bounce.get(), length); !r) {
            return Error("target.write_failed")
                .with("name", name_)
                .with("detail", r.error().arg("detail"))
                .with("offset", std::to_string(offset))
                .at(offset);
        }
        std::memcpy(bounce.get() + (offset - start), data.data(), data.size());
        return pwriteAll(fd_, name_, start, bounce.get(), length);
    }

    Result<void> readBack(std::uint64_t offset, std::span<std::byte> into) override {
        return readDirect(fd_, name_, offset, into, sector_, size_);
    }

    Result<void> sync() override {
        if (!platform::syncFile(fd_)) {
            return Error("target.sync_failed")
                .with("name", name_)
                .with("detail", platform::errorText(platform::lastError()));
        }
        return {};
    }

    // The system re-reads the new partition table.
    void finish() override { platform::rereadPartitions(fd_); }

private:
    std::string name_;
    int fd_;
    std::size_t sector_ = 512;
    std::uint64_t size_ = 0;
};

} // namespace

std::unique_ptr<Target> makeFileTarget(const std::string& path) {
    return std::make_unique<FileTarget>(path);
}
std::unique_ptr<Target> makeDeviceTarget(const std::string& path) {
    return std::make_unique<DeviceTarget>(path, -1);
}
std::unique_ptr<Target> makeDeviceTarget(const std::string& name, int fd) {
    return std::make_unique<DeviceTarget>(name, fd);
}

} // namespace imprint::flasher
