// libFuzzer harness for batch manifests: any bytes as a CSV or JSON manifest; reading it and
// making its devices (templates expanded, columns applied to a profile) must answer, never crash.
#include "app/common/batch/devices.h"
#include "app/common/batch/manifest.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace imprint::app::batch;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto manifest = parseManifest(bytes, QStringLiteral("fuzz"));
    if (!manifest) {
        return 0;
    }
    for (const auto& row : manifest->rows) {
        for (qsizetype c = 0; c < manifest->columns.size() && c < row.values.size(); ++c) {
            (void)expandTemplate(row.values[c], *manifest, row, manifest->columns[c],
                                 QStringLiteral("0123456789abcdef0123456789abcdef"));
        }
    }
    (void)makeDevices(*manifest, imprint::provision::Profile{});
    return 0;
}
