// openFlashTarget turns a TARGET as a user names it (`imprint flash --to`, the GUI's list) into
// an open flasher Target: a path under /dev is a drive, opened directly when running as root and
// through UDisks2 otherwise; any other path is an image file.
#pragma once

#include "core/common/result.h"
#include "flasher/target/target.h"

#include <QString>

#include <memory>

namespace imprint::app {

// A path under /dev/ names a drive.
bool isDrivePath(const QString& target);

// True when drives are opened through UDisks2: not root, or IMPRINT_FORCE_UDISKS=1 (which
// lets tests prove that path while running as root). UDisks2 then unmounts by itself.
bool drivesOpenThroughUDisks();

// Drives are opened now (exclusive: nothing else can mount them in between); image files when
// the write starts. `interactive` false: polkit may not ask for a password (see UDisksBroker).
// Errors: flasher::openDriveTarget's and UDisksBroker's.
Result<std::unique_ptr<flasher::Target>> openFlashTarget(const QString& target,
                                                         bool interactive = true);

} // namespace imprint::app
