// Connections and the proxy in a saved profile ("connections": [...], "proxy": {...}): read with
// the JSON pointer of any value of the wrong type, written back with secrets masked on request.
#pragma once

#include "core/common/result.h"
#include "core/config/config.h"
#include "core/config/validate.h"
#include "core/provision/connection.h"
#include "core/provision/importedconnection.h"
#include "core/provision/proxy.h"

#include <optional>
#include <string>
#include <vector>

namespace imprint::provision {

// Errors: profile.wrong_type {key, expected}, profile.missing_key {key}, profile.bad_value
// {key, allowed}, each at its pointer under `at` ("/connections/0").
Result<Connection> connectionFromJson(const config::Json& o, const std::string& at);
config::Json connectionToJson(const Connection& connection, bool withSecrets);

Result<Proxy> proxyFromJson(const config::Json& o, const std::string& at);
config::Json proxyToJson(const Proxy& proxy, bool withSecrets);

// A profile's "connections" and "proxy" members (left alone when absent), and their problems as
// issues at pointers into the profile ("/connections/2/wifi/ssid"; profile.duplicate_connection
// {id} when two share an id).
Result<void> readConnections(const config::Json& profile, std::vector<Connection>& connections,
                             std::optional<Proxy>& proxy);
// A profile's "importedConnections" member (left alone when absent).
Result<void> readImportedConnections(const config::Json& profile,
                                     std::vector<ImportedConnection>& imported);
void checkConnections(const std::vector<Connection>& connections, const std::optional<Proxy>& proxy,
                      std::vector<config::Issue>& issues);

// The words the JSON (and the command line) use for each choice.
std::string_view securityName(WifiSecurity security); // open, wpa-psk, sae, wpa-psk-sae, enterprise
std::optional<WifiSecurity> securityFromName(std::string_view name);
std::string_view eapMethodName(EapMethod eap); // peap, ttls, tls
std::optional<EapMethod> eapMethodFromName(std::string_view name);

} // namespace imprint::provision
