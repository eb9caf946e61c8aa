// The Linux drive list: `lsblk --json --bytes` parsed into Drives. The parser is separate
// from running the program so it is tested on recorded outputs of several lsblk versions.
#pragma once

#include "core/common/result.h"
#include "flasher/drives/drive.h"
#include "flasher/drives/drivelist.h"

#include <string_view>
#include <vector>

namespace imprint::flasher {

// The columns requested from lsblk (passed to --output).
inline constexpr std::string_view kLsblkColumns =
    "NAME,KNAME,PATH,MAJ:MIN,TYPE,SIZE,VENDOR,MODEL,SERIAL,TRAN,RM,HOTPLUG,RO,LOG-SEC,FSTYPE,"
    "LABEL,MOUNTPOINTS";

// Parses lsblk's JSON (any version from 2.33 on: booleans or "0"/"1", sizes as numbers or
// strings, MOUNTPOINT or MOUNTPOINTS). Top-level entries become Drives; their descendants
// are flattened into Drive::children. Errors: "drives.bad_json", "drives.unexpected_json".
Result<std::vector<Drive>> parseLsblkJson(std::string_view json);

// Runs lsblk and parses its output: listDrives() on Linux (drivelist.h).
// Errors: "drives.lsblk_failed" {detail}, and the parser's.
Result<std::vector<Drive>> listLsblkDrives();

} // namespace imprint::flasher
