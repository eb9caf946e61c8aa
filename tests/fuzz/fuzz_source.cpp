// libFuzzer harness for the image sources: any bytes as an image file, recognised by its first
// bytes (raw, gzip, xz, zstd, bzip2, zip); the size hints and each decoder over truncated and
// corrupt streams must give bytes or an error at an offset, never crash or run away.
#include "flasher/source/source.h"
#include "tests/fuzz/scratchfile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace imprint;
    static fuzz::ScratchFile file;
    file.write(data, size);
    auto source = flasher::Source::open(file.path());
    if (!source) {
        return 0;
    }
    (void)(*source)->size();
    // Odd sizes also try skipping (what a block map's holes do).
    if (size % 2 == 1 && (*source)->enableSkipping()) {
        (void)(*source)->skipTo(1u << 20);
    }
    fuzz::drain(**source, 8u << 20);
    return 0;
}
