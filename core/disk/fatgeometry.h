// FatGeometry: the layout of a FAT12/16/32 volume as its boot sector (BPB) describes it,
// every field checked against the spec and against the byte range the volume lives in.
#pragma once

#include "core/common/result.h"

#include <cstdint>
#include <span>
#include <string>

namespace imprint::disk {

enum class FatType { Fat12, Fat16, Fat32 };

struct FatGeometry {
    FatType type = FatType::Fat16;
    std::uint32_t bytesPerSector = 0;    // BPB_BytsPerSec
    std::uint32_t sectorsPerCluster = 0; // BPB_SecPerClus
    std::uint32_t reservedSectors = 0;   // BPB_RsvdSecCnt
    std::uint32_t numFats = 0;           // BPB_NumFATs
    std::uint32_t rootEntryCount = 0;    // BPB_RootEntCnt (0 on FAT32)
    std::uint32_t totalSectors = 0;      // BPB_TotSec16 or BPB_TotSec32
    std::uint32_t fatSize = 0;           // BPB_FATSz16 or BPB_FATSz32, in sectors
    std::uint32_t rootCluster = 0;       // BPB_RootClus (FAT32)
    std::uint32_t fsInfoSector = 0;      // BPB_FSInfo (FAT32; 0 when absent)
    bool mirrored = true;                // BPB_ExtFlags bit 7 clear
    std::uint32_t activeFat = 0;         // BPB_ExtFlags bits 0-3 when not mirrored
    std::uint32_t rootDirSectors = 0;    // fixed root directory size (FAT12/16)
    std::uint32_t firstDataSector = 0;
    std::uint32_t clusterCount = 0; // CountofClusters: valid clusters are 2..clusterCount+1
    std::string bootLabel;          // BS_VolLab, trailing spaces removed

    [[nodiscard]] std::uint32_t clusterBytes() const { return bytesPerSector * sectorsPerCluster; }
    [[nodiscard]] std::uint32_t maxCluster() const { return clusterCount + 1; }
    [[nodiscard]] std::uint64_t volumeBytes() const {
        return std::uint64_t{totalSectors} * bytesPerSector;
    }
    // Byte offset (from the volume start) of FAT copy `index`, of the fixed root, of a cluster.
    [[nodiscard]] std::uint64_t fatOffset(std::uint32_t index) const {
        return (std::uint64_t{reservedSectors} + std::uint64_t{index} * fatSize) * bytesPerSector;
    }
    [[nodiscard]] std::uint64_t rootDirOffset() const { return fatOffset(numFats); }
    [[nodiscard]] std::uint64_t clusterOffset(std::uint32_t cluster) const {
        return (std::uint64_t{firstDataSector} + std::uint64_t{cluster - 2} * sectorsPerCluster) *
               bytesPerSector;
    }

    // Parses the first 512 bytes of a volume that has `rangeBytes` bytes to live in.
    // Errors: fat.not_fat, fat.bad_bpb {field, value}, fat.volume_exceeds_range.
    static Result<FatGeometry> parse(std::span<const std::uint8_t> bootSector,
                                     std::uint64_t rangeBytes);
};

const char* fatTypeName(FatType type);

} // namespace imprint::disk
