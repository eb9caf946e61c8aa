// libFuzzer harness for profiles: any bytes as a saved profile; reading, the profile's own
// checks, applying it to a config.json and validating the result must answer, never crash.
#include "core/config/validate.h"
#include "core/provision/profile.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace imprint;
    auto profile = provision::Profile::parse(fuzz::text(data, size));
    if (!profile) {
        return 0;
    }
    (void)profile->check();
    (void)profile->toJson(false);
    const config::Config before;
    (void)config::validateEdit(before, profile->applyTo(before));
    auto again = provision::Profile::parse(profile->toText());
    fuzz::require(again.ok(), "a profile's saved form reads back");
    return 0;
}
