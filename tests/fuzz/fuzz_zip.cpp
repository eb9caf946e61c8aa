// libFuzzer harness for the zip reader: any bytes as a zip file; finding the image through the
// central directory (ZIP64 included) and decoding the entry must answer, never crash.
#include "flasher/source/source.h"
#include "flasher/source/zip.h"
#include "tests/fuzz/scratchfile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace imprint;
    static fuzz::ScratchFile file;
    file.write(data, size);
    (void)flasher::findZipImage(file.fd(), size);
    if (auto source = flasher::Source::open(file.path())) {
        fuzz::drain(**source, 8u << 20);
    }
    return 0;
}
