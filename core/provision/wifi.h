// WifiNetwork: one WiFi network as a NetworkManager keyfile in the boot partition's
// system-connections/ folder (WPA-PSK or open, hidden, static IPv4, priority).
#pragma once

#include "core/common/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace imprint::provision {

struct WifiNetwork {
    std::string ssid; // 1-32 bytes
    // Empty: an open network. Else 8-63 bytes of printable text (ASCII, or UTF-8, which
    // NetworkManager accepts too) or a raw key of 64 hex digits.
    std::string passphrase;
    bool hidden = false;
    std::optional<int> priority; // [connection] autoconnect-priority; higher wins
    // Static IPv4 ("192.168.1.50/24"); empty: DHCP. Gateway and DNS only with an address.
    std::string address;
    std::string gateway;
    std::vector<std::string> dns;

    friend bool operator==(const WifiNetwork&, const WifiNetwork&) = default;
};

// wifi.ssid_empty, wifi.ssid_too_long {length}, wifi.psk_too_short {length},
// wifi.psk_too_long {length}, wifi.psk_not_printable {position}, wifi.bad_address {value},
// wifi.bad_gateway {value}, wifi.bad_dns {value}, wifi.dns_without_address,
// wifi.bad_priority {value}; each with {ssid}.
std::optional<Error> checkWifiNetwork(const WifiNetwork& network);

// The [wifi] ssid= value NetworkManager reads back as `ssid`: the text itself, or a list of
// byte values when it holds ';' or bytes that are not printable text.
std::string ssidKeyfileValue(std::string_view ssid);

// The file name of the n-th network (1-based): balena-wifi-01, balena-wifi-02, ...
std::string wifiFileName(int number);

// The keyfile text for a network, its [connection] id equal to the file name. The network
// must have passed checkWifiNetwork.
std::string wifiKeyfile(const WifiNetwork& network, const std::string& id);

// What an existing connection file holds, for listing (the secret itself is not kept).
struct ConnectionInfo {
    std::string id;
    std::string type; // "wifi", "ethernet", ...
    std::string ssid;
    std::string keyManagement; // "wpa-psk", ... empty when open
    bool hasSecret = false;
    bool hidden = false;
};
ConnectionInfo readConnection(std::string_view keyfileText);
// The network back from a keyfile this tool (or the same shape) wrote; nullopt when it is not
// a WiFi connection.
std::optional<WifiNetwork> readWifiNetwork(std::string_view keyfileText);

// NetworkManager ignores some file names (backups, temporary files, *.ignore samples).
bool networkManagerSkips(std::string_view fileName);

} // namespace imprint::provision
