// The on-disk partition-table formats behind PartitionTable::read: the MBR with its chain of
// extended boot records, and the GPT, each read at one sector size. Internal to core/disk.
#pragma once

#include "core/common/result.h"
#include "core/disk/blockdevice.h"
#include "core/disk/partitiontable.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace imprint::disk::tableformats {

// What one format found; PartitionTable::read adds the device's facts (sizes, beyondEnd).
struct Found {
    std::string kind; // "dos" or "gpt"
    std::string diskId;
    std::vector<Partition> partitions; // in number order; start and size in bytes
};

using Bytes = std::vector<std::uint8_t>;

// The bytes at [offset, offset + length), or nothing when they do not all lie inside the
// device (what lies outside is treated as absent, never read). Read errors are passed on.
Result<std::optional<Bytes>> readInside(BlockDevice& device, std::uint64_t offset,
                                        std::uint64_t length);

// lba * sectorSize in bytes, saturated at the largest value (hostile tables overflow it).
std::uint64_t sectorBytes(std::uint64_t lba, std::uint32_t sectorSize);

// An MBR as libfdisk takes one: the 0x55AA signature, and not an AIX label.
bool isMbr(std::span<const std::uint8_t> firstSector);
// An MBR in front of a GPT (protective or hybrid): the signature and a partition of type 0xEE.
bool isProtectiveMbr(std::span<const std::uint8_t> firstSector);

// The MBR's primary partitions and the logical ones of its extended partition.
Result<Found> readMbr(BlockDevice& device, std::span<const std::uint8_t> firstSector,
                      std::uint32_t sectorSize);
// The GPT behind a protective MBR: the primary header, else the backup at the last LBA; nothing
// when neither is valid.
Result<std::optional<Found>> readGpt(BlockDevice& device, std::uint32_t sectorSize);

// libfdisk's name of a type it knows (the common ones only), else empty. An MBR type is a byte;
// a GPT type is its GUID in upper case.
std::string mbrTypeName(std::uint8_t type);
std::string gptTypeName(std::string_view guid);

} // namespace imprint::disk::tableformats
