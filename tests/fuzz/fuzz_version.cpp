// libFuzzer harness for the OS version scheme: any bytes as a version; parsing must answer, and
// an accepted version must read back from its canonical text and order consistently.
#include "core/version/osversion.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace imprint;
    const auto [first, second] = fuzz::firstLine(fuzz::text(data, size));
    auto a = OsVersion::parse(first);
    auto b = OsVersion::parse(second);
    if (a) {
        auto again = OsVersion::parse(a->toString());
        fuzz::require(again.ok() && *again == *a, "parse(toString()) gives an equal version");
    }
    if (a && b) {
        fuzz::require((*a < *b) == (*b > *a), "the order is antisymmetric");
    }
    return 0;
}
