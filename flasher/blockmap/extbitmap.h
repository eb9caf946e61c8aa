// ExtUsage: which blocks of an ext2/3/4 filesystem are in use, read from its superblock, group
// descriptors and block bitmaps through BlockDevice::read alone (no libext2fs, no OS call).
#pragma once

#include "core/common/result.h"
#include "core/disk/blockdevice.h"

#include <cstdint>
#include <vector>

namespace imprint::flasher {

struct ExtUsage {
    struct Run {
        std::uint64_t first = 0; // block number
        std::uint64_t count = 0;
        bool operator==(const Run&) const = default;
    };
    std::uint32_t blockSize = 0;
    std::uint64_t blocksCount = 0;
    std::uint64_t firstDataBlock = 0;
    // Runs of blocks in use from firstDataBlock on, ascending, apart, inside blocksCount: the
    // blocks libext2fs's ext2fs_read_block_bitmap() marks. A BLOCK_UNINIT group has no bitmap
    // on disk and counts as libext2fs counts it: its superblock copy, descriptor blocks and
    // reserved GDT blocks, and its own bitmaps and inode table wherever flex_bg put them.
    std::vector<Run> used;
};

// The filesystem at byte `start` of `device`, which may take up to `room` bytes there (its
// partition). Unlike libext2fs, a descriptor table or block bitmap outside the filesystem, or
// a block bitmap at block 0, is an error rather than a group taken as empty, and a bigalloc
// filesystem is not read.
// Errors (each with {offset}, the byte `start`): bmap.ext_bad_superblock {field, value},
// bmap.ext_unsupported {feature}, bmap.ext_block_outside {block},
// bmap.ext_checksum_mismatch {block}, bmap.ext_too_large, bmap.ext_too_fragmented {runs};
// the device's own errors (disk.out_of_range, disk.read_failed).
Result<ExtUsage> readExtUsage(disk::BlockDevice& device, std::uint64_t start, std::uint64_t room);

} // namespace imprint::flasher
