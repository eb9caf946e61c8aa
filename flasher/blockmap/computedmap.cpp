#include "flasher/blockmap/computedmap.h"

#include "core/disk/blockdevice.h"
#include "core/disk/fatgeometry.h"
#include "core/disk/partitiontable.h"
#include "flasher/blockmap/extbitmap.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace imprint::flasher {
namespace {

constexpr std::uint64_t kAlign = 4096;
// The end of the image holds a GPT backup; a MiB covers it at any sector size.
constexpr std::uint64_t kTailBytes = 1 << 20;

using Ranges = std::vector<std::pair<std::uint64_t, std::uint64_t>>;

bool isExt(disk::BlockDevice& device, std::uint64_t start, std::uint64_t size) {
    std::array<std::uint8_t, 2> magic{};
    if (size < 2048 || !device.read(start + 1024 + 56, magic)) {
        return false;
    }
    return magic[0] == 0x53 && magic[1] == 0xef;
}

// The blocks in use of an ext2/3/4 filesystem at `start` that may take up `room` bytes, or
// false when its metadata cannot be read (or is damaged, or beyond what is mapped).
bool extRanges(disk::BlockDevice& device, std::uint64_t start, std::uint64_t room, Ranges& out) {
    const auto usage = readExtUsage(device, start, room);
    if (!usage) {
        return false;
    }
    const std::uint64_t blockSize = usage->blockSize;
    // Block 0 (and the boot sectors before the superblock) always go along.
    out.emplace_back(start, start + blockSize);
    for (const auto& run : usage->used) {
        out.emplace_back(start + run.first * blockSize,
                         start + (run.first + run.count) * blockSize);
    }
    return true;
}

// The areas of a FAT12/16/32 filesystem at `start` that hold something: boot sector, FATs and
// fixed root directory, and every cluster whose FAT entry is not 0 (free). False when the boot
// sector is not a FAT one or the FAT cannot be read; the caller then maps the partition whole.
bool fatRanges(disk::BlockDevice& device, std::uint64_t start, std::uint64_t size, Ranges& out) {
    std::array<std::uint8_t, 512> boot{};
    if (!device.read(start, boot)) {
        return false;
    }
    auto geometry = disk::FatGeometry::parse(boot, size);
    if (!geometry) {
        return false;
    }
    const auto& g = *geometry;
    const std::uint32_t fatIndex = g.mirrored ? 0 : g.activeFat;
    std::vector<std::uint8_t> fat(std::size_t{g.fatSize} * g.bytesPerSector);
    if (!device.read(start + g.fatOffset(fatIndex), fat)) {
        return false;
    }
    auto entry = [&](std::uint32_t cluster) -> std::uint32_t {
        switch (g.type) {
        case disk::FatType::Fat12: {
            const std::size_t at = cluster + cluster / 2;
            const std::uint32_t pair = std::uint32_t{fat[at]} | (std::uint32_t{fat[at + 1]} << 8U);
            return (cluster & 1U) != 0 ? pair >> 4U : pair & 0xfffU;
        }
        case disk::FatType::Fat16:
            return std::uint32_t{fat[2 * std::size_t{cluster}]} |
                   (std::uint32_t{fat[2 * std::size_t{cluster} + 1]} << 8U);
        case disk::FatType::Fat32: {
            const std::size_t at = 4 * std::size_t{cluster};
            return (std::uint32_t{fat[at]} | (std::uint32_t{fat[at + 1]} << 8U) |
                    (std::uint32_t{fat[at + 2]} << 16U) | (std::uint32_t{fat[at + 3]} << 24U)) &
                   0x0fffffffU;
        }
        }
        return 1;
    };
    // The FAT must hold an entry for every cluster the boot sector claims.
    const std::uint64_t entriesNeeded = std::uint64_t{g.maxCluster()} + 1;
    const std::uint64_t entryBits = g.type == disk::FatType::Fat12   ? 12
                                    : g.type == disk::FatType::Fat16 ? 16
                                                                     : 32;
    if ((entriesNeeded * entryBits + 7) / 8 + 1 > fat.size()) {
        return false;
    }
    Ranges found;
    found.emplace_back(start, start + std::uint64_t{g.firstDataSector} * g.bytesPerSector);
    std::uint32_t cluster = 2;
    while (cluster <= g.maxCluster()) {
        if (entry(cluster) == 0) {
            ++cluster;
            continue;
        }
        const std::uint32_t first = cluster;
        while (cluster <= g.maxCluster() && entry(cluster) != 0) {
            ++cluster;
        }
        found.emplace_back(start + g.clusterOffset(first),
                           start + g.clusterOffset(first) +
                               std::uint64_t{cluster - first} * g.clusterBytes());
    }
    out.insert(out.end(), found.begin(), found.end());
    return true;
}

} // namespace

Result<BlockMap> computeBlockMap(const std::string& imagePath) {
    auto device = disk::FileDevice::open(imagePath, false);
    if (!device) {
        return Error("bmap.open_failed")
            .with("path", imagePath)
            .with("detail", device.error().arg("reason"));
    }
    const std::uint64_t size = (*device)->size();
    auto table = disk::PartitionTable::read(**device);
    if (!table || table->partitions().empty()) {
        return BlockMap::whole(size);
    }
    Ranges ranges;
    std::vector<disk::Partition> parts = table->partitions();
    std::sort(parts.begin(), parts.end(),
              [](const auto& a, const auto& b) { return a.start < b.start; });
    // Everything before the first partition: the table, boot loaders in the gap.
    ranges.emplace_back(0, parts.front().start);
    std::uint64_t previousEnd = 0;
    for (const auto& p : parts) {
        if (p.container) {
            continue;
        }
        // A logical partition's EBR sits in the gap before it.
        if (p.logical && p.start > previousEnd) {
            ranges.emplace_back(previousEnd, p.start);
        }
        previousEnd = std::max(previousEnd, p.start + p.size);
        const std::uint64_t end = std::min(size, p.start + p.size);
        if (p.start >= end) {
            continue;
        }
        const bool mapped = isExt(**device, p.start, end - p.start)
                                ? extRanges(**device, p.start, p.size, ranges)
                                : fatRanges(**device, p.start, end - p.start, ranges);
        if (!mapped) {
            ranges.emplace_back(p.start, end);
        }
    }
    ranges.emplace_back(size > kTailBytes ? size - kTailBytes : 0, size);

    // Aligned, sorted, merged, inside the image.
    for (auto& [a, b] : ranges) {
        a = a / kAlign * kAlign;
        b = std::min(size, (b + kAlign - 1) / kAlign * kAlign);
    }
    std::sort(ranges.begin(), ranges.end());
    BlockMap map;
    map.imageSize = size;
    map.blockSize = kAlign;
    for (const auto& [a, b] : ranges) {
        if (a >= b) {
            continue;
        }
        if (!map.ranges.empty() && a <= map.ranges.back().end()) {
            auto& last = map.ranges.back();
            last.length = std::max(last.end(), b) - last.offset;
        } else {
            map.ranges.push_back({a, b - a, {}});
        }
    }
    return map;
}

} // namespace imprint::flasher
