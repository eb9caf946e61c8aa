// The targets of `imprint flash` between prepareWrite and the write: each target's plan shown,
// refusals printed, and the confirmations asked on a terminal (or given by --yes).
#pragma once

#include "flasher/request/writerequest.h"

namespace imprint::cli {

// Shows the plans, prints what is refused, asks about the unconfirmed targets (only when a
// person may be asked). An exit code (app/common/exitcode.h), or -1 to go on.
int confirmTargets(flasher::PreparedWrite& prepared, bool yes, bool json);

// `imprint flash` through imprint-writer (app/common/write/writerchoice.h): the writer judges
// every target itself, the confirmations are asked here, before it starts: each drive (described
// when the drive list has it) and each image file that exists. An exit code, or -1 to go on.
int confirmForWriter(flasher::WriteRequest& request, bool yes);

// After PreparedWrite::start() gave no job: prints why; the exit code.
int printRefusals(const flasher::PreparedWrite& prepared);

} // namespace imprint::cli
