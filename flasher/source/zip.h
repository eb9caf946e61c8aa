// Internal to flasher/source: the one image inside a zip file, found through its central
// directory (ZIP64 included).
#pragma once

#include "core/common/result.h"

#include <cstdint>
#include <string>

namespace imprint::flasher {

struct ZipEntry {
    std::string name;
    int method = 0; // 0 stored, 8 deflate
    std::uint32_t crc = 0;
    std::uint64_t compressedSize = 0;
    std::uint64_t size = 0;
    std::uint64_t dataOffset = 0; // first byte of the entry's data in the file
};

// Errors: "source.zip_bad" {detail} at the offending offset, "source.zip_no_image",
// "source.zip_several_images" {names}, "source.zip_encrypted" {name},
// "source.zip_unsupported_method" {name, method}.
Result<ZipEntry> findZipImage(int fd, std::uint64_t fileSize);

} // namespace imprint::flasher
