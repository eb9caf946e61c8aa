// libFuzzer harness for the splash logo check: any bytes as a PNG; the chunk walk (lengths,
// CRCs, IHDR) must answer within the input, never read past it.
#include "core/provision/splashlogo.h"

#include <cstdint>
#include <span>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace imprint::provision;
    if (auto info = checkPng(std::span<const std::uint8_t>(data, size))) {
        (void)checkLogoFits(size, info->width, 1u << 20, 512);
    }
    return 0;
}
