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

// Wine: a program runs under Wine when ntdll says its version. Wine's \\.\PhysicalDriveN is
// whatever the prefix's dosdevices/physicaldriveN link points at on the host; each link found,
// as its target's attributes say without it being opened.
struct WineDriveAnswers {
    std::uint32_t number = 0;     // N
    std::uint32_t attributes = 0; // FILE_ATTRIBUTE_*: 0x1 read-only, 0x10 a directory
    std::uint64_t size = 0;       // a host device says 0, like an empty file
    std::string hostFile;         // "Z:\tmp\card.img": where a non-empty file lies, else empty
};

struct WineAnswers {
    bool underWine = false;
    std::string version; // "8.0"
    std::vector<WineDriveAnswers> drives;
    int error = 0; // an OS error that stopped the listing
};

#if defined(_WIN32)
// Wine's answers (underWine false on Windows itself, nothing else asked then).
WineAnswers askWine();
// Asks Windows about every disk and volume: devices are opened with no access rights, for
// queries only. (Linux lists its drives with lsblk.)
SystemAnswers askDisks();
// Every volume with its name, mount paths and extents alone: 0, or the OS error.
int askVolumes(std::vector<VolumeAnswers>& out);
#endif

} // namespace imprint::platform
