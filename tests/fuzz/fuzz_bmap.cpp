// libFuzzer harness for bmaptool's .bmap XML: any bytes as a map; the parser and the file's own
// checksum must answer, and an accepted map must be sorted, within the image and not overlapping.
#include "flasher/blockmap/blockmap.h"
#include "tests/fuzz/fuzzinput.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace imprint;
    auto map = flasher::parseBmap(std::string(fuzz::text(data, size)));
    if (!map) {
        return 0;
    }
    std::uint64_t end = 0;
    for (const auto& range : map->ranges) {
        fuzz::require(range.offset >= end && range.end() >= range.offset, "ranges sorted");
        end = range.end();
    }
    (void)map->mappedBytes();
    return 0;
}
