// applyWithBackups: provision::apply with its backup folder made first, owner-only (the old
// config.json holds the device's keys), so a fresh account's first configure works and a
// folder that cannot be made stops the change before a byte of the partition is touched.
#pragma once

#include "core/common/result.h"
#include "core/disk/bootpartition.h"
#include "core/provision/plan.h"

namespace imprint::app {

// Errors: folder.cannot_create {folder, reason}, and those of provision::apply.
Result<provision::ApplyReport> applyWithBackups(const provision::Plan& plan,
                                                disk::BootPartition& boot);

} // namespace imprint::app
