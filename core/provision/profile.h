// Profile: what a person wants on a boot partition (base config.json to merge, host name,
// WiFi networks, SSH keys, udev rules, logo, dev mode, ...), saved as JSON and shared by the
// GUI and the command line. A Profile says what; a Plan says exactly how, for one partition.
#pragma once

#include "core/common/result.h"
#include "core/config/config.h"
#include "core/config/validate.h"
#include "core/provision/connection.h"
#include "core/provision/importedconnection.h"
#include "core/provision/proxy.h"
#include "core/provision/wifi.h"

#include <optional>
#include <string>
#include <vector>

namespace imprint::provision {

struct UdevRule {
    std::string name; // becomes /etc/udev/rules.d/<name>.rules
    std::string text;
    friend bool operator==(const UdevRule&, const UdevRule&) = default;
};

// What to do with connection files already in system-connections/.
enum class ExistingConnections {
    Keep,    // new networks get the next free balena-wifi-NN names
    Replace, // balena-wifi-* files go, the profile's networks take their place
    Remove,  // every connection file NetworkManager would load goes
};

struct Profile {
    config::Json baseConfig = config::Json::object(); // merged into config.json first
    std::optional<std::string> hostname;
    std::vector<WifiNetwork> networks;
    // Every other connection (enterprise WiFi, WPA3, Ethernet, gsm...), each its own file.
    std::vector<Connection> connections;
    // Keyfiles a person already had, checked and written with their unknown keys as given.
    std::vector<ImportedConnection> importedConnections;
    std::optional<Proxy> proxy; // system-proxy/
    ExistingConnections existingConnections = ExistingConnections::Keep;
    std::vector<std::string> sshKeys; // added to os.sshKeys (a key already there is not repeated)
    std::vector<UdevRule> udevRules;  // set in os.udevRules (same name: replaced)
    std::optional<std::string> logo;  // path of a PNG on this computer
    std::optional<bool> developmentMode;
    std::optional<bool> persistentLogging;
    std::optional<std::string> country;
    std::optional<std::string> ntpServers;
    std::optional<std::string> dnsServers;
    std::optional<std::string> connectivityUri;
    std::optional<std::string> connectivityInterval;
    std::optional<std::string> connectivityResponse;
    std::optional<bool> randomMacAddressScan;

    // Reads the saved JSON. Errors: json.* (see parseJson), profile.not_an_object,
    // profile.wrong_type {key, expected} and profile.bad_value {key} at the offending pointer.
    static Result<Profile> parse(std::string_view text);
    static Result<Profile> fromJson(const config::Json& document);
    // The saved form; secrets (pass phrases) replaced by "********" unless `withSecrets`.
    [[nodiscard]] config::Json toJson(bool withSecrets = true) const;
    [[nodiscard]] std::string toText() const { return config::toText(toJson()); }

    // config.json after this profile: `current` with the base merged in and every setting applied.
    [[nodiscard]] config::Config applyTo(const config::Config& current) const;

    // The profile's own problems (WiFi networks, connections, the proxy, udev rule names), at
    // pointers into the profile ("/networks/1/passphrase", "/connections/0/ipv4/gateway"). Problems
    // of the resulting config.json come from validateEdit.
    [[nodiscard]] std::vector<config::Issue> check() const;

    friend bool operator==(const Profile&, const Profile&) = default;
};

} // namespace imprint::provision
