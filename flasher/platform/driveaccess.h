// DriveAccess is how this operating system lets a program open a whole drive for writing:
// directly when the process may (root on Linux), otherwise through a broker that hands back a
// descriptor (UDisks2's OpenDevice on Linux; authopen on macOS and an elevated helper on Windows
// later).
#pragma once

#include "core/common/result.h"
#include "flasher/target/target.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace imprint::flasher {

// Opens drives on behalf of an unprivileged program. Implemented outside flasher/ (UDisks2
// needs D-Bus), handed in by the caller.
class DriveBroker {
public:
    virtual ~DriveBroker() = default;
    // Unmounts what is mounted from the drive, then opens it read-write with O_EXCL | O_DIRECT.
    // The caller owns the returned descriptor.
    virtual Result<int> openDrive(const std::string& devicePath) = 0;
};

// True when this process may open drives itself (Linux: running as root).
bool canOpenDrivesDirectly();

// Opens a whole drive read-write, exclusive, cache bypassed. The caller owns the descriptor.
// Errors: "target.open_failed" {name, detail}; on macOS "platform.not_implemented" {what}, and
// on Windows too: a descriptor alone cannot hold the volume locks, openDriveTargetDirectly()
// opens Windows drives.
Result<int> openDriveDirectly(const std::string& devicePath);

// Unmounts one filesystem (a drive's partition) so the drive can be written; a system call,
// so only for a process that opens drives directly. Errors: "drives.unmount_failed"
// {mountpoint, detail}; elsewhere than Linux "platform.not_implemented" {what}.
Result<void> unmountFilesystem(const std::string& mountpoint);

// A Target for a drive this process opens itself, opened now: on Linux over openDriveDirectly()'s
// descriptor; on Windows ("\\.\PhysicalDriveN") after every volume on the disk is locked and
// dismounted (held so until the Target goes) and its partition layout deleted, the disk opened
// unbuffered and write-through. Errors: openDriveDirectly's; on Windows "drives.not_found"
// {path} for a path naming no disk, "drives.unmount_failed" {path, mountpoint, detail} for a
// volume that cannot be locked or dismounted, "target.open_failed" {name, detail}.
Result<std::unique_ptr<Target>> openDriveTargetDirectly(const std::string& devicePath);

#if defined(_WIN32)
// The volumes ("\\?\Volume{GUID}\") with an extent on disk `diskNumber`: the ones
// openDriveTargetDirectly() locks. Errors: "target.open_failed" {name, detail}.
Result<std::vector<std::string>> volumesOnDisk(std::uint32_t diskNumber);
#endif

// A Target for a drive, opened now: directly when allowed and `preferBroker` is false, else
// through `broker`. Errors: openDriveDirectly's, the broker's, "platform.no_drive_access" {name}
// when the process may not open drives and has no broker.
Result<std::unique_ptr<Target>> openDriveTarget(const std::string& devicePath, DriveBroker* broker,
                                                bool preferBroker = false);

} // namespace imprint::flasher
