// libFuzzer harness for `lsblk --json --bytes` output: any bytes as lsblk's answer; the parser
// must give drives or an error, never crash.
#include "flasher/drives/lsblk.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)imprint::flasher::parseLsblkJson(imprint::fuzz::text(data, size));
    return 0;
}
