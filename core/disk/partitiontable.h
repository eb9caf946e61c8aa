// PartitionTable: the partitions of a BlockDevice as libfdisk reads them (MBR with primary,
// extended and logical partitions numbered the Linux way, or GPT with names and type GUIDs).
#pragma once

#include "core/common/result.h"
#include "core/disk/blockdevice.h"

#include <cstdint>
#include <string>
#include <vector>

namespace imprint::disk {

struct Partition {
    int number = 0;          // Linux numbering: primary 1-4, logical from 5 (EBR chain order)
    std::uint64_t start = 0; // bytes from the start of the device
    std::uint64_t size = 0;  // bytes
    std::string type;        // MBR type as two hex digits ("0c"), or the GPT type GUID
    std::string typeName;    // libfdisk's name for the type, when it knows it
    std::string name;        // GPT partition name (empty for MBR)
    std::string uuid;        // GPT partition GUID (empty for MBR)
    bool bootable = false;   // MBR boot flag / GPT legacy BIOS bootable
    bool logical = false;    // inside the MBR extended partition
    bool container = false;  // the MBR extended partition itself (holds no filesystem)
    bool beyondEnd = false;  // runs past the end of the device
};

class PartitionTable {
public:
    // Reads the table. Errors: partition.no_table, partition.read_failed {reason}.
    static Result<PartitionTable> read(BlockDevice& device);

    [[nodiscard]] const std::string& kind() const { return kind_; } // "dos" or "gpt"
    [[nodiscard]] std::uint32_t sectorSize() const { return sectorSize_; }
    [[nodiscard]] std::uint64_t deviceSize() const { return deviceSize_; }
    [[nodiscard]] const std::string& diskId() const { return diskId_; }
    [[nodiscard]] const std::vector<Partition>& partitions() const { return partitions_; }
    [[nodiscard]] const Partition* find(int number) const;
    // The first partition that runs past the end of the device, or nullptr. Such a table is
    // shown but every edit of the device is refused (the device is not what the table says).
    [[nodiscard]] const Partition* firstBeyondEnd() const;
    // partition.beyond_end {number, end, size} when firstBeyondEnd() is set.
    [[nodiscard]] Result<void> checkEditable() const;

private:
    std::string kind_;
    std::string diskId_;
    std::uint32_t sectorSize_ = 512;
    std::uint64_t deviceSize_ = 0;
    std::vector<Partition> partitions_;
};

} // namespace imprint::disk
