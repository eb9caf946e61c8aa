#include "flasher/plan/imagehead.h"

#include "core/disk/bytes.h"
#include "core/disk/fatgeometry.h"
#include "flasher/source/source.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace imprint::flasher {
namespace {

// Kept ranges are whole windows: neighbouring small reads (directory entries, FAT sectors)
// then cost one fetch, and a window is small enough to keep memory in line with what is read.
constexpr std::uint64_t kWindow = 64 << 10;
// A size no image reaches, for streams that do not say how long they are.
constexpr std::uint64_t kUnknownSize = 1ull << 40;
constexpr std::uint64_t kTableBytes = 1 << 20;
// At most this much is decoded into a scratch buffer at a time while skipping ahead.
constexpr std::uint64_t kSkipChunk = 1 << 20;

Error truncated(const Source& source, std::uint64_t at) {
    return Error("source.truncated").with("format", formatName(source.format())).at(at);
}

} // namespace

ImageHead::~ImageHead() = default;

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
        auto file = disk::FileDevice::open(path, false);
        if (!file) {
            return Error("source.open_failed")
                .with("path", path)
                .with("detail", file.error().arg("reason"));
        }
        head->raw_ = std::move(file).value();
        return head;
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
    std::uint64_t n = 0;
    for (const auto& [begin, bytes] : windows_) {
        n += bytes.size();
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
    if (raw_) {
        return raw_->read(offset, out);
    }
    if (auto r = ensure(offset, out.size()); !r) {
        return r;
    }
    std::size_t done = 0;
    while (done < out.size()) {
        const std::uint64_t at = offset + done;
        const auto window = windows_.find(at / kWindow * kWindow);
        const std::uint64_t inside = at - at / kWindow * kWindow;
        if (window == windows_.end() || inside >= window->second.size()) {
            return Error("disk.read_failed")
                .with("path", path_)
                .with("reason", "disk.unexpected_end")
                .at(at);
        }
        const auto n = static_cast<std::size_t>(
            std::min<std::uint64_t>(window->second.size() - inside, out.size() - done));
        std::memcpy(out.data() + done, window->second.data() + inside, n);
        done += n;
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
    // The runs of missing windows inside [first, last), in ascending order: one fetch each.
    std::uint64_t pos = first;
    while (pos < last) {
        if (windows_.contains(pos)) {
            pos += kWindow;
            continue;
        }
        std::uint64_t gapEnd = pos;
        while (gapEnd < last && !windows_.contains(gapEnd)) {
            gapEnd += kWindow;
        }
        gapEnd = std::min(gapEnd, last);
        if (auto r = fetch(pos, gapEnd); !r) {
            return r;
        }
        pos = gapEnd;
    }
    return {};
}

Result<void> ImageHead::skipTo(std::uint64_t begin) {
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
    std::vector<std::byte> scratch;
    while (source_->position() < begin) {
        scratch.resize(static_cast<std::size_t>(
            std::min<std::uint64_t>(kSkipChunk, begin - source_->position())));
        auto n = source_->read(scratch);
        if (!n) {
            return std::move(n).takeError();
        }
        if (*n == 0) {
            return truncated(*source_, begin);
        }
    }
    return {};
}

// Decodes [begin, end) (window boundaries, or the end of the image) straight into new windows.
Result<void> ImageHead::fetch(std::uint64_t begin, std::uint64_t end) {
    if (auto r = skipTo(begin); !r) {
        return r;
    }
    while (source_->position() < end) {
        const std::uint64_t at = source_->position();
        std::vector<std::uint8_t> window(
            static_cast<std::size_t>(std::min<std::uint64_t>(kWindow, size_ - at)));
        std::size_t filled = 0;
        while (filled < window.size()) {
            auto n = source_->read(std::as_writable_bytes(std::span(window).subspan(filled)));
            if (!n) {
                return std::move(n).takeError();
            }
            if (*n == 0) {
                return truncated(*source_, at + filled);
            }
            filled += *n;
        }
        windows_.emplace(at, std::move(window));
    }
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
            const std::uint64_t entriesLba = disk::le64(sector, 72);
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
