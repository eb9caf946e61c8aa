// FatVolume: a FAT12/16/32 filesystem on a byte range of a BlockDevice, read and changed
// without a kernel driver: long names, both FAT copies, FSInfo, and a crash-safe replace.
#pragma once

#include "core/common/result.h"
#include "core/disk/blockdevice.h"
#include "core/disk/fatgeometry.h"

#include <cstdint>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace imprint::disk {

class FatTable;
struct FatDirectory;
struct FatSlot;
struct ParsedDirectory;

struct FatTime {
    int year = 1980, month = 1, day = 1, hour = 0, minute = 0, second = 0;
};

struct FatEntry {
    std::string name;      // the long name, or the short name when there is none
    std::string shortName; // the 8.3 alias as stored ("CONFIG~1.JSO")
    bool directory = false;
    std::uint32_t size = 0;
    std::uint8_t attributes = 0; // DIR_Attr
    std::uint32_t firstCluster = 0;
    FatTime modified;
    FatTime created;
};

class FatVolume {
public:
    struct Options {
        // Write barriers (BlockDevice::sync) between the steps of an update; off only where
        // durability does not matter (in-memory overlays, tests that count writes).
        bool barriers = true;
        // The clock for timestamps (seconds since the epoch, written as local time).
        std::function<std::time_t()> clock;
    };

    // Opens the volume at [offset, offset + length) of the device.
    // Errors: fat.not_fat, fat.bad_bpb, fat.volume_exceeds_range, disk.*.
    static Result<std::unique_ptr<FatVolume>> open(BlockDevice& device, std::uint64_t offset,
                                                   std::uint64_t length, Options options);
    static Result<std::unique_ptr<FatVolume>> open(BlockDevice& device, std::uint64_t offset,
                                                   std::uint64_t length) {
        return open(device, offset, length, Options{});
    }
    ~FatVolume();

    [[nodiscard]] const FatGeometry& geometry() const { return g_; }
    [[nodiscard]] FatType type() const { return g_.type; }
    [[nodiscard]] bool readOnly() const { return device_.readOnly(); }
    // The volume label: the root directory's label entry, else BS_VolLab; empty when none.
    Result<std::string> label();

    // Paths are '/'-separated from the root; empty components are ignored; names compare
    // case-insensitively. Errors of every call: fat.not_found, fat.not_a_directory,
    // fat.invalid_name, fat.* for corruption (chains, entries), disk.* for I/O.
    Result<std::vector<FatEntry>> list(std::string_view path);
    Result<std::optional<FatEntry>> stat(std::string_view path);
    Result<std::vector<std::uint8_t>> readFile(std::string_view path);

    // Creates or replaces a file. A replace never overwrites the old content: new clusters,
    // then the FAT chain, then the directory entry in one sector write, then the old clusters
    // are freed. Errors also: fat.is_a_directory, fat.volume_full, fat.root_full,
    // fat.file_too_large, disk.read_only.
    Result<void> writeFile(std::string_view path, std::span<const std::uint8_t> data);
    Result<void> truncate(std::string_view path, std::uint64_t size);
    Result<void> remove(std::string_view path); // a file
    Result<void> makeDirectory(std::string_view path);
    Result<void> removeDirectory(std::string_view path); // an empty directory
    // Moves a file or directory; the target must not exist. Errors also: fat.exists.
    Result<void> rename(std::string_view from, std::string_view to);
    Result<std::uint64_t> freeBytes();

private:
    FatVolume(BlockDevice& device, std::uint64_t offset, FatGeometry geometry, Options options);

    struct Located;
    // A directory as the disk holds it: from the cache when nothing was written since it was
    // read (a configure looks up a dozen paths, each from the root), else read.
    Result<FatDirectory> loadDirectory(std::uint32_t firstCluster);
    Result<FatDirectory> loadRoot();
    Result<FatDirectory> readDirectory(std::uint32_t firstCluster);
    Result<FatDirectory> readClusterDirectory(std::uint32_t firstCluster);
    Result<FatDirectory> walkToDirectory(const std::vector<std::string>& components,
                                         std::size_t count);
    Result<Located> locate(std::string_view path);
    Result<void> readClusters(const std::vector<std::uint32_t>& clusters,
                              std::span<std::uint8_t> out);
    Result<std::vector<std::uint8_t>> readChain(std::uint32_t first, std::uint32_t size,
                                                const std::string& path);
    struct NamePlan;
    struct Placement;
    Result<NamePlan> planName(const ParsedDirectory& parsed, const std::u16string& name);
    Result<Placement> place(const FatDirectory& dir, const ParsedDirectory& parsed,
                            std::size_t count);
    Result<NamePlan> nameFor(const Located& at); // the last path component as a new name
    Result<void> checkRoom(const Located& at, std::uint64_t clusters); // fat.volume_full
    // FAT32's FSInfo sector records the free count, so an update there must know it exactly
    // (one read of the whole FAT); FAT12/16 have no such record and skip the read.
    Result<void> countFreeForFsInfo();
    Result<void> placeEntries(FatDirectory& dir, const Placement& placement, NamePlan& name);
    Result<void> deleteEntries(FatDirectory& dir, const FatSlot& slot);
    Result<void> growDirectory(FatDirectory& dir, const std::vector<std::uint32_t>& growth);
    Result<void> linkGrowth(const FatDirectory& dir, std::size_t oldClusterCount);
    Result<void> writeClusters(const std::vector<std::uint32_t>& clusters,
                               std::span<const std::uint8_t> data);
    Result<void> writeDirectorySectors(const FatDirectory& dir,
                                       const std::vector<std::size_t>& sectors);
    Result<void> barrier();
    Result<void> write(std::uint64_t at, std::span<const std::uint8_t> bytes);
    Result<void> flushFat();
    Result<void> finish(); // FSInfo and the last barrier of an update
    Result<void> checkWritable();
    void stamp(std::span<std::uint8_t> entry, bool created);

    BlockDevice& device_;
    std::uint64_t offset_;
    FatGeometry g_;
    Options options_;
    std::unique_ptr<FatTable> fat_;
    bool unsynced_ = false; // written since the last barrier
    // Directories read since the last write, by first cluster (0: the FAT12/16 root). Every
    // write and FAT flush empties it, so a cached copy is always what the disk holds.
    std::map<std::uint32_t, std::shared_ptr<const FatDirectory>> directoryCache_;
};

} // namespace imprint::disk
