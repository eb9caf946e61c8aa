// libFuzzer harness for config.json: any bytes as the document; parsing, the JSON Schema, the
// semantic checks, the typed accessors and secret masking must answer, never crash.
#include "core/config/config.h"
#include "core/config/validate.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace imprint::config;
    auto config = Config::parse(imprint::fuzz::text(data, size));
    if (!config) {
        return 0;
    }
    (void)validate(*config, ValidationContext{.wifiNetworks = 1});
    (void)validateEdit(Config(), *config);
    (void)config->sshKeys();
    (void)config->udevRules();
    (void)config->hostname();
    (void)config->isFleetConfig();
    (void)toText(maskSecrets(config->json()));
    auto again = Config::parse(config->toText());
    imprint::fuzz::require(again.ok() && *again == *config, "toText reads back as the same");
    return 0;
}
