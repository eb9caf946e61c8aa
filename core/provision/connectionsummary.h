// ConnectionSummary: what a keyfile in the boot partition's system-connections/ sets up, for
// listing (imprint config list-connections, imprint inspect): its id and type, the IPv4 and IPv6
// methods and addresses, the SSID and kind of security, and the secrets it holds (shown only
// when asked for).
#pragma once

#include "core/common/result.h"
#include "core/disk/bootpartition.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace imprint::provision {

struct IpSummary {
    std::string method;                 // NetworkManager's word; "auto" when the file says none
    std::vector<std::string> addresses; // "192.168.1.50/24", the gateway apart
    std::string gateway;
    std::vector<std::string> dns;

    friend bool operator==(const IpSummary&, const IpSummary&) = default;
};

struct ConnectionSummary {
    std::string file; // the name in system-connections/
    std::string id;
    std::string type;     // "wifi", "ethernet", "gsm", or NetworkManager's word for another
    std::string ssid;     // WiFi
    std::string security; // WiFi: open, wep, owe, wpa-psk, wpa-psk-sae, sae, enterprise
    std::string eap;      // enterprise: the EAP methods as written ("peap", "tls"...)
    IpSummary ipv4;
    IpSummary ipv6;
    // "group.key" and value of every secret (pass phrase, password, PIN, WEP key), file order.
    std::vector<std::pair<std::string, std::string>> secrets;
    bool ignoredByNetworkManager = false; // a name NetworkManager skips (*.ignore, ...)

    friend bool operator==(const ConnectionSummary&, const ConnectionSummary&) = default;
};

ConnectionSummary summarizeConnection(std::string file, std::string_view keyfile);

// Every file in system-connections/ (none when the folder is absent), sorted by name.
Result<std::vector<ConnectionSummary>> listConnections(disk::BootPartition& boot);

} // namespace imprint::provision
