// Connection: one network a device may join (WiFi, enterprise WiFi, Ethernet, cellular gsm) as
// NetworkManager keyfiles in the boot partition's system-connections/, with the certificates an
// enterprise network needs stored beside it (system-connections/certs/).
#pragma once

#include "core/common/result.h"
#include "core/provision/ipsettings.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace imprint::provision {

enum class ConnectionKind { Wifi, Ethernet, Gsm };

enum class WifiSecurity {
    Open,
    WpaPsk,     // WPA/WPA2 personal (key-mgmt=wpa-psk)
    Sae,        // WPA3 personal only (key-mgmt=sae)
    Transition, // WPA2/WPA3: wpa-psk with protected management frames optional, so NM offers SAE
    Enterprise, // WPA2/WPA3 enterprise (key-mgmt=wpa-eap) with the [802-1x] settings below
};

enum class EapMethod { Peap, Ttls, Tls };
enum class InnerAuth { Mschapv2, Pap };

struct EnterpriseSettings {
    EapMethod eap = EapMethod::Peap;
    std::string identity;
    std::string anonymousIdentity;
    std::string password;                      // PEAP and TTLS
    InnerAuth innerAuth = InnerAuth::Mschapv2; // PEAP and TTLS
    std::string caCertificate;                 // PEM text; empty: the server is not checked
    std::string clientCertificate;             // PEM text, TLS
    std::string privateKey;                    // PEM text, TLS
    std::string privateKeyPassword;            // TLS, when the key is encrypted

    friend bool operator==(const EnterpriseSettings&, const EnterpriseSettings&) = default;
};

struct WifiSettings {
    std::string ssid; // 1-32 bytes
    WifiSecurity security = WifiSecurity::Open;
    std::string passphrase; // WpaPsk/Transition: 8-63 characters or 64 hex digits; Sae: 8-63
    bool hidden = false;
    std::string band;  // "", "a" (5 GHz) or "bg" (2.4 GHz)
    std::string bssid; // "", or the access point's MAC address
    EnterpriseSettings enterprise;

    friend bool operator==(const WifiSettings&, const WifiSettings&) = default;
};

struct GsmSettings {
    std::string apn; // empty: no apn= (NetworkManager looks it up in its provider database)
    std::string username;
    std::string password;
    std::string pin; // 4-8 digits, or empty

    friend bool operator==(const GsmSettings&, const GsmSettings&) = default;
};

struct Connection {
    ConnectionKind kind = ConnectionKind::Wifi;
    std::string id;              // the file name and NetworkManager's connection id
    std::optional<int> priority; // autoconnect-priority, -999..999; higher wins
    WifiSettings wifi;
    std::string macAddress; // Ethernet: only the interface with this MAC address
    GsmSettings gsm;
    IpSettings ipv4;
    IpSettings ipv6;

    friend bool operator==(const Connection&, const Connection&) = default;
};

// Where the device finds the boot partition's files (balenaOS mounts it at /mnt/boot); the
// certificate paths in the keyfiles start with it.
inline constexpr std::string_view kDeviceBootMount = "/mnt/boot";

// The connection's problems, the first found, with {id} and the JSON pointer of the field
// relative to the connection ("/wifi/passphrase", "/ipv4/addresses/0"): connection.bad_id
// {value}, connection.bad_priority {value}, the wifi.ssid_* and wifi.psk_* codes of
// checkWifiNetwork, connection.passphrase_missing, connection.passphrase_not_allowed,
// connection.sae_raw_key, connection.bad_band {value}, connection.bad_bssid {value},
// connection.bad_mac {value}, connection.identity_missing, connection.password_missing,
// connection.certificate_missing {field}, connection.not_pem {field}, connection.bad_apn
// {value}, connection.bad_pin, connection.bad_text {field} (a line break or a control
// character), and the ip.* codes of checkIpSettings.
std::optional<Error> checkConnection(const Connection& connection);

struct ConnectionFile {
    std::string path; // from the partition root: "system-connections/<id>", certs/...
    std::string content;
    bool secret = false; // holds a pass phrase, password, PIN or private key
};

// The keyfile, then the certificate files it names. The connection must have passed
// checkConnection.
std::vector<ConnectionFile> connectionFiles(const Connection& connection);

} // namespace imprint::provision
