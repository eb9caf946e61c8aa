// libFuzzer harness for udev rules: the input's first line as a rule name, the rest as the
// rules text; both checks must answer, never crash.
#include "core/config/udevrules.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace imprint::config;
    const auto [name, rules] = imprint::fuzz::firstLine(imprint::fuzz::text(data, size));
    (void)checkUdevRuleName(name);
    (void)checkUdevRules(rules);
    return 0;
}
