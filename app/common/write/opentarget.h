// What a TARGET as a user names it is (`imprint flash --to`, the GUI's list): a path under /dev
// (on Windows \\.\PhysicalDriveN) is a drive, opened directly when running as root and through
// UDisks2 otherwise (see app/common/write/writeoutcome.h's openDrivesAsThisUser); any other path
// is an image file.
#pragma once

#include <QString>

namespace imprint::app {

// A path under /dev/ names a drive; on Windows \\.\PhysicalDriveN (any case) does instead. Only
// the name is read: nothing is opened.
bool isDrivePath(const QString& target);

// True when drives are opened through UDisks2: not root, or IMPRINT_FORCE_UDISKS=1 (which
// lets tests prove that path while running as root). UDisks2 then unmounts by itself.
bool drivesOpenThroughUDisks();

} // namespace imprint::app
