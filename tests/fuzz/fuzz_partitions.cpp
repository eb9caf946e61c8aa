// libFuzzer harness for partition discovery: any bytes as a disk; the table, the boot
// partition rule and the filesystem probes must return a value or an error, never crash.
#include "core/disk/blockdevice.h"
#include "core/disk/bootpartition.h"
#include "core/disk/filesystemprobe.h"
#include "core/disk/partitiontable.h"
#include "tests/fuzz/fuzzdevice.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace imprint::disk;
    MemoryDevice device(imprint::fuzz::padded(data, size, 4u << 20), false);
    auto table = PartitionTable::read(device);
    if (!table) {
        return 0;
    }
    for (const auto& p : table->partitions()) {
        if (!p.beyondEnd && !p.container) {
            (void)probeFilesystem(device, p.start, p.size);
        }
    }
    (void)table->checkEditable();
    (void)locateBootPartition(device, *table);
    return 0;
}
