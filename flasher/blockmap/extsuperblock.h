// ExtSuperblock: what an ext2/3/4 superblock says about where the filesystem's block groups,
// group descriptors and block bitmaps lie, checked as libext2fs checks it when it opens one.
#pragma once

#include "core/common/result.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>

namespace imprint::flasher {

struct ExtSuperblock {
    // Fields as the superblock names them (s_...), the 64bit feature's high halves included.
    std::uint64_t blocksCount = 0;
    std::uint32_t firstDataBlock = 0;
    std::uint32_t blockSize = 0;
    std::uint32_t blocksPerGroup = 0;
    std::uint32_t clustersPerGroup = 0;
    std::uint32_t inodesPerGroup = 0;
    std::uint32_t featureCompat = 0;
    std::uint32_t featureIncompat = 0;
    std::uint32_t featureRoCompat = 0;
    std::uint32_t reservedGdtBlocks = 0;
    std::uint32_t descSize = 32; // 32, or s_desc_size with the 64bit feature
    std::uint32_t firstMetaBg = 0;
    std::array<std::uint32_t, 2> backupBgs{}; // the groups holding backups with sparse_super2
    std::array<std::uint8_t, 16> uuid{};
    std::uint32_t checksumSeed = 0; // where metadata_csum checksums start

    // Worked out from the fields.
    std::uint64_t groupCount = 0;
    std::uint32_t descPerBlock = 0;
    std::uint64_t descBlocks = 0;
    std::uint32_t inodeBlocksPerGroup = 0;

    [[nodiscard]] bool is64bit() const { return (featureIncompat & 0x80U) != 0; }
    [[nodiscard]] bool metaBg() const { return (featureIncompat & 0x10U) != 0; }
    [[nodiscard]] bool metadataCsum() const { return (featureRoCompat & 0x400U) != 0; }
    // Group descriptors carry a checksum (gdt_csum or metadata_csum), so BLOCK_UNINIT is trusted.
    [[nodiscard]] bool groupDescCsum() const { return (featureRoCompat & 0x410U) != 0; }

    [[nodiscard]] std::uint64_t groupFirstBlock(std::uint64_t group) const {
        return firstDataBlock + group * blocksPerGroup;
    }
    // Whether a group holds a copy of the superblock (sparse_super, sparse_super2 or every group).
    [[nodiscard]] bool groupHasSuper(std::uint64_t group) const;

    // Where a group's superblock copy, its copy of the descriptor table (with the reserved GDT
    // blocks) and its meta_bg descriptor block lie; 0 where it has none.
    struct GroupMetadata {
        std::uint64_t super = 0;
        std::uint64_t oldDesc = 0;
        std::uint64_t oldDescBlocks = 0;
        std::uint64_t newDesc = 0;
    };
    [[nodiscard]] GroupMetadata groupMetadata(std::uint64_t group) const;

    // The block holding the index-th block of the (primary) group descriptor table.
    [[nodiscard]] std::uint64_t descriptorBlock(std::uint64_t index) const;
};

// An error about the filesystem at byte `offset` of its device: the code with {offset}.
Error extError(std::string code, std::uint64_t offset);

// The superblock's 1024 bytes, of a filesystem at byte `offset` of its device that may take up
// to `room` bytes there. Errors (each with {offset}): bmap.ext_bad_superblock {field, value},
// bmap.ext_unsupported {feature}, bmap.ext_checksum_mismatch {block}, bmap.ext_too_large.
Result<ExtSuperblock> parseExtSuperblock(std::span<const std::uint8_t> bytes, std::uint64_t offset,
                                         std::uint64_t room);

} // namespace imprint::flasher
