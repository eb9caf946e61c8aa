// The drive list as every front end shows it: each drive with its safety verdict and whether
// it belongs in the default list. `imprint drives` and the GUI's write step both read it.
#pragma once

#include "core/common/result.h"
#include "flasher/drives/drive.h"
#include "flasher/drives/safety.h"

#include <vector>

namespace imprint::flasher {

struct JudgedDrive {
    Drive drive;
    DriveVerdict verdict;
    // Listed without --all / "show all": a whole disk that is not the system drive nor a
    // RAM-backed device (zram, ram). Loop devices, ROMs and the system drive are not.
    bool shownByDefault = false;
};

// Lists the drives (listDrives()) and judges each for `context`. Errors: listDrives'.
Result<std::vector<JudgedDrive>> listJudgedDrives(const SafetyContext& context = {});

} // namespace imprint::flasher
