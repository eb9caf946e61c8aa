#include "flasher/plan/imagehead.h"

#include "core/common/fileio.h"
#include "core/disk/bytes.h"
#include "core/disk/fatgeometry.h"
#include "flasher/source/source.h"

#include <sys/mman.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

namespace imprint::flasher {
namespace {

// Kept ranges are whole windows: neighbouring small reads (directory entries, FAT sectors)
// then cost one fetch, and a window is small enough to keep memory in line with what is read.
constexpr std::uint64_t kWindow = 64 << 10;
// A size no image reaches, for streams that do not say how long they are.
constexpr std::uint64_t kUnknownSize = 1ull << 40;
constexpr std::uint64_t kTableBytes = 1 << 20;

// The memory file that holds the head failed (reading it back, or filling it).
Error ioError(const char* code, const std::string& path, int err) {
    return Error(code)
        .with("path", path)
        .with("reason", err != 0 ? std::strerror(err) : "disk.unexpected_end");
}

} // namespace

ImageHead::~ImageHead() {
    if (fd_ >= 0) {
        ::close(fd_);
    }
}

Result<std::unique_ptr<ImageHead>> ImageHead::open(const std::string& path,
                                                   std::shared_ptr<GrowingFile> growing) {
    auto source = Source::open(path, growing);
    if (!source) {
        return std::move(source).takeError();
    }
    std::unique_ptr<ImageHead> head(new ImageHead());
    head->path_ = path;
    head->growing_ = std::move(growing);
    const auto size = (*source)->size();
    head->size_ = size.kind == SourceSize::Kind::Exact ? size.bytes : kUnknownSize;
    // A raw download in progress is read like a stream: its later bytes are not there yet.
    if ((*source)->format() == SourceFormat::Raw && head->growing_ == nullptr) {
        head->raw_ = true;
        head->fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (head->fd_ < 0) {
            return Error("source.open_failed")
                .with("path", path)
                .with("detail", std::strerror(errno));
        }
        head->kept_.emplace(0, head->size_);
        return head;
    }
    head->fd_ = ::memfd_create("imprint-head", MFD_CLOEXEC);
    if (head->fd_ < 0 || ::ftruncate(head->fd_, static_cast<off_t>(head->size_)) != 0) {
        return ioError("disk.read_failed", path, errno);
    }
    head->source_ = std::move(source).value();
    // An xz file with an index jumps to the blocks that hold what is asked for: an MBR's
    // extended chain spreads its tables over the whole image, and decoding everything up to
    // the last one cost 2.3 s of a 4.3-s flash of a 1.5 GiB image with one profile.
    head->skipping_ = head->source_->enableSkipping();
    head->passes_ = 1;
    if (auto r = head->prefetchTable(); !r) {
        return std::move(r).takeError();
    }
    return head;
}

std::uint64_t ImageHead::keptBytes() const {
    if (raw_) {
        return 0;
    }
    std::uint64_t n = 0;
    for (const auto& [begin, end] : kept_) {
        n += end - begin;
    }
    return n;
}

Result<void> ImageHead::read(std::uint64_t offset, std::span<std::uint8_t> out) {
    if (offset > size_ || out.size() > size_ - offset) {
        return Error("disk.out_of_range")
            .with("offset", std::to_string(offset))
            .with("length", std::to_string(out.size()))
            .with("size", std::to_string(size_))
            .at(offset);
    }
    if (auto r = ensure(offset, out.size()); !r) {
        return r;
    }
    if (const Transfer t = readAt(fd_, out.data(), out.size(), offset); !t.complete(out.size())) {
        return ioError("disk.read_failed", path_, t.error);
    }
    return {};
}

Result<void> ImageHead::write(std::uint64_t /*offset*/, std::span<const std::uint8_t> /*data*/) {
    return Error("disk.read_only").with("path", path_);
}

Result<void> ImageHead::prefetch(std::uint64_t offset, std::uint64_t length) {
    if (offset >= size_) {
        return {};
    }
    return ensure(offset, std::min(length, size_ - offset));
}

Result<void> ImageHead::ensure(std::uint64_t offset, std::uint64_t length) {
    if (raw_ || length == 0) {
        return {};
    }
    const std::uint64_t first = offset / kWindow * kWindow;
    const std::uint64_t last = std::min(size_, (offset + length + kWindow - 1) / kWindow * kWindow);
    // The gaps between kept ranges inside [first, last), in ascending order.
    std::uint64_t pos = first;
    auto it = kept_.upper_bound(pos);
    if (it != kept_.begin()) {
        auto prev = std::prev(it);
        if (prev->second > pos) {
            pos = prev->second;
        }
    }
    while (pos < last) {
        const std::uint64_t gapEnd = it == kept_.end() ? last : std::min(last, it->first);
        if (gapEnd > pos) {
            if (auto r = fetch(pos, gapEnd); !r) {
                return r;
            }
        }
        // fetch() merged the ranges: look up again from the gap's end.
        it = kept_.upper_bound(gapEnd);
        auto prev = std::prev(it);
        pos = std::max(gapEnd, prev->second);
    }
    return {};
}

Result<void> ImageHead::fetch(std::uint64_t begin, std::uint64_t end) {
    if (source_->position() > begin) {
        auto again = Source::open(path_, growing_);
        if (!again) {
            return std::move(again).takeError();
        }
        source_ = std::move(again).value();
        skipping_ = source_->enableSkipping();
        ++passes_;
    }
    if (skipping_ && source_->position() < begin) {
        (void)source_->skipTo(begin); // when it cannot, the loop below decodes up to `begin`
    }
    std::vector<std::uint8_t> buffer(static_cast<std::size_t>(
        std::min<std::uint64_t>(std::max<std::uint64_t>(end - begin, kWindow), 1 << 20)));
    const auto bytes = std::as_writable_bytes(std::span(buffer));
    while (source_->position() < begin) {
        const auto want = static_cast<std::size_t>(
            std::min<std::uint64_t>(buffer.size(), begin - source_->position()));
        auto n = source_->read(bytes.first(want));
        if (!n) {
            return std::move(n).takeError();
        }
        if (*n == 0) {
            return Error("source.truncated")
                .with("format", formatName(source_->format()))
                .at(begin);
        }
    }
    while (source_->position() < end) {
        const std::uint64_t at = source_->position();
        const auto want =
            static_cast<std::size_t>(std::min<std::uint64_t>(buffer.size(), end - at));
        auto n = source_->read(bytes.first(want));
        if (!n) {
            return std::move(n).takeError();
        }
        if (*n == 0) {
            return Error("source.truncated").with("format", formatName(source_->format())).at(at);
        }
        if (const Transfer t = writeAt(fd_, buffer.data(), *n, at); t.error != 0) {
            return ioError("disk.write_failed", path_, t.error);
        }
    }
    // Record [begin, end), merged with touching neighbours.
    std::uint64_t b = begin;
    std::uint64_t e = end;
    auto it = kept_.lower_bound(b);
    if (it != kept_.begin() && std::prev(it)->second >= b) {
        --it;
    }
    while (it != kept_.end() && it->first <= e) {
        b = std::min(b, it->first);
        e = std::max(e, it->second);
        it = kept_.erase(it);
    }
    kept_.emplace(b, e);
    return {};
}

Result<void> ImageHead::prefetchTable() {
    if (auto r = prefetch(0, kTableBytes); !r) {
        return r;
    }
    std::vector<std::uint8_t> sector(512);
    if (auto r = read(0, sector); !r) {
        return r;
    }
    // GPT: the entry array may start past the first MiB (its header says where).
    for (const std::uint64_t lba : {std::uint64_t{512}, std::uint64_t{4096}}) {
        if (auto r = read(lba, sector); !r) {
            return r;
        }
        if (std::memcmp(sector.data(), "EFI PART", 8) == 0) {
            const std::uint64_t entriesLba =
                disk::le32(sector, 72) | (std::uint64_t{disk::le32(sector, 76)} << 32);
            const std::uint64_t bytes =
                std::uint64_t{disk::le32(sector, 80)} * disk::le32(sector, 84);
            if (entriesLba < size_ / lba && bytes <= (4u << 20)) {
                if (auto r = prefetch(entriesLba * lba, bytes); !r) {
                    return r;
                }
            }
            return {};
        }
    }
    if (auto r = read(0, sector); !r) {
        return r;
    }
    if (sector[510] != 0x55 || sector[511] != 0xaa) {
        return {};
    }
    // MBR: each logical partition is described by an EBR in front of it, chained from the
    // extended partition's first sector.
    std::uint64_t extended = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const std::size_t e = 446 + 16 * i;
        const std::uint8_t type = sector[e + 4];
        if (type == 0x05 || type == 0x0f || type == 0x85) {
            extended = disk::le32(sector, e + 8);
        }
    }
    std::uint64_t ebr = extended;
    for (int links = 0; ebr != 0 && links < 256; ++links) {
        if (ebr * 512 >= size_) {
            break;
        }
        if (auto r = read(ebr * 512, sector); !r) {
            return r;
        }
        if (sector[510] != 0x55 || sector[511] != 0xaa) {
            break;
        }
        const std::uint64_t next = disk::le32(sector, 446 + 16 + 8);
        ebr = next == 0 ? 0 : extended + next;
    }
    return {};
}

Result<void> ImageHead::prefetchFatMetadata(std::uint64_t offset, std::uint64_t rangeBytes) {
    std::vector<std::uint8_t> boot(512);
    if (auto r = read(offset, boot); !r) {
        return r;
    }
    auto g = disk::FatGeometry::parse(boot, rangeBytes);
    if (!g) {
        return {}; // not FAT: opening it will say so
    }
    // Up to the first data sector, plus the first clusters (root directory on FAT32).
    const std::uint64_t metadata = std::uint64_t{g->firstDataSector} * g->bytesPerSector;
    return prefetch(offset, metadata + 4ull * g->clusterBytes());
}

} // namespace imprint::flasher
