// The drives of this computer, each a Drive the safety verdict judges alike on every system:
// lsblk's on Linux, Windows' disks (windowsdisks.h) on Windows, the prefix's drive links under
// Wine. What `imprint drives`, the
// write step and the write pipeline list and probe.
#pragma once

#include "core/common/result.h"
#include "flasher/drives/drive.h"

#include <string>
#include <vector>

namespace imprint::flasher {

// Every drive. Errors: on Linux "drives.lsblk_failed" {detail}, "drives.bad_json",
// "drives.unexpected_json"; on Windows "drives.windows_list_failed" {detail},
// "drives.system_disk_unknown" {folder}; elsewhere "platform.not_implemented" {what}.
Result<std::vector<Drive>> listDrives();

// The drive at `devicePath` ("/dev/sdb", "\\.\PhysicalDrive1"). Errors: listDrives()', and
// "drives.not_found" {path}, "drives.is_partition" {path, drive}.
Result<Drive> probeDrive(const std::string& devicePath);

} // namespace imprint::flasher
