// What Windows answers about its disks and volumes, as the raw bytes its control calls filled:
// flasher/platform/windows/diskanswers.cpp asks, flasher/drives/windowsdisks.h reads them (on
// every system, so the reading is tested on Linux too). No OS header here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace imprint::platform {

// One disk device interface (SetupAPI's disk class), each answer empty when its call failed.
struct DiskAnswers {
    std::string interfacePath;
    std::vector<std::uint8_t> deviceNumber; // STORAGE_DEVICE_NUMBER
    std::vector<std::uint8_t> descriptor;   // STORAGE_DEVICE_DESCRIPTOR (StorageDeviceProperty)
    std::vector<std::uint8_t> geometry;     // DISK_GEOMETRY_EX; empty without a medium
    bool writeProtected = false;            // IOCTL_DISK_IS_WRITABLE said ERROR_WRITE_PROTECT
};

// One volume (FindFirstVolumeW / FindNextVolumeW).
struct VolumeAnswers {
    std::string name;               // "\\?\Volume{GUID}\"
    std::vector<std::string> paths; // where it is mounted: "E:\", "C:\mnt\card\"
    std::string fileSystem;         // "FAT32", "NTFS"..., empty when unknown
    std::string label;
    std::vector<std::uint8_t> extents; // VOLUME_DISK_EXTENTS; empty when the call failed
    // Files on it the running system uses: "D:\pagefile.sys", "C:\swapfile.sys".
    std::vector<std::string> systemFiles;
};

struct SystemAnswers {
    std::vector<DiskAnswers> disks;
    std::vector<VolumeAnswers> volumes;
    std::string windowsFolder; // GetWindowsDirectoryW: "C:\Windows"
    int error = 0;             // an OS error that stopped the asking (SetupAPI, volume list)
};

#if defined(_WIN32)
// Asks Windows about every disk and volume: devices are opened with no access rights, for
// queries only. (Linux lists its drives with lsblk.)
SystemAnswers askDisks();
// Every volume with its name, mount paths and extents alone: 0, or the OS error.
int askVolumes(std::vector<VolumeAnswers>& out);
#endif

} // namespace imprint::platform
