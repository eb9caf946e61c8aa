// libFuzzer harness for the FAT reader and writer: any bytes as a volume; every call must
// return a value or an error, within bounds and in bounded time.
#include "core/disk/blockdevice.h"
#include "core/disk/fatvolume.h"
#include "tests/fuzz/fuzzdevice.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace imprint::disk;
    MemoryDevice device(imprint::fuzz::padded(data, size, 2u << 20));
    FatVolume::Options options;
    options.barriers = false;
    auto volume = FatVolume::open(device, 0, device.size(), options);
    if (!volume) {
        return 0;
    }
    (void)(*volume)->label();
    // Walk two levels, reading every file.
    if (auto root = (*volume)->list("/")) {
        int budget = 64;
        for (const auto& e : *root) {
            if (--budget < 0) {
                break;
            }
            const std::string path = "/" + e.name;
            if (e.directory) {
                if (auto sub = (*volume)->list(path)) {
                    for (const auto& s : *sub) {
                        if (!s.directory && --budget >= 0) {
                            (void)(*volume)->readFile(path + "/" + s.name);
                        }
                    }
                }
            } else {
                (void)(*volume)->readFile(path);
            }
        }
    }
    (void)(*volume)->writeFile("/config.json", std::vector<std::uint8_t>(3000, 'c'));
    (void)(*volume)->makeDirectory("/system-connections");
    (void)(*volume)->writeFile("/system-connections/a long name.nmconnection",
                               std::vector<std::uint8_t>(10, 'w'));
    (void)(*volume)->rename("/config.json", "/system-connections/config.json");
    (void)(*volume)->remove("/system-connections/config.json");
    (void)(*volume)->freeBytes();
    return 0;
}
