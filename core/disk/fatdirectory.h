// FatDirectory: one directory of a FatVolume held in memory with where each of its sectors
// lives, and the decoding of its 32-byte entries (short entries, VFAT long-name runs). Internal.
#pragma once

#include "core/common/result.h"
#include "core/disk/fatgeometry.h"
#include "core/disk/fatnames.h"
#include "core/disk/fatvolume.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace imprint::disk {

// On-disk offsets of a short directory entry (FAT spec names).
namespace dirent {
constexpr std::size_t DIR_Name = 0, DIR_Attr = 11, DIR_NTRes = 12, DIR_CrtTimeTenth = 13,
                      DIR_CrtTime = 14, DIR_CrtDate = 16, DIR_LstAccDate = 18, DIR_FstClusHI = 20,
                      DIR_WrtTime = 22, DIR_WrtDate = 24, DIR_FstClusLO = 26, DIR_FileSize = 28;
constexpr std::uint8_t ATTR_READ_ONLY = 0x01, ATTR_HIDDEN = 0x02, ATTR_SYSTEM = 0x04,
                       ATTR_VOLUME_ID = 0x08, ATTR_DIRECTORY = 0x10, ATTR_ARCHIVE = 0x20,
                       ATTR_LONG_NAME = 0x0F;
constexpr std::size_t LDIR_Ord = 0, LDIR_Name1 = 1, LDIR_Attr = 11, LDIR_Type = 12,
                      LDIR_Chksum = 13, LDIR_Name2 = 14, LDIR_FstClusLO = 26, LDIR_Name3 = 28;
constexpr std::uint8_t LAST_LONG_ENTRY = 0x40;
constexpr std::uint8_t FREE = 0xE5;
} // namespace dirent

struct FatDirectory {
    std::uint32_t firstCluster = 0; // 0: the fixed root directory of FAT12/16
    std::vector<std::uint32_t> clusters;
    std::vector<std::uint64_t> sectorOffsets; // device byte offset of each sector
    std::uint32_t bytesPerSector = 512;
    std::vector<std::uint8_t> data;

    [[nodiscard]] std::size_t entryCount() const { return data.size() / 32; }
    std::span<std::uint8_t> entry(std::size_t i) { return std::span(data).subspan(i * 32, 32); }
    [[nodiscard]] std::span<const std::uint8_t> entry(std::size_t i) const {
        return std::span(data).subspan(i * 32, 32);
    }
    [[nodiscard]] std::size_t sectorOf(std::size_t i) const { return i * 32 / bytesPerSector; }
};

// One name of a directory: its short entry and the long-name run before it.
struct FatSlot {
    FatEntry entry;
    ShortName shortName{};
    std::u16string longName; // empty when the entry has no (valid) long name
    std::size_t first = 0;   // index of the first entry of the run
    std::size_t shortIndex = 0;
};

struct ParsedDirectory {
    std::vector<FatSlot> slots;
    std::vector<ShortName> allShortNames; // including "." and "..", for alias uniqueness
    std::string label;                    // the volume label entry (root only)
    std::size_t endIndex = 0;             // the first 0x00 entry (entryCount() when there is none)
};

// Decodes a directory. Errors: fat.entry_out_of_range {name, cluster}.
Result<ParsedDirectory> parseDirectory(const FatDirectory& dir, const FatGeometry& g);

// The long-name entries for a name, in on-disk order (last part first).
std::vector<std::uint8_t> makeLongEntries(const std::u16string& name, std::uint8_t checksum);

std::uint32_t entryCluster(std::span<const std::uint8_t> e, FatType type);
void setEntryCluster(std::span<std::uint8_t> e, std::uint32_t cluster);
FatTime decodeFatTime(std::uint16_t date, std::uint16_t time);

} // namespace imprint::disk
