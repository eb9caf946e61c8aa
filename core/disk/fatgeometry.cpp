#include "core/disk/fatgeometry.h"

#include "core/disk/bytes.h"

namespace imprint::disk {
namespace {

Error bad(const char* field, std::uint64_t value) {
    return Error("fat.bad_bpb").with("field", field).with("value", std::to_string(value));
}

bool powerOfTwo(std::uint32_t v) { return v != 0 && (v & (v - 1)) == 0; }

std::string trimmedLabel(std::span<const std::uint8_t> b, std::size_t at) {
    std::string s(reinterpret_cast<const char*>(b.data() + at), 11);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\0')) {
        s.pop_back();
    }
    return s == "NO NAME" ? std::string() : s;
}

} // namespace

const char* fatTypeName(FatType type) {
    switch (type) {
    case FatType::Fat12:
        return "FAT12";
    case FatType::Fat16:
        return "FAT16";
    case FatType::Fat32:
        return "FAT32";
    }
    return "FAT";
}

Result<FatGeometry> FatGeometry::parse(std::span<const std::uint8_t> b, std::uint64_t rangeBytes) {
    if (b.size() < 512) {
        return Error("fat.not_fat");
    }
    // BS_jmpBoot: a short or near jump, as every FAT implementation writes it.
    if (!(b[0] == 0xEB && b[2] == 0x90) && b[0] != 0xE9 && b[0] != 0xEB) {
        return Error("fat.not_fat");
    }
    FatGeometry g;
    g.bytesPerSector = le16(b, 11);
    if (g.bytesPerSector != 512 && g.bytesPerSector != 1024 && g.bytesPerSector != 2048 &&
        g.bytesPerSector != 4096) {
        return bad("BPB_BytsPerSec", g.bytesPerSector);
    }
    g.sectorsPerCluster = le8(b, 13);
    if (!powerOfTwo(g.sectorsPerCluster) || g.clusterBytes() > 256u * 1024u) {
        return bad("BPB_SecPerClus", g.sectorsPerCluster);
    }
    g.reservedSectors = le16(b, 14);
    if (g.reservedSectors == 0) {
        return bad("BPB_RsvdSecCnt", 0);
    }
    g.numFats = le8(b, 16);
    if (g.numFats == 0 || g.numFats > 4) {
        return bad("BPB_NumFATs", g.numFats);
    }
    g.rootEntryCount = le16(b, 17);
    const std::uint32_t totSec16 = le16(b, 19);
    const std::uint32_t totSec32 = le32(b, 32);
    g.totalSectors = totSec16 != 0 ? totSec16 : totSec32;
    if (g.totalSectors == 0) {
        return bad("BPB_TotSec32", 0);
    }
    if (g.volumeBytes() > rangeBytes) {
        return Error("fat.volume_exceeds_range")
            .with("volume", std::to_string(g.volumeBytes()))
            .with("range", std::to_string(rangeBytes));
    }
    const std::uint32_t fatSz16 = le16(b, 22);
    const bool fat32 = fatSz16 == 0;
    g.fatSize = fat32 ? le32(b, 36) : fatSz16;
    if (g.fatSize == 0) {
        return bad("BPB_FATSz32", 0);
    }
    if (fat32 && g.rootEntryCount != 0) {
        return bad("BPB_RootEntCnt", g.rootEntryCount);
    }
    if (!fat32 && g.rootEntryCount == 0) {
        return bad("BPB_RootEntCnt", 0);
    }
    g.rootDirSectors = (g.rootEntryCount * 32 + g.bytesPerSector - 1) / g.bytesPerSector;
    const std::uint64_t firstData =
        std::uint64_t{g.reservedSectors} + std::uint64_t{g.numFats} * g.fatSize + g.rootDirSectors;
    if (firstData >= g.totalSectors) {
        return bad("BPB_FATSz", g.fatSize);
    }
    g.firstDataSector = static_cast<std::uint32_t>(firstData);
    g.clusterCount = (g.totalSectors - g.firstDataSector) / g.sectorsPerCluster;
    if (g.clusterCount == 0) {
        return bad("BPB_TotSec", g.totalSectors);
    }
    if (fat32) {
        g.type = FatType::Fat32;
        if (g.clusterCount > 0x0FFFFFF5u - 1) {
            return bad("CountofClusters", g.clusterCount);
        }
        const std::uint32_t extFlags = le16(b, 40);
        g.mirrored = (extFlags & 0x80u) == 0;
        g.activeFat = extFlags & 0x0Fu;
        if (!g.mirrored && g.activeFat >= g.numFats) {
            return bad("BPB_ExtFlags", extFlags);
        }
        if (le16(b, 42) != 0) {
            return bad("BPB_FSVer", le16(b, 42));
        }
        g.rootCluster = le32(b, 44);
        if (g.rootCluster < 2 || g.rootCluster > g.maxCluster()) {
            return bad("BPB_RootClus", g.rootCluster);
        }
        g.fsInfoSector = le16(b, 48);
        if (g.fsInfoSector == 0 || g.fsInfoSector >= g.reservedSectors) {
            g.fsInfoSector = 0; // none (0 or 0xFFFF): the free count is simply not kept
        }
        if (le8(b, 66) == 0x29) {
            g.bootLabel = trimmedLabel(b, 71);
        }
    } else {
        // FAT12 below 4085 clusters, FAT16 below 65525: the count decides, not the label.
        g.type = g.clusterCount < 4085 ? FatType::Fat12 : FatType::Fat16;
        if (g.clusterCount >= 65525) {
            return bad("CountofClusters", g.clusterCount);
        }
        if (le8(b, 38) == 0x29) {
            g.bootLabel = trimmedLabel(b, 43);
        }
    }
    const std::uint64_t bitsPerEntry =
        g.type == FatType::Fat12 ? 12 : (g.type == FatType::Fat16 ? 16 : 32);
    const std::uint64_t entries = std::uint64_t{g.fatSize} * g.bytesPerSector * 8 / bitsPerEntry;
    if (entries < std::uint64_t{g.clusterCount} + 2) {
        return bad("BPB_FATSz", g.fatSize);
    }
    return g;
}

} // namespace imprint::disk
