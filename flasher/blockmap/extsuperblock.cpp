#include "flasher/blockmap/extsuperblock.h"

#include "core/disk/bytes.h"
#include "flasher/blockmap/extchecksum.h"

#include <algorithm>
#include <string>
#include <utility>

namespace imprint::flasher {
namespace {

using disk::le16;
using disk::le32;

constexpr std::uint16_t kMagic = 0xef53;
// Incompatible features libext2fs opens (filetype, recover, journal_dev, meta_bg, extents,
// 64bit, mmp, flex_bg, ea_inode, csum_seed, largedir, inline_data, encrypt, casefold); a
// filesystem with any other is refused, as libext2fs refuses it.
constexpr std::uint32_t kIncompatKnown = 0x3e7deU;
constexpr std::uint32_t kIncompatJournalDev = 0x8U;
constexpr std::uint32_t kIncompatCsumSeed = 0x2000U;
constexpr std::uint32_t kRoCompatBigalloc = 0x200U;
// More groups than this (128 TiB at 4 KiB blocks) or a bitmap larger than this (2 TiB of 4 KiB
// blocks) is not mapped: a hostile superblock must not make the reader read or hold without end.
constexpr std::uint64_t kMaxGroups = std::uint64_t{1} << 20U;
constexpr std::uint64_t kMaxBitmapBytes = std::uint64_t{64} << 20U;

Error badField(std::uint64_t offset, const char* field, std::uint64_t value) {
    return extError("bmap.ext_bad_superblock", offset)
        .with("field", field)
        .with("value", std::to_string(value));
}

bool isPowerOfTwo(std::uint64_t v) { return v != 0 && (v & (v - 1)) == 0; }

// a is a power of b (b, b*b, ...).
bool isPowerOf(std::uint64_t a, std::uint64_t b) {
    while (a >= b && a % b == 0) {
        a /= b;
    }
    return a == 1;
}

// The format: magic, revision, features, block, cluster, inode and descriptor sizes (checked
// as libext2fs checks them when it opens a filesystem). Gives the inode size.
Result<std::uint32_t> readFormat(std::span<const std::uint8_t> b, std::uint64_t offset,
                                 ExtSuperblock& sb) {
    if (le16(b, 0x38) != kMagic) {
        return badField(offset, "s_magic", le16(b, 0x38));
    }
    const std::uint32_t revLevel = le32(b, 0x4c);
    if (revLevel > 1) {
        return badField(offset, "s_rev_level", revLevel);
    }
    sb.featureCompat = le32(b, 0x5c);
    sb.featureIncompat = le32(b, 0x60);
    sb.featureRoCompat = le32(b, 0x64);
    if ((sb.featureIncompat & ~kIncompatKnown) != 0) {
        return extError("bmap.ext_unsupported", offset)
            .with("feature", "incompat " + std::to_string(sb.featureIncompat & ~kIncompatKnown));
    }
    if ((sb.featureIncompat & kIncompatJournalDev) != 0) {
        return extError("bmap.ext_unsupported", offset).with("feature", "journal_dev");
    }
    const std::uint32_t logBlock = le32(b, 0x18);
    const std::uint32_t logCluster = le32(b, 0x1c);
    if (logBlock > 6 || logCluster > 19 || logBlock > logCluster) {
        return badField(offset, "s_log_block_size", logBlock);
    }
    if (b[0x174] > 31) {
        return badField(offset, "s_log_groups_per_flex", b[0x174]);
    }
    // Bigalloc's bitmaps count clusters, not blocks: such a filesystem is written whole.
    if ((sb.featureRoCompat & kRoCompatBigalloc) != 0) {
        return extError("bmap.ext_unsupported", offset).with("feature", "bigalloc");
    }
    if (logCluster != logBlock) {
        return badField(offset, "s_log_cluster_size", logCluster);
    }
    sb.blockSize = 1024U << logBlock;
    const std::uint32_t inodeSize = revLevel == 0 ? 128 : le16(b, 0x58);
    if (inodeSize < 128 || inodeSize > sb.blockSize || !isPowerOfTwo(inodeSize)) {
        return badField(offset, "s_inode_size", inodeSize);
    }
    if (sb.is64bit()) {
        sb.descSize = le16(b, 0xfe);
        if (sb.descSize < 64 || sb.descSize > 1024 || !isPowerOfTwo(sb.descSize)) {
            return badField(offset, "s_desc_size", sb.descSize);
        }
    }
    return inodeSize;
}

// The counts and where things are, checked on their own (as libext2fs checks them).
Result<void> readGeometry(std::span<const std::uint8_t> b, std::uint64_t offset,
                          std::uint32_t inodeSize, ExtSuperblock& sb) {
    sb.blocksCount = le32(b, 0x04);
    if (sb.is64bit()) {
        sb.blocksCount |= std::uint64_t{le32(b, 0x150)} << 32U;
    }
    sb.firstDataBlock = le32(b, 0x14);
    sb.blocksPerGroup = le32(b, 0x20);
    sb.clustersPerGroup = le32(b, 0x24);
    sb.inodesPerGroup = le32(b, 0x28);
    sb.reservedGdtBlocks = le16(b, 0xce);
    sb.firstMetaBg = le32(b, 0x104);
    sb.backupBgs = {le32(b, 0x24c), le32(b, 0x250)};
    std::copy_n(b.begin() + 0x68, sb.uuid.size(), sb.uuid.begin());
    if (sb.blocksPerGroup != sb.clustersPerGroup) {
        return badField(offset, "s_clusters_per_group", sb.clustersPerGroup);
    }
    if (sb.inodesPerGroup == 0 || sb.inodesPerGroup / 8 > sb.blockSize) {
        return badField(offset, "s_inodes_per_group", sb.inodesPerGroup);
    }
    const std::uint64_t inodeBlocks =
        (std::uint64_t{sb.inodesPerGroup} * inodeSize + sb.blockSize - 1) / sb.blockSize;
    if (inodeBlocks > 65536 - sb.blockSize / inodeSize) {
        return badField(offset, "s_inodes_per_group", sb.inodesPerGroup);
    }
    sb.inodeBlocksPerGroup = static_cast<std::uint32_t>(inodeBlocks);
    if (sb.blocksPerGroup < 8 || sb.blocksPerGroup > 65528 ||
        sb.clustersPerGroup / 8 > sb.blockSize) {
        return badField(offset, "s_blocks_per_group", sb.blocksPerGroup);
    }
    if (sb.firstDataBlock >= sb.blocksCount) {
        return badField(offset, "s_first_data_block", sb.firstDataBlock);
    }
    return {};
}

// The checksum libext2fs verifies before it trusts anything else (metadata_csum only).
Result<void> checkSuperblockChecksum(std::span<const std::uint8_t> b, std::uint64_t offset,
                                     ExtSuperblock& sb) {
    if (!sb.metadataCsum()) {
        return {};
    }
    if (b[0x175] != 1) {
        return badField(offset, "s_checksum_type", b[0x175]);
    }
    if (extCrc32c(0xffffffffU, b.first(0x3fc)) != le32(b, 0x3fc)) {
        return extError("bmap.ext_checksum_mismatch", offset)
            .with("block", std::to_string(1024 / sb.blockSize));
    }
    sb.checksumSeed = (sb.featureIncompat & kIncompatCsumSeed) != 0
                          ? le32(b, 0x270)
                          : extCrc32c(0xffffffffU, sb.uuid);
    return {};
}

} // namespace

Error extError(std::string code, std::uint64_t offset) {
    return Error(std::move(code)).with("offset", std::to_string(offset)).at(offset);
}

bool ExtSuperblock::groupHasSuper(std::uint64_t group) const {
    if (group == 0) {
        return true;
    }
    if ((featureCompat & 0x200U) != 0) { // sparse_super2
        return group == backupBgs[0] || group == backupBgs[1];
    }
    if (group == 1 || (featureRoCompat & 0x1U) == 0) { // sparse_super
        return true;
    }
    return (group & 1U) != 0 && (isPowerOf(group, 3) || isPowerOf(group, 5) || isPowerOf(group, 7));
}

ExtSuperblock::GroupMetadata ExtSuperblock::groupMetadata(std::uint64_t group) const {
    GroupMetadata m;
    const std::uint64_t first = groupFirstBlock(group);
    const bool hasSuper = groupHasSuper(group);
    if (hasSuper) {
        m.super = first;
    }
    if (!metaBg() || group / descPerBlock < firstMetaBg) {
        if (hasSuper) {
            m.oldDesc = first + 1;
            m.oldDescBlocks = metaBg() ? firstMetaBg : descBlocks + reservedGdtBlocks;
        }
        return m;
    }
    const std::uint64_t inMetaGroup = group % descPerBlock;
    if (inMetaGroup == 0 || inMetaGroup == 1 || inMetaGroup == descPerBlock - 1) {
        m.newDesc = first + (hasSuper ? 1 : 0);
    }
    return m;
}

std::uint64_t ExtSuperblock::descriptorBlock(std::uint64_t index) const {
    if (!metaBg() || index < firstMetaBg) {
        return std::uint64_t{firstDataBlock} + 1 + index;
    }
    const std::uint64_t group = std::uint64_t{descPerBlock} * index;
    return groupFirstBlock(group) + (groupHasSuper(group) ? 1 : 0);
}

Result<ExtSuperblock> parseExtSuperblock(std::span<const std::uint8_t> bytes, std::uint64_t offset,
                                         std::uint64_t room) {
    if (bytes.size() < 1024) {
        return badField(offset, "s_magic", 0);
    }
    ExtSuperblock sb;
    auto inodeSize = readFormat(bytes, offset, sb);
    if (!inodeSize) {
        return std::move(inodeSize).takeError();
    }
    if (auto geometry = readGeometry(bytes, offset, *inodeSize, sb); !geometry) {
        return std::move(geometry).takeError();
    }
    if (auto checked = checkSuperblockChecksum(bytes, offset, sb); !checked) {
        return std::move(checked).takeError();
    }
    // The whole filesystem lies inside its partition, so nothing it points at can lie outside.
    if (sb.blocksCount > room / sb.blockSize) {
        return badField(offset, "s_blocks_count", sb.blocksCount);
    }
    sb.groupCount =
        (sb.blocksCount - sb.firstDataBlock + sb.blocksPerGroup - 1) / sb.blocksPerGroup;
    if (sb.groupCount > kMaxGroups || sb.groupCount * sb.clustersPerGroup / 8 > kMaxBitmapBytes) {
        return extError("bmap.ext_too_large", offset);
    }
    const std::uint32_t inodesCount = le32(bytes, 0x00);
    if (sb.groupCount * sb.inodesPerGroup != inodesCount) {
        return badField(offset, "s_inodes_count", inodesCount);
    }
    sb.descPerBlock = sb.blockSize / sb.descSize;
    sb.descBlocks = (sb.groupCount + sb.descPerBlock - 1) / sb.descPerBlock;
    if (sb.metaBg() && sb.firstMetaBg > sb.descBlocks) {
        return badField(offset, "s_first_meta_bg", sb.firstMetaBg);
    }
    return sb;
}

} // namespace imprint::flasher
