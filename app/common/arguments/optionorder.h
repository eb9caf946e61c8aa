// Options whose meaning depends on their order on the command line (--wifi-psk belongs to the
// --wifi before it, --target-profile to the --to before it), which QCommandLineParser does not
// keep.
#pragma once

#include "core/provision/wifi.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace imprint::app {

struct GivenOption {
    QString name; // "--wifi"
    QString value;
};

// The options among `names` in the order given ("--name value" or "--name=value"); stops at "--".
std::vector<GivenOption> optionsInOrder(const QStringList& arguments, const QStringList& names);

// Appends one network per --wifi, each with the --wifi-psk that follows it. False when a
// --wifi-psk has no --wifi of its own before it.
bool appendWifiNetworks(const QStringList& arguments, std::vector<provision::WifiNetwork>& out);

} // namespace imprint::app
