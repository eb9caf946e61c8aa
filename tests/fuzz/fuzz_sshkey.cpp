// libFuzzer harness for SSH public keys: any bytes as an authorized_keys line; the parser (base64,
// the key blob, RSA and ECDSA sizes) and the fingerprint must answer, never crash.
#include "core/config/sshkey.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace imprint::config;
    const auto text = imprint::fuzz::text(data, size);
    if (auto key = parseSshPublicKey(text)) {
        (void)key->fingerprint();
        (void)key->identity();
    }
    if (auto bytes = decodeBase64(text)) {
        imprint::fuzz::require(encodeBase64(*bytes) == text, "base64 decodes and encodes back");
    }
    return 0;
}
