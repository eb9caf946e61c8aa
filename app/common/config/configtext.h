// The words and JSON for config.json issues and provisioning plans, shared by the command line
// and the GUI (secrets masked unless asked for).
#pragma once

#include "core/config/validate.h"
#include "core/provision/plan.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace imprint::app {

// "error: /hostname: ..." or "warning: ..." (translated; "(already there)" for preexisting).
QString describeIssue(const config::Issue& issue);
QJsonObject issueToJson(const config::Issue& issue);

// The plan for people: one line per change, the config.json diff, the backup folder.
QStringList planText(const provision::Plan& plan);
QJsonObject planToJson(const provision::Plan& plan);

// A profile given as a file path, or the name of one saved in <data folder>/profiles/NAME.json.
Result<QString> findProfile(const QString& fileOrName);

// Whether TARGET is a config.json file rather than an image, drive or boot directory: a
// regular file whose text starts with '{' or whose name ends in .json.
bool isJsonFileTarget(const QString& target);

} // namespace imprint::app
