// The command line's connection options (--ethernet, --gsm, --wifi with --wifi-security, --eap-*,
// --ipv4, --ipv6, --gateway, ...) and --proxy, turned into the Profile's connections: each
// option belongs to the connection started before it, so their order matters.
#pragma once

#include "core/provision/profile.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace imprint::app {

// The options connectionOptions() reads, for the command's parser: {name, value name, help}.
struct ConnectionOptionSpec {
    const char* name;
    const char* valueName;
    const char* help; // translated in the "imprint::cli" context
};
const std::vector<ConnectionOptionSpec>& connectionOptionSpecs();

struct ConnectionOptionProblem {
    enum Kind { NoConnection, BadValue, Unreadable, Imported } kind = BadValue;
    QString option; // "--ipv4"
    QString value;
    QString reason; // Unreadable: why the file could not be read
    Error error;    // Imported: why the --connection FILE was refused
};

// Appends the connections the options describe to `profile` and sets its proxy. A --wifi that
// only has a --wifi-psk stays one of profile.networks (appendWifiNetworks; its file as before);
// one with any other option here becomes a connection named "wifi-" and its SSID. Checking the
// values is left to Profile::check, which names the field. Each --connection FILE is read and
// checked here (connectionimport.h) and becomes one of profile.importedConnections.
std::optional<ConnectionOptionProblem> appendConnections(const QStringList& arguments,
                                                         provision::Profile& profile);

} // namespace imprint::app
