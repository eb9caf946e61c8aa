// The boot splash logo: a PNG in splash/ on the boot partition, checked before it replaces
// the old one (real PNG structure, sane size, and room for it on the partition).
#pragma once

#include "core/common/result.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace imprint::provision {

struct PngInfo {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    std::uint8_t bitDepth = 0;
    std::uint8_t colorType = 0;
};

inline constexpr std::uint32_t maxLogoSide = 4096;

// Walks every chunk (length, CRC-32) from the signature to IEND. Errors, each at a byte offset:
// logo.not_png, logo.truncated, logo.no_ihdr, logo.bad_crc {chunk}, logo.bad_header,
// logo.bad_dimensions {width, height, max}, logo.no_image_data, logo.data_after_end.
Result<PngInfo> checkPng(std::span<const std::uint8_t> data);

// The logo fits when the partition's free space plus what the old logo frees (both in whole
// clusters) holds the new one. logo.too_large {size, available}.
Result<void> checkLogoFits(std::uint64_t newSize, std::uint64_t oldSize, std::uint64_t freeBytes,
                           std::uint32_t clusterSize);

// The logo file of an image: splash/balena-logo.png on newer images, splash/resin-logo.png on
// older ones; the first of `present` (paths relative to the partition root) that exists, else
// the newer name.
std::string splashLogoPath(const std::vector<std::string>& present);

} // namespace imprint::provision
