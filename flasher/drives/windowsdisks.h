// Windows' answers about its disks (platform/diskanswers.h) read into the same Drives lsblk
// gives on Linux, so the same safety verdicts apply. The structures are read from their
// documented little-endian layouts, never cast: pure functions, built and tested everywhere.
#pragma once

#include "core/common/result.h"
#include "flasher/drives/drive.h"
#include "flasher/platform/diskanswers.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace imprint::flasher::windisks {

using Bytes = std::span<const std::uint8_t>;

// STORAGE_DEVICE_DESCRIPTOR: who made the device and how it is attached.
struct StorageDevice {
    std::string vendor; // empty when the descriptor names none (offset 0); spaces trimmed
    std::string product;
    std::string revision;
    std::string serial;
    std::uint32_t busType = 0; // STORAGE_BUS_TYPE
    bool removable = false;    // RemovableMedia
};

// DISK_GEOMETRY_EX: the medium's size and sector size.
struct Geometry {
    std::uint64_t diskSize = 0;
    std::uint32_t bytesPerSector = 0;
    std::uint32_t mediaType = 0; // MEDIA_TYPE: 11 removable, 12 fixed
};

// One DISK_EXTENT of a VOLUME_DISK_EXTENTS: where a volume lies on a disk.
struct DiskExtent {
    std::uint32_t diskNumber = 0;
    std::uint64_t startingOffset = 0;
    std::uint64_t extentLength = 0;
};

// STORAGE_DEVICE_NUMBER: a disk's number N, as in \\.\PhysicalDriveN.
struct DeviceNumber {
    std::uint32_t deviceType = 0; // 7: a disk
    std::uint32_t deviceNumber = 0;
    std::uint32_t partitionNumber = 0;
};

// Each fails with "drives.bad_disk_answer" {structure, offset} when the buffer is too short for
// the structure, or its offsets or counts point past its end: nothing is read outside `bytes`.
Result<StorageDevice> parseStorageDeviceDescriptor(Bytes bytes);
Result<Geometry> parseDiskGeometryEx(Bytes bytes);
Result<std::vector<DiskExtent>> parseVolumeDiskExtents(Bytes bytes);
Result<DeviceNumber> parseStorageDeviceNumber(Bytes bytes);

// lsblk's TRAN word for a STORAGE_BUS_TYPE: 7 "usb", 11 "sata", 12 (SD) and 13 "mmc", 17
// "nvme"...; empty for unknown buses.
std::string busName(std::uint32_t busType);

// "\\.\PhysicalDrive3" -> 3 (any case); nullopt for anything else.
std::optional<std::uint32_t> diskNumberOfPath(const std::string& path);

// The Drives in `answers`, by disk number: each disk with its volumes as children (their
// drive letters as mountpoints), and the disk holding the Windows folder, the boot volume or a
// page file marked systemDisk. A disk whose answers do not hold together is left out (it is
// never offered). Errors: "drives.windows_list_failed" {detail} when Windows could not be
// asked; "drives.system_disk_unknown" {folder} when the disk holding the Windows folder cannot
// be told, so no disk is offered that might be it.
Result<std::vector<Drive>> drivesFromAnswers(const platform::SystemAnswers& answers);

// Under Wine (platform::askWine), the Drives are the prefix's physicaldriveN links, by number: a
// link to a non-empty host file is a removable drive of that size ("Wine" and the file's path
// as its maker and model, read-only as the file is); a link to anything else but a folder is a
// hostDevice (refused by the safety rules). The system disk is none of them: Wine's system
// lives in folders of the host. Errors: "drives.windows_list_failed" {detail}.
Result<std::vector<Drive>> drivesFromWine(const platform::WineAnswers& answers);

} // namespace imprint::flasher::windisks
