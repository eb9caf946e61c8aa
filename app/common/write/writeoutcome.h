// How a write ended, in the words and numbers every front end uses: the exit code of a
// verdict, a target's outcome as a sentence and as JSON, and how this process opens drives.
#pragma once

#include "flasher/request/writereport.h"
#include "flasher/request/writerequest.h"

#include <QJsonObject>
#include <QString>

namespace imprint::app {

// The command-line exit code of a verdict (app/common/exitcode.h).
int exitCodeOf(flasher::Verdict verdict);

// "written and verified, 3 boot files configured", "written (not verified)", or the error.
QString outcomeText(const flasher::TargetOutcome& outcome);

// What a target will get, said before the write starts: "Writes 45.8 MB of data (found in the
// image); 2 boot files change."
QString plannedText(const flasher::PreparedTarget& target, const flasher::MapFacts& map);
// The same when the plan is made elsewhere (the elevated writer): whether the target is
// configured on the way, without the count of files.
QString plannedText(bool configured, const flasher::MapFacts& map);

// {target, ok, written, verified, configuredFiles, dataBytes, error}
QJsonObject outcomeToJson(const flasher::TargetOutcome& outcome);

// Linux: drives are opened through UDisks2 when this process may not open them (or when
// IMPRINT_FORCE_UDISKS=1); `interactive` false: polkit may not ask for a password. Elsewhere
// there is no broker (yet): only a process that may open drives itself writes them.
void openDrivesAsThisUser(flasher::WriteRequest& request, bool interactive);

} // namespace imprint::app
