// imprint config list-connections TARGET [--json] [--show-secrets]: every connection in the boot
// partition's system-connections/ (id, type, IPv4/IPv6 method and addresses, SSID, security),
// secrets masked unless --show-secrets.
#pragma once

#include <QStringList>

namespace imprint::cli {

// `arguments` as `config` got them ("list-connections" among them). The exit code.
int runListConnections(const QStringList& arguments);

} // namespace imprint::cli
