// The targets of `imprint flash` before anything is written: image files that would be
// overwritten, drives judged by the flasher's safety rules (asked about, or refused), unmounted.
#pragma once

#include "flasher/drives/safety.h"

#include <QString>

#include <vector>

namespace imprint::cli {

struct TargetChoice {
    QString path;
    bool drive = false; // under /dev
};

// Judges each target; unmounts drives that need it. An exit code (app/common/exitcode.h), or -1
// to go on. Asks on a terminal unless `yes`; never asks otherwise.
int checkTargets(const std::vector<TargetChoice>& targets, const flasher::SafetyContext& context,
                 bool yes);

} // namespace imprint::cli
