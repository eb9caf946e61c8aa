#include "core/disk/blockdevice.h"

#include "core/common/fileio.h"

#include <algorithm>

namespace imprint::disk {
namespace {

Error rangeError(std::uint64_t offset, std::size_t length, std::uint64_t size) {
    return Error("disk.out_of_range")
        .with("offset", std::to_string(offset))
        .with("length", std::to_string(length))
        .with("size", std::to_string(size))
        .at(offset);
}

bool inRange(std::uint64_t offset, std::size_t length, std::uint64_t size) {
    return offset <= size && length <= size - offset;
}

} // namespace

Result<std::unique_ptr<FileDevice>> FileDevice::open(const std::string& path, bool writable) {
    auto failed = [&](std::string reason) {
        return Error("disk.open_failed").with("path", path).with("reason", std::move(reason));
    };
    const int fd = platform::openFile(path, writable ? platform::kReadWrite : platform::kRead);
    if (fd < 0) {
        return failed(platform::errorText(platform::lastError()));
    }
    auto device = std::unique_ptr<FileDevice>(new FileDevice());
    device->fd_ = fd;
    device->writable_ = writable;
    device->path_ = path;
    const platform::FileStatus st = platform::statusOf(fd);
    if (st.kind == platform::FileKind::Missing) {
        return failed(platform::errorText(platform::lastError()));
    }
    if (st.kind != platform::FileKind::BlockDevice && st.kind != platform::FileKind::Regular) {
        return failed("disk.not_file_or_device");
    }
    device->blockDevice_ = st.kind == platform::FileKind::BlockDevice;
    const auto bytes = platform::sizeOf(fd);
    if (!bytes) {
        return failed(platform::errorText(platform::lastError()));
    }
    device->size_ = *bytes;
    if (device->blockDevice_) {
        device->sectorSize_ = std::max<std::uint32_t>(512, platform::sectorSizeOf(fd));
    }
    return device;
}

FileDevice::~FileDevice() { platform::closeFile(fd_); }

Result<void> FileDevice::read(std::uint64_t offset, std::span<std::uint8_t> out) {
    if (!inRange(offset, out.size(), size_)) {
        return rangeError(offset, out.size(), size_);
    }
    const Transfer t = readAt(fd_, out.data(), out.size(), offset);
    if (!t.complete(out.size())) {
        return Error("disk.read_failed")
            .with("path", path_)
            .with("reason", t.error == 0 ? "disk.unexpected_end" : platform::errorText(t.error))
            .at(offset + t.done);
    }
    return {};
}

Result<void> FileDevice::write(std::uint64_t offset, std::span<const std::uint8_t> data) {
    if (!writable_) {
        return Error("disk.read_only").with("path", path_);
    }
    if (!inRange(offset, data.size(), size_)) {
        return rangeError(offset, data.size(), size_);
    }
    const Transfer t = writeAt(fd_, data.data(), data.size(), offset);
    if (!t.complete(data.size())) {
        return Error("disk.write_failed")
            .with("path", path_)
            .with("reason", platform::errorText(t.error))
            .at(offset + t.done);
    }
    return {};
}

Result<void> FileDevice::sync() {
    if (writable_ && !platform::syncData(fd_)) {
        return Error("disk.write_failed")
            .with("path", path_)
            .with("reason", platform::errorText(platform::lastError()));
    }
    return {};
}

Result<void> MemoryDevice::read(std::uint64_t offset, std::span<std::uint8_t> out) {
    if (!inRange(offset, out.size(), bytes_.size())) {
        return rangeError(offset, out.size(), bytes_.size());
    }
    std::copy_n(bytes_.begin() + static_cast<std::ptrdiff_t>(offset), out.size(), out.begin());
    return {};
}

Result<void> MemoryDevice::write(std::uint64_t offset, std::span<const std::uint8_t> data) {
    if (!writable_) {
        return Error("disk.read_only").with("path", "memory");
    }
    if (!inRange(offset, data.size(), bytes_.size())) {
        return rangeError(offset, data.size(), bytes_.size());
    }
    std::copy(data.begin(), data.end(), bytes_.begin() + static_cast<std::ptrdiff_t>(offset));
    return {};
}

Overlay::Overlay(BlockDevice& base, std::uint32_t granularity)
    : base_(base), granularity_(granularity == 0 ? 512 : granularity) {}

Result<void> Overlay::read(std::uint64_t offset, std::span<std::uint8_t> out) {
    if (!inRange(offset, out.size(), size())) {
        return rangeError(offset, out.size(), size());
    }
    std::size_t done = 0;
    while (done < out.size()) {
        const std::uint64_t pos = offset + done;
        const std::uint64_t sector = pos / granularity_;
        const std::size_t within = static_cast<std::size_t>(pos % granularity_);
        auto it = changed_.lower_bound(sector);
        if (it != changed_.end() && it->first == sector) {
            const std::size_t n = std::min<std::size_t>(granularity_ - within, out.size() - done);
            std::copy_n(it->second.begin() + static_cast<std::ptrdiff_t>(within), n,
                        out.begin() + static_cast<std::ptrdiff_t>(done));
            done += n;
            continue;
        }
        // Read straight from the base up to the next changed sector.
        std::uint64_t end = offset + out.size();
        if (it != changed_.end()) {
            end = std::min(end, it->first * granularity_);
        }
        const auto n = static_cast<std::size_t>(end - pos);
        if (auto r = base_.read(pos, out.subspan(done, n)); !r) {
            return r;
        }
        done += n;
    }
    return {};
}

Result<void> Overlay::write(std::uint64_t offset, std::span<const std::uint8_t> data) {
    if (!inRange(offset, data.size(), size())) {
        return rangeError(offset, data.size(), size());
    }
    std::size_t done = 0;
    while (done < data.size()) {
        const std::uint64_t pos = offset + done;
        const std::uint64_t sector = pos / granularity_;
        const std::size_t within = static_cast<std::size_t>(pos % granularity_);
        auto it = changed_.find(sector);
        if (it == changed_.end()) {
            std::vector<std::uint8_t> bytes(granularity_, 0);
            const std::uint64_t start = sector * granularity_;
            const auto avail =
                static_cast<std::size_t>(std::min<std::uint64_t>(granularity_, size() - start));
            if (auto r = base_.read(start, std::span(bytes).first(avail)); !r) {
                return r;
            }
            it = changed_.emplace(sector, std::move(bytes)).first;
        }
        const std::size_t n = std::min<std::size_t>(granularity_ - within, data.size() - done);
        std::copy_n(data.begin() + static_cast<std::ptrdiff_t>(done), n,
                    it->second.begin() + static_cast<std::ptrdiff_t>(within));
        done += n;
    }
    return {};
}

std::vector<Overlay::Change> Overlay::changes() const {
    std::vector<Change> out;
    std::uint64_t next = 0;
    for (const auto& [sector, bytes] : changed_) {
        const std::uint64_t start = sector * granularity_;
        const auto avail =
            static_cast<std::size_t>(std::min<std::uint64_t>(granularity_, size() - start));
        if (!out.empty() && sector == next) {
            out.back().bytes.insert(out.back().bytes.end(), bytes.begin(),
                                    bytes.begin() + static_cast<std::ptrdiff_t>(avail));
        } else {
            out.push_back(
                {start, std::vector<std::uint8_t>(
                            bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(avail))});
        }
        next = sector + 1;
    }
    return out;
}

} // namespace imprint::disk
