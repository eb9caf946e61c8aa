#include "flasher/blockmap/extbitmap.h"

#include "core/disk/bytes.h"
#include "flasher/blockmap/extchecksum.h"
#include "flasher/blockmap/extsuperblock.h"

#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <span>
#include <string>
#include <utility>

namespace imprint::flasher {
namespace {

using disk::le16;
using disk::le32;
using Run = ExtUsage::Run;

constexpr std::uint16_t kBlockUninit = 0x0002;
// Where the 64bit feature's descriptors keep bg_block_bitmap_csum_hi (up to byte 0x3a).
constexpr std::uint32_t kBitmapCsumHiEnd = 0x3a;
// More runs than this (32 MiB of them) and the filesystem is written whole: only a bitmap made
// as scattered as it can be gets there.
constexpr std::size_t kMaxRuns = std::size_t{1} << 21U;

struct GroupDescriptor {
    std::uint64_t blockBitmap = 0;
    std::uint64_t inodeBitmap = 0;
    std::uint64_t inodeTable = 0;
    std::uint16_t flags = 0;
    std::uint32_t blockBitmapCsum = 0;
    bool checksumOk = true; // bg_checksum matches (or the filesystem keeps none)
};

// The primary group descriptor table, read a block at a time as the groups are walked.
class DescriptorTable {
public:
    DescriptorTable(disk::BlockDevice& device, std::uint64_t start, const ExtSuperblock& sb)
        : device_(device), start_(start), sb_(sb), block_(sb.blockSize) {}

    Result<GroupDescriptor> group(std::uint64_t g) {
        const std::uint64_t index = g / sb_.descPerBlock;
        if (index != loaded_) {
            const std::uint64_t at = sb_.descriptorBlock(index);
            if (at >= sb_.blocksCount) {
                return extError("bmap.ext_block_outside", start_).with("block", std::to_string(at));
            }
            if (auto read = device_.read(start_ + at * sb_.blockSize, block_); !read) {
                return std::move(read).takeError();
            }
            loaded_ = index;
        }
        const auto d = std::span<const std::uint8_t>(block_).subspan(
            (g % sb_.descPerBlock) * sb_.descSize, sb_.descSize);
        const auto high = [&](std::size_t at) {
            return sb_.is64bit() ? std::uint64_t{le32(d, at)} << 32U : 0;
        };
        GroupDescriptor out;
        out.blockBitmap = le32(d, 0x00) | high(0x20);
        out.inodeBitmap = le32(d, 0x04) | high(0x24);
        out.inodeTable = le32(d, 0x08) | high(0x28);
        out.flags = le16(d, 0x12);
        out.blockBitmapCsum = le16(d, 0x18);
        if (sb_.descSize >= kBitmapCsumHiEnd) {
            out.blockBitmapCsum |= std::uint32_t{le16(d, 0x38)} << 16U;
        }
        out.checksumOk = checksumMatches(d, g);
        return out;
    }

private:
    // bg_checksum: CRC-32C of the group number and the descriptor (its checksum zeroed) with
    // metadata_csum, else CRC-16 of the UUID, the group number and the rest of the descriptor.
    [[nodiscard]] bool checksumMatches(std::span<const std::uint8_t> d, std::uint64_t g) const {
        if (!sb_.groupDescCsum()) {
            return true;
        }
        std::array<std::uint8_t, 4> group{};
        disk::put32(group, 0, static_cast<std::uint32_t>(g));
        const std::uint16_t stored = le16(d, 0x1e);
        if (sb_.metadataCsum()) {
            constexpr std::array<std::uint8_t, 2> zero{};
            std::uint32_t crc = extCrc32c(sb_.checksumSeed, group);
            crc = extCrc32c(crc, d.first(0x1e));
            crc = extCrc32c(crc, zero);
            crc = extCrc32c(crc, d.subspan(0x20));
            return (crc & 0xffffU) == stored;
        }
        std::uint16_t crc = extCrc16(0xffff, sb_.uuid);
        crc = extCrc16(crc, group);
        crc = extCrc16(crc, d.first(0x1e));
        crc = extCrc16(crc, d.subspan(0x20));
        return crc == stored;
    }

    disk::BlockDevice& device_;
    std::uint64_t start_;
    const ExtSuperblock& sb_;
    std::vector<std::uint8_t> block_;
    std::uint64_t loaded_ = std::numeric_limits<std::uint64_t>::max();
};

// One bit per block from s_first_data_block on, laid out as libext2fs lays out its bitmap:
// group g's s_clusters_per_group / 8 bytes from byte g * (s_clusters_per_group / 8) on.
class UsedBitmap {
public:
    explicit UsedBitmap(const ExtSuperblock& sb)
        : first_(sb.firstDataBlock), end_(sb.blocksCount), groupBytes_(sb.clustersPerGroup / 8),
          bytes_((sb.groupCount * sb.clustersPerGroup + 63) / 64 * 8) {}

    std::span<std::uint8_t> group(std::uint64_t g) {
        return std::span<std::uint8_t>(bytes_).subspan(g * groupBytes_, groupBytes_);
    }
    // A block outside the filesystem is not marked (libext2fs warns and goes on).
    void mark(std::uint64_t block) {
        if (block >= first_ && block < end_) {
            set(block - first_);
        }
    }
    // Nor is any of a range that does not lie wholly inside.
    void markRange(std::uint64_t block, std::uint64_t count) {
        if (block < first_ || block >= end_ || count > end_ - block) {
            return;
        }
        for (std::uint64_t i = 0; i < count; ++i) {
            set(block - first_ + i);
        }
    }

