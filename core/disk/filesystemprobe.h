// What a partition holds, from its first sectors: FAT (with its label) or ext2/3/4 (with its
// label), for `inspect` and for finding the boot partition.
#pragma once

#include "core/disk/blockdevice.h"

#include <cstdint>
#include <string>

namespace imprint::disk {

struct FilesystemProbe {
    std::string type;    // "vfat" (FAT12/16/32), "ext4", "ext3", "ext2", or empty when unknown
    std::string variant; // "FAT16", ... for vfat
    std::string label;
};

// Never fails: unreadable or unknown content gives an empty type.
FilesystemProbe probeFilesystem(BlockDevice& device, std::uint64_t offset, std::uint64_t size);

} // namespace imprint::disk
