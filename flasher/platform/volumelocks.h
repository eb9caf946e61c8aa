// Windows: what comes before a raw write to a whole disk, so Windows neither writes to it nor
// mounts anything from it meanwhile. Called by flasher/platform/driveaccess.cpp alone.
#pragma once

#if defined(_WIN32)

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace imprint::platform {

// The volumes named ("\\?\Volume{GUID}\") locked (FSCTL_LOCK_VOLUME, tried again for a few
// seconds while something still has a file open on one) and dismounted
// (FSCTL_DISMOUNT_VOLUME), each kept locked until `held` goes. On failure `held` is empty,
// `failed` the index of the volume that could not be, `error` the OS error.
struct VolumeLocks {
    std::shared_ptr<void> held;
    std::size_t failed = 0;
    int error = 0;
};
VolumeLocks lockAndDismount(const std::vector<std::string>& volumeNames);

// Deletes the partition layout of the disk open as `fd` (IOCTL_DISK_DELETE_DRIVE_LAYOUT) and
// has Windows read the disk again (IOCTL_DISK_UPDATE_PROPERTIES), so nothing is mounted from
// it while it is written. False with lastError().
bool deletePartitionLayout(int fd);

} // namespace imprint::platform

#endif
