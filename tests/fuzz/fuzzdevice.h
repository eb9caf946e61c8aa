// The device a fuzz input becomes: its bytes, then zeros up to a fixed size, so tiny seeds
// (a boot sector and a FAT, or a partition table) describe a full-size volume.
#pragma once

#include "core/disk/blockdevice.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace imprint::fuzz {

inline std::vector<std::uint8_t> padded(const std::uint8_t* data, std::size_t size,
                                        std::size_t total) {
    std::vector<std::uint8_t> bytes(std::max(total, size), 0);
    std::copy_n(data, size, bytes.begin());
    return bytes;
}

} // namespace imprint::fuzz
