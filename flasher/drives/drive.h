// A Drive is one whole block device as the system lists it (path, size, bus, flags) with the
// partitions and mounts below it: what the drive list shows and the safety verdict judges.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace imprint::flasher {

// A partition, a device-mapper volume or any other block device stacked on a drive.
struct DriveChild {
    std::string path;   // "/dev/sdb1"
    std::string majMin; // "8:17", to match the st_dev of a file
    std::string fsType; // "vfat", "ext4", "swap", or empty
    std::string label;
    std::vector<std::string> mountpoints; // "[SWAP]" for active swap, as lsblk says it
};

struct Drive {
    std::string name;   // "sdb"
    std::string path;   // "/dev/sdb"
    std::string majMin; // "8:16"; Windows: "disk:1" (platform::deviceNumberOf's words)
    std::string type;   // "disk", "loop", "rom", ...
    std::uint64_t sizeBytes = 0;
    std::string vendor;
    std::string model;
    std::string serial;
    std::string bus; // lsblk's TRAN: "usb", "sata", "nvme", "mmc", or empty
    bool removable = false;
    bool hotplug = false;
    bool readOnly = false;
    std::uint32_t logicalSectorSize = 512;
    std::vector<std::string> mountpoints; // of the whole device itself
    std::vector<DriveChild> children;     // partitions and what sits on them, flattened
    // Windows: the disk holds the running system (its Windows folder, boot volume or a page
    // file), named by systemPath ("C:\Windows"). Linux tells it by mountpoints instead.
    bool systemDisk = false;
    std::string systemPath;
    // Wine: \\.\PhysicalDriveN links to a device of the host, which Wine cannot tell about:
    // never written (a link to a host file is a drive like any other).
    bool hostDevice = false;

    // Every mountpoint on the drive or anything stacked on it.
    [[nodiscard]] std::vector<std::string> allMountpoints() const {
        std::vector<std::string> all = mountpoints;
        for (const auto& c : children) {
            all.insert(all.end(), c.mountpoints.begin(), c.mountpoints.end());
        }
        return all;
    }
    [[nodiscard]] std::string description() const {
        std::string d = vendor;
        if (!model.empty()) {
            d += d.empty() ? model : " " + model;
        }
        return d;
    }
};

} // namespace imprint::flasher
