// libFuzzer harness for NetworkManager keyfiles: any bytes as a keyfile; the reader, the
// connection listing, the WiFi reader and the imported-connection check must answer, never crash.
#include "core/provision/importedconnection.h"
#include "core/provision/keyfile.h"
#include "core/provision/wifi.h"
#include "tests/fuzz/fuzzinput.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace imprint::provision;
    const auto text = imprint::fuzz::text(data, size);
    const auto keyfile = KeyFile::parse(text);
    for (const auto& group : keyfile.groups()) {
        for (const auto& [key, value] : group.entries) {
            (void)KeyFile::list(value);
            imprint::fuzz::require(KeyFile::unescape(KeyFile::escape(value)) == value,
                                   "escape then unescape gives the value");
        }
    }
    (void)KeyFile::parse(keyfile.toText());
    (void)readConnection(text);
    if (auto network = readWifiNetwork(text); network && !checkWifiNetwork(*network)) {
        (void)readWifiNetwork(wifiKeyfile(*network, "fuzz"));
    }
    ImportedConnection imported{"fuzz.nmconnection", std::string(text), {}};
    (void)certificateReferences(text);
    (void)maskKeyfileSecrets(text);
    (void)importedId(imported);
    const auto names = importedFileNames({imported, imported}, {"balena-wifi-01"});
    if (!checkImportedConnection(imported)) {
        (void)importedConnectionFiles(imported, names.front());
    }
    return 0;
}
