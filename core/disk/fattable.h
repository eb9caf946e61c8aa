// FatTable: the file allocation table of one FatVolume, read sector by sector on demand and
// cached; changes stay in memory until flush() writes the changed sectors to every FAT copy.
// Internal to core/disk (FatVolume uses it).
#pragma once

#include "core/common/result.h"
#include "core/disk/blockdevice.h"
#include "core/disk/fatgeometry.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace imprint::disk {

class FatTable {
public:
    FatTable(BlockDevice& device, std::uint64_t volumeOffset, const FatGeometry& geometry);

    // The raw entry of a cluster (2..maxCluster). Errors: disk.* on read failure.
    Result<std::uint32_t> get(std::uint32_t cluster);
    Result<void> set(std::uint32_t cluster, std::uint32_t value);

    [[nodiscard]] bool isEnd(std::uint32_t value) const { return value >= endMin_; }
    [[nodiscard]] std::uint32_t endMark() const { return endMark_; }

    // The clusters of a chain starting at `first`, at most `limit` of them (0: all).
    // Errors: fat.chain_out_of_range, fat.chain_free_link, fat.chain_bad_cluster,
    // fat.cyclic_chain, each with {cluster, value}.
    Result<std::vector<std::uint32_t>> chain(std::uint32_t first, std::size_t limit = 0);

    // Takes `count` free clusters and links them into a chain (in memory). Errors: fat.volume_full.
    Result<std::vector<std::uint32_t>> allocate(std::size_t count);
    // Marks the clusters free (in memory).
    Result<void> release(const std::vector<std::uint32_t>& clusters);
    // The number of free clusters (reads the whole FAT once).
    Result<std::uint32_t> freeClusters();
    // Whether at least `count` clusters are free. Reads the FAT from the next-free hint on only
    // until it has seen that many, so a small write on a roomy volume reads a sector or two,
    // not the whole table; when the answer is no, the exact count is known afterwards.
    Result<bool> hasFree(std::uint64_t count);
    [[nodiscard]] std::optional<std::uint32_t> knownFree() const { return free_; }
    [[nodiscard]] std::uint32_t nextFreeHint() const { return nextFree_; }
    void setNextFreeHint(std::uint32_t cluster);

    // Writes the changed sectors to every FAT copy (the active one only when not mirrored),
    // copy 0 first. Returns whether anything was written.
    Result<bool> flush();
    [[nodiscard]] bool dirty() const;

private:
    Result<void> loadSector(std::uint32_t sector);
    Result<void> loadAll();
    Result<std::uint8_t*> bytesAt(std::uint32_t byteOffset);         // loads the sector
    [[nodiscard]] std::uint32_t decode(std::uint32_t cluster) const; // the sector is loaded

    BlockDevice& device_;
    std::uint64_t volumeOffset_;
    const FatGeometry& g_;
    std::uint32_t bytes_;                  // FAT size in bytes
    std::unique_ptr<std::uint8_t[]> data_; // the active FAT, filled as sectors are loaded
    std::vector<bool> loaded_;
    std::vector<bool> dirty_;
    bool allLoaded_ = false;
    std::optional<std::uint32_t> free_;
    std::uint32_t nextFree_ = 2;
    std::uint32_t endMin_;
    std::uint32_t endMark_;
};

} // namespace imprint::disk
