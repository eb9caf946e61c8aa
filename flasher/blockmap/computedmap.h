// The block map of a raw image worked out from its contents when no .bmap comes with it: the
// partition table area, ext2/3/4 blocks in use (their block bitmaps, read by extbitmap.h),
// FAT12/16/32 metadata and allocated clusters (the FAT itself); other partitions whole.
#pragma once

#include "core/common/result.h"
#include "flasher/blockmap/blockmap.h"

#include <string>

namespace imprint::flasher {

// Ranges are 4 KiB aligned and have no checksums. An image without a partition table, or with
// one that cannot be read, maps whole; so does a filesystem whose metadata cannot be read.
// Errors: "bmap.open_failed" {path, detail}.
Result<BlockMap> computeBlockMap(const std::string& imagePath);

} // namespace imprint::flasher
