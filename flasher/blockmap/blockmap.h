// A BlockMap says which byte ranges of an image hold data: only those are written and read
// back. It comes from a bmaptool .bmap file (with a checksum per range) or covers the whole image.
#pragma once

#include "core/common/result.h"
#include "flasher/platform/digest.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace imprint::flasher {

struct MappedRange {
    std::uint64_t offset = 0;
    std::uint64_t length = 0;
    std::string checksum; // lower-case hex of the range's bytes, or empty
    [[nodiscard]] std::uint64_t end() const { return offset + length; }
};

struct BlockMap {
    std::uint64_t imageSize = 0;
    std::uint32_t blockSize = 4096;
    std::string checksumType;        // "sha256", "sha1" or empty
    std::vector<MappedRange> ranges; // sorted, not overlapping

    // The whole image as one range: what is written when nothing better is known.
    static BlockMap whole(std::uint64_t imageSize);
    [[nodiscard]] std::uint64_t mappedBytes() const;
    [[nodiscard]] bool coversWholeImage() const { return mappedBytes() == imageSize; }
};

// Parses bmaptool's XML (format 1.x with SHA-1, 2.x with SHA-256) and checks the file's own
// checksum. Errors: "bmap.open_failed" {path, detail}, "bmap.bad" {detail},
// "bmap.unsupported_version" {version}, "bmap.file_checksum_mismatch".
Result<BlockMap> parseBmap(const std::string& xml);
Result<BlockMap> loadBmap(const std::string& path);

// A bmaptool map beside an image: image.img.bmap, then for image.img.xz (.gz, .zst, .bz2,
// .zip) image.img.bmap and image.bmap. Empty when none of them is a file.
std::string findBmapBeside(const std::string& image);

// Checks a range's bytes against its checksum as they stream by, one range at a time.
class RangeChecksum {
public:
    explicit RangeChecksum(const std::string& type);
    ~RangeChecksum();
    RangeChecksum(const RangeChecksum&) = delete;
    RangeChecksum& operator=(const RangeChecksum&) = delete;
    void reset();
    void update(const void* data, std::size_t size);
    std::string hexDigest();

private:
    std::optional<platform::Digest::Kind> kind_; // none for a type this does not know
    std::unique_ptr<platform::Digest> digest_;
};

} // namespace imprint::flasher