    [[nodiscard]] Result<std::vector<Run>> runs(std::uint64_t start) const {
        std::vector<Run> out;
        const std::uint64_t limit = end_ - first_;
        std::uint64_t bit = next(0, true, limit);
        while (bit < limit) {
            const std::uint64_t stop = next(bit, false, limit);
            if (out.size() == kMaxRuns) {
                return extError("bmap.ext_too_fragmented", start)
                    .with("runs", std::to_string(kMaxRuns));
            }
            out.push_back({first_ + bit, stop - bit});
            bit = next(stop, true, limit);
        }
        return out;
    }

private:
    void set(std::uint64_t bit) { bytes_[bit / 8] |= static_cast<std::uint8_t>(1U << (bit % 8)); }

    [[nodiscard]] std::uint64_t word(std::uint64_t index) const {
        std::uint64_t w = 0;
        for (std::size_t i = 0; i < 8; ++i) {
            w |= std::uint64_t{bytes_[index * 8 + i]} << (8 * i);
        }
        return w;
    }

    // The first bit from `from` on that is `value`, or `limit` when none is before it.
    [[nodiscard]] std::uint64_t next(std::uint64_t from, bool value, std::uint64_t limit) const {
        while (from < limit) {
            const std::uint64_t w = (value ? word(from / 64) : ~word(from / 64)) >> (from % 64);
            if (w != 0) {
                return std::min(limit, from + static_cast<std::uint64_t>(std::countr_zero(w)));
            }
            from = (from / 64 + 1) * 64;
        }
        return limit;
    }

    std::uint64_t first_;
    std::uint64_t end_;
    std::uint64_t groupBytes_;
    std::vector<std::uint8_t> bytes_; // a whole number of 64-bit words
};

// Every group's bitmap from disk, except where BLOCK_UNINIT says there is none (trusted, as
// libext2fs trusts it, only when the descriptor's checksum holds).
Result<void> readGroupBitmaps(disk::BlockDevice& device, std::uint64_t start,
                              const ExtSuperblock& sb, DescriptorTable& table, UsedBitmap& bitmap) {
    for (std::uint64_t g = 0; g < sb.groupCount; ++g) {
        auto d = table.group(g);
        if (!d) {
            return std::move(d).takeError();
        }
        if (sb.groupDescCsum() && (d->flags & kBlockUninit) != 0 && d->checksumOk) {
            continue;
        }
        // libext2fs takes such a group as empty; its data would then be left out.
        if (d->blockBitmap == 0 || d->blockBitmap >= sb.blocksCount) {
            return extError("bmap.ext_block_outside", start)
                .with("block", std::to_string(d->blockBitmap));
        }
        const auto bits = bitmap.group(g);
        if (auto read = device.read(start + d->blockBitmap * sb.blockSize, bits); !read) {
            return std::move(read).takeError();
        }
        if (sb.metadataCsum()) {
            std::uint32_t crc = extCrc32c(sb.checksumSeed, bits);
            if (sb.descSize < kBitmapCsumHiEnd) {
                crc &= 0xffffU;
            }
            if (crc != d->blockBitmapCsum) {
                return extError("bmap.ext_checksum_mismatch", start)
                    .with("block", std::to_string(d->blockBitmap));
            }
        }
    }
    return {};
}

// What libext2fs marks for a BLOCK_UNINIT group once the bitmaps are read: the group's
// superblock copy and descriptor blocks (reserved GDT blocks included), and the group's own
// bitmaps and inode table wherever they lie.
Result<void> markUninitGroups(const ExtSuperblock& sb, DescriptorTable& table, UsedBitmap& bitmap) {
    for (std::uint64_t g = 0; g < sb.groupCount; ++g) {
        auto d = table.group(g);
        if (!d) {
            return std::move(d).takeError();
        }
        if ((d->flags & kBlockUninit) == 0) {
            continue;
        }
        const auto m = sb.groupMetadata(g);
        if (m.super != 0 || g == 0) {
            bitmap.mark(m.super);
        }
        if (m.oldDesc != 0) {
            const std::uint64_t left = m.oldDesc < sb.blocksCount ? sb.blocksCount - m.oldDesc : 0;
            bitmap.markRange(m.oldDesc, std::min(m.oldDescBlocks, left));
        }
        if (m.newDesc != 0) {
            bitmap.mark(m.newDesc);
        }
        if (d->inodeTable != 0) {
            bitmap.markRange(d->inodeTable, sb.inodeBlocksPerGroup);
        }
        if (d->blockBitmap != 0) {
            bitmap.mark(d->blockBitmap);
        }
        if (d->inodeBitmap != 0) {
            bitmap.mark(d->inodeBitmap);
        }
    }
    return {};
}

} // namespace

Result<ExtUsage> readExtUsage(disk::BlockDevice& device, std::uint64_t start, std::uint64_t room) {
    std::array<std::uint8_t, 1024> raw{};
    if (auto read = device.read(start + 1024, raw); !read) {
        return std::move(read).takeError();
    }
    auto sb = parseExtSuperblock(raw, start, room);
    if (!sb) {
        return std::move(sb).takeError();
    }
    UsedBitmap bitmap(*sb);
    DescriptorTable table(device, start, *sb);
    if (auto read = readGroupBitmaps(device, start, *sb, table, bitmap); !read) {
        return std::move(read).takeError();
    }
    if (auto marked = markUninitGroups(*sb, table, bitmap); !marked) {
        return std::move(marked).takeError();
    }
    auto runs = bitmap.runs(start);
    if (!runs) {
        return std::move(runs).takeError();
    }
    ExtUsage usage;
    usage.blockSize = sb->blockSize;
    usage.blocksCount = sb->blocksCount;
    usage.firstDataBlock = sb->firstDataBlock;
    usage.used = std::move(runs).value();
    return usage;
}

} // namespace imprint::flasher
