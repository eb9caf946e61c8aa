// BootPartition: where a balenaOS image keeps config.json and the other boot files, behind one
// interface whether it is a FAT partition inside an image or drive, or a directory mounted by
// the desktop. Every feature that edits boot files is written once against this.
#pragma once

#include "core/common/result.h"
#include "core/disk/blockdevice.h"
#include "core/disk/partitiontable.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace imprint::disk {

struct BootEntry {
    std::string name;
    bool directory = false;
    std::uint64_t size = 0;
};

// How the boot partition was chosen (the rule of the image-layout reference).
struct BootLocation {
    int number = 0;           // partition number; 0 for a whole-device FAT or a directory
    std::uint64_t offset = 0; // bytes
    std::uint64_t size = 0;
    // "name" (GPT name), "label" (FAT label), "device-type.json", "first-partition" (a guess:
    // warn), "requested" (--partition), "whole-device", "directory".
    std::string reason;
    std::string label;
    [[nodiscard]] bool isGuess() const { return reason == "first-partition"; }
};

// Paths are '/'-separated from the partition's root. Error codes are shared by both kinds:
// fat.not_found, fat.is_a_directory, fat.not_a_directory, fat.exists, fat.directory_not_empty,
// fat.invalid_name, fat.volume_full, disk.read_only, and fat.* corruption / disk.* I/O errors.
class BootPartition {
public:
    virtual ~BootPartition() = default;

    virtual Result<std::vector<std::uint8_t>> readFile(std::string_view path) = 0;
    // Creates or replaces a file so that a crash leaves either the old or the new content.
    virtual Result<void> writeFile(std::string_view path, std::span<const std::uint8_t> data) = 0;
    // Removes a file or an empty directory.
    virtual Result<void> remove(std::string_view path) = 0;
    // Creates a directory and any missing parents; an existing directory is fine.
    virtual Result<void> makeDirectory(std::string_view path) = 0;
    virtual Result<std::vector<BootEntry>> list(std::string_view path) = 0;
    // The entry at a path, or nothing.
    virtual Result<std::optional<BootEntry>> stat(std::string_view path) = 0;
    Result<bool> exists(std::string_view path);
    virtual Result<std::uint64_t> freeSpace() = 0;
    [[nodiscard]] virtual bool readOnly() const = 0;
    [[nodiscard]] virtual const BootLocation& location() const = 0;
};

// Finds the boot partition of a partitioned device: a GPT name or FAT label resin-boot,
// flash-boot or balena-boot; else the first FAT partition holding /device-type.json; else
// partition 1 (reason "first-partition"). Errors: boot.not_found.
Result<BootLocation> locateBootPartition(BlockDevice& device, const PartitionTable& table);

struct BootOpenOptions {
    bool writable = false;
    std::optional<int> partition; // use this partition number instead of the rule
    // Write barriers (fdatasync) between the steps of an update. Unset: on for a drive, where
    // a pulled card or a power cut must find the steps on the medium in order; off for an
    // image file, whose writes go through the page cache in program order, so a crashing or
    // killed program still leaves a prefix of them (a power cut of the host is not covered:
    // the file is as durable as one written by cp or mcopy). See core/disk/README.md.
    std::optional<bool> barriers;
};

// Opens TARGET: a mounted directory, or an image file / block device (its partition table,
// then the boot partition). A device whose table has a partition past its end opens read-only
// only (writable requests fail with partition.beyond_end).
// Errors: disk.open_failed, partition.*, boot.not_found, boot.no_partition {number},
// boot.not_fat {number}, fat.*.
Result<std::unique_ptr<BootPartition>> openBootPartition(const std::string& target,
                                                         const BootOpenOptions& options);

// The same over an already open device (an Overlay for the flasher, for instance).
Result<std::unique_ptr<BootPartition>> openBootPartition(std::unique_ptr<BlockDevice> device,
                                                         const BootOpenOptions& options);
// Only the directory kind.
Result<std::unique_ptr<BootPartition>> openBootDirectory(const std::string& directory,
                                                         bool writable);

} // namespace imprint::disk
