// JSON views of flasher values for the command line's --json output and the GUI's logs:
// an Error (code, translated message, parameters, offset), a Drive with its verdict, a list of
// strings.
#pragma once

#include "core/common/error.h"
#include "flasher/drives/drive.h"
#include "flasher/drives/safety.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <string>
#include <vector>

namespace imprint::app {

QJsonObject errorToJson(const Error& error);
QJsonObject driveToJson(const flasher::Drive& drive, const flasher::DriveVerdict& verdict);
// "ok", "confirm", "unmount" or "refused": the strongest concern of the verdict.
QString verdictName(const flasher::DriveVerdict& verdict);
QJsonArray stringsToJson(const std::vector<std::string>& list);

} // namespace imprint::app
