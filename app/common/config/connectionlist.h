// The connections on a boot partition (core/provision's ConnectionSummary) as JSON and as lines
// of text, for `imprint config list-connections` and `imprint inspect`: secrets masked unless
// asked for. The JSON is documented in app/cli/json/config.md.
#pragma once

#include "core/provision/connectionsummary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace imprint::app {

QJsonObject connectionToJson(const provision::ConnectionSummary& c, bool showSecrets);
QJsonArray connectionsToJson(const std::vector<provision::ConnectionSummary>& list,
                             bool showSecrets);

// A header line (the id and the file), then indented lines: type, SSID and security, IPv4,
// IPv6, secrets.
QStringList connectionLines(const provision::ConnectionSummary& c, bool showSecrets);

} // namespace imprint::app
