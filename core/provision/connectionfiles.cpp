// Connection -> NetworkManager keyfile (the settings nmcli writes for the same values) and the
// enterprise certificates beside it.
#include "core/provision/connection.h"
#include "core/provision/keyfile.h"
#include "core/provision/wifi.h"

namespace imprint::provision {
namespace {

constexpr std::string_view kCertFolder = "system-connections/certs/";

std::string_view typeName(ConnectionKind kind) {
    switch (kind) {
    case ConnectionKind::Ethernet:
        return "ethernet";
    case ConnectionKind::Gsm:
        return "gsm";
    case ConnectionKind::Wifi:
        break;
    }
    return "wifi";
}

std::string_view eapName(EapMethod eap) {
    switch (eap) {
    case EapMethod::Ttls:
        return "ttls";
    case EapMethod::Tls:
        return "tls";
    case EapMethod::Peap:
        break;
    }
    return "peap";
}

void setIfAny(KeyFile& f, const std::string& group, const std::string& key,
              const std::string& value) {
    if (!value.empty()) {
        f.set(group, key, value);
    }
}

// [802-1x], each certificate added to `files` and named by its path on the device.
void writeEnterprise(KeyFile& f, const Connection& c, std::vector<ConnectionFile>& files) {
    const EnterpriseSettings& e = c.wifi.enterprise;
    const auto certificate = [&](const std::string& key, const std::string& pem, const char* suffix,
                                 bool secret) {
        if (pem.empty()) {
            return;
        }
        const std::string path = std::string(kCertFolder) + c.id + suffix;
        files.push_back({path, pem, secret});
        f.set("802-1x", key, std::string(kDeviceBootMount) + '/' + path);
    };
    setIfAny(f, "802-1x", "anonymous-identity", e.anonymousIdentity);
    certificate("ca-cert", e.caCertificate, "-ca.pem", false);
    certificate("client-cert", e.clientCertificate, "-client.pem", false);
    f.set("802-1x", "eap", std::string(eapName(e.eap)) + ';');
    f.set("802-1x", "identity", e.identity);
    if (e.eap == EapMethod::Tls) {
        certificate("private-key", e.privateKey, "-key.pem", true);
        setIfAny(f, "802-1x", "private-key-password", e.privateKeyPassword);
        return;
    }
    f.set("802-1x", "password", e.password);
    f.set("802-1x", "phase2-auth", e.innerAuth == InnerAuth::Pap ? "pap" : "mschapv2");
}

std::string upper(std::string s) {
    for (char& ch : s) {
        ch = (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
    }
    return s;
}

bool writeWifi(KeyFile& f, const Connection& c, std::vector<ConnectionFile>& files) {
    const WifiSettings& w = c.wifi;
    setIfAny(f, "wifi", "band", w.band);
    setIfAny(f, "wifi", "bssid", upper(w.bssid)); // as NetworkManager writes it back
    if (w.hidden) {
        f.set("wifi", "hidden", "true");
    }
    f.set("wifi", "mode", "infrastructure");
    f.set("wifi", "ssid", ssidKeyfileValue(w.ssid));
    switch (w.security) {
    case WifiSecurity::Open:
        return false;
    case WifiSecurity::Enterprise:
        f.set("wifi-security", "key-mgmt", "wpa-eap");
        writeEnterprise(f, c, files);
        return !c.wifi.enterprise.password.empty() || !c.wifi.enterprise.privateKey.empty();
    case WifiSecurity::Sae:
        f.set("wifi-security", "key-mgmt", "sae");
        break;
    case WifiSecurity::WpaPsk:
    case WifiSecurity::Transition:
        f.set("wifi-security", "key-mgmt", "wpa-psk");
        if (w.security == WifiSecurity::Transition) {
            f.set("wifi-security", "pmf", "2"); // optional: WPA2 clients and WPA3 both join
        }
        break;
    }
    f.set("wifi-security", "psk", w.passphrase);
    return true;
}

} // namespace

std::vector<ConnectionFile> connectionFiles(const Connection& c) {
    std::vector<ConnectionFile> files(1);
    KeyFile f;
    f.set("connection", "id", c.id);
    f.set("connection", "type", std::string(typeName(c.kind)));
    if (c.priority) {
        f.set("connection", "autoconnect-priority", std::to_string(*c.priority));
    }
    bool secret = false;
    switch (c.kind) {
    case ConnectionKind::Wifi:
        secret = writeWifi(f, c, files);
        break;
    case ConnectionKind::Ethernet:
        setIfAny(f, "ethernet", "mac-address", upper(c.macAddress));
        break;
    case ConnectionKind::Gsm:
        setIfAny(f, "gsm", "apn", c.gsm.apn);
        setIfAny(f, "gsm", "password", c.gsm.password);
        setIfAny(f, "gsm", "pin", c.gsm.pin);
        setIfAny(f, "gsm", "username", c.gsm.username);
        secret = !c.gsm.password.empty() || !c.gsm.pin.empty();
        break;
    }
    writeIpSettings(f, c.ipv4, 4);
    f.set("ipv6", "addr-gen-mode", "stable-privacy");
    writeIpSettings(f, c.ipv6, 6);
    files[0] = {"system-connections/" + c.id, f.toText(), secret};
    return files;
}

} // namespace imprint::provision
