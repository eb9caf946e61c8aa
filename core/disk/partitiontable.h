// PartitionTable: the partitions of a BlockDevice (MBR with primary, extended and logical
// partitions numbered the Linux way, or GPT with names and type GUIDs), read as libfdisk does.
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
    std::string typeName;    // libfdisk's name for a common type ("Linux"), else empty
    std::string name;        // GPT partition name (empty for MBR)
    std::string uuid;        // GPT partition GUID (empty for MBR)
    bool bootable = false;   // MBR boot flag / GPT legacy BIOS bootable
    bool logical = false;    // inside the MBR extended partition
    bool container = false;  // the MBR extended partition itself (holds no filesystem)
    bool beyondEnd = false;  // runs past the end of the device
};

class PartitionTable {
public:
    // Reads the table through BlockDevice::read alone (no OS call), with the results libfdisk
    // 2.38 gives (tests/core/disk/tst_disk_tablejudge holds it to that):
    // - at the device's sector size: a GPT when the MBR has a partition of type 0xEE and a
    //   valid header exists (header and entry-array CRC32, usable range on the device, MyLBA):
    //   the primary at LBA 1, else, as libfdisk, the backup at the device's last LBA with its
    //   own entry array; else the MBR (signature 0x55AA), its logical partitions numbered from
    //   5 in the order of the EBR chain, empty ones dropped as libfdisk drops them;
    // - a protective MBR without a GPT is read again at 4096-byte sectors (a GPT made for a
    //   4K-native drive, in an image file); when that fails too and the MBR holds nothing but
    //   the protective partition, partition.read_failed {reason: partition.gpt_damaged}
    //   (libfdisk shows that MBR as a "dos" table with its one 0xEE partition).
    // Beyond libfdisk, for hostile tables: the EBR chain ends at a record already visited or
    // outside the extended partition (and at libfdisk's 60 partitions), a GPT entry array is
    // at most 4 MiB of entries of 128 bytes or more (a multiple of 8), and what lies outside
    // the device is never read. A GPT partition is bootable with the legacy BIOS bootable
    // attribute (bit 2). Errors: partition.no_table, partition.unsupported {kind} (a BSD, SGI
    // or Sun label), partition.read_failed {reason}, and the device's read errors.
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
