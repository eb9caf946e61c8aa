#include "core/provision/connection.h"

#include "core/provision/keyfile.h"
#include "core/provision/pem.h"
#include "core/provision/wifi.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace imprint::provision {
namespace {

bool hasControl(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7F;
    });
}

bool isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isHexPair(std::string_view s) { return s.size() == 2 && isHex(s[0]) && isHex(s[1]); }

bool isMac(std::string_view s) {
    if (s.size() != 17) {
        return false;
    }
    for (std::size_t i = 0; i < 6; ++i) {
        if (!isHexPair(s.substr(i * 3, 2)) || (i < 5 && s[i * 3 + 2] != ':')) {
            return false;
        }
    }
    return true;
}

// A name that is a file on FAT and that NetworkManager loads.
bool isGoodId(std::string_view id) {
    constexpr std::string_view forbidden = "/\\\"*:<>?|";
    return !id.empty() && id.size() <= 64 && !hasControl(id) && id.front() != ' ' &&
           id.back() != ' ' && id.back() != '.' && !networkManagerSkips(id) &&
           id.find_first_of(forbidden) == std::string_view::npos;
}

bool encryptedKey(std::string_view pem) { return pem.find("ENCRYPTED") != std::string_view::npos; }

std::optional<Error> checkEnterprise(const EnterpriseSettings& e) {
    const auto err = [](const char* code, const char* field) {
        return Error(code).atPointer(std::string("/wifi/enterprise/") + field);
    };
    const std::pair<const std::string*, const char*> texts[] = {
        {&e.identity, "identity"},
        {&e.anonymousIdentity, "anonymousIdentity"},
        {&e.password, "password"},
        {&e.privateKeyPassword, "privateKeyPassword"}};
    for (const auto& [value, field] : texts) {
        if (hasControl(*value)) {
            return err("connection.bad_text", field).with("field", field);
        }
    }
    if (e.identity.empty()) {
        return err("connection.identity_missing", "identity");
    }
    if (e.eap != EapMethod::Tls && e.password.empty()) {
        return err("connection.password_missing", "password");
    }
    if (e.eap == EapMethod::Tls) {
        for (const auto& [value, field] : {std::pair{&e.clientCertificate, "clientCertificate"},
                                           std::pair{&e.privateKey, "privateKey"}}) {
            if (value->empty()) {
                return err("connection.certificate_missing", field).with("field", field);
            }
        }
        if (encryptedKey(e.privateKey) && e.privateKeyPassword.empty()) {
            return err("connection.password_missing", "privateKeyPassword");
        }
    }
    const std::tuple<const std::string*, const char*, PemKind> pems[] = {
        {&e.caCertificate, "caCertificate", PemKind::Certificate},
        {&e.clientCertificate, "clientCertificate", PemKind::Certificate},
        {&e.privateKey, "privateKey", PemKind::PrivateKey}};
    for (const auto& [value, field, kind] : pems) {
        if (!value->empty() && !isPem(*value, kind)) {
            return err("connection.not_pem", field).with("field", field);
        }
    }
    return std::nullopt;
}

std::optional<Error> checkWifi(const WifiSettings& w) {
    const auto err = [](const char* code, const char* field) {
        return Error(code).atPointer(std::string("/wifi/") + field);
    };
    const bool personal = w.security == WifiSecurity::WpaPsk || w.security == WifiSecurity::Sae ||
                          w.security == WifiSecurity::Transition;
    if (personal && w.passphrase.empty()) {
        return err("connection.passphrase_missing", "passphrase");
    }
    if (!personal && !w.passphrase.empty()) {
        return err("connection.passphrase_not_allowed", "passphrase");
    }
    // The SSID and pass phrase rules are WifiNetwork's.
    WifiNetwork asNetwork;
    asNetwork.ssid = w.ssid;
    asNetwork.passphrase = w.passphrase;
    if (auto e = checkWifiNetwork(asNetwork)) {
        return std::move(*e).atPointer(e->code.starts_with("wifi.ssid") ? "/wifi/ssid"
                                                                        : "/wifi/passphrase");
    }
    if (w.security == WifiSecurity::Sae && w.passphrase.size() == 64 &&
        std::all_of(w.passphrase.begin(), w.passphrase.end(), isHex)) {
        return err("connection.sae_raw_key", "passphrase");
    }
    if (!w.band.empty() && w.band != "a" && w.band != "bg") {
        return err("connection.bad_band", "band").with("value", w.band);
    }
    if (!w.bssid.empty() && !isMac(w.bssid)) {
        return err("connection.bad_bssid", "bssid").with("value", w.bssid);
    }
    if (w.security == WifiSecurity::Enterprise) {
        return checkEnterprise(w.enterprise);
    }
    return std::nullopt;
}

std::optional<Error> checkGsm(const GsmSettings& g) {
    const auto err = [](const char* code, const char* field) {
        return Error(code).atPointer(std::string("/gsm/") + field);
    };
    for (const auto& [value, field] :
         {std::pair{&g.username, "username"}, std::pair{&g.password, "password"}}) {
        if (hasControl(*value)) {
            return err("connection.bad_text", field).with("field", field);
        }
    }
    if (g.apn.size() > 64 || !std::all_of(g.apn.begin(), g.apn.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '.' || c == '-' || c == '_';
        })) {
        return err("connection.bad_apn", "apn").with("value", g.apn);
    }
    if (!g.pin.empty() &&
        (g.pin.size() < 4 || g.pin.size() > 8 ||
         !std::all_of(g.pin.begin(), g.pin.end(), [](char c) { return c >= '0' && c <= '9'; }))) {
        return err("connection.bad_pin", "pin"); // the PIN itself is a secret: not repeated
    }
    return std::nullopt;
}

std::optional<Error> checkKind(const Connection& c) {
    switch (c.kind) {
    case ConnectionKind::Wifi:
        return checkWifi(c.wifi);
    case ConnectionKind::Ethernet:
        if (!c.macAddress.empty() && !isMac(c.macAddress)) {
            return Error("connection.bad_mac").atPointer("/macAddress").with("value", c.macAddress);
        }
        return std::nullopt;
    case ConnectionKind::Gsm:
        return checkGsm(c.gsm);
    }
    return std::nullopt;
}

} // namespace

std::optional<Error> checkConnection(const Connection& c) {
    auto problem = [&]() -> std::optional<Error> {
        if (!isGoodId(c.id)) {
            return Error("connection.bad_id").atPointer("/id").with("value", c.id);
        }
        if (c.priority && (*c.priority < -999 || *c.priority > 999)) {
            return Error("connection.bad_priority")
                .atPointer("/priority")
                .with("value", std::to_string(*c.priority));
        }
        if (auto e = checkKind(c)) {
            return e;
        }
        if (auto e = checkIpSettings(c.ipv4, 4, "/ipv4")) {
            return e;
        }
        return checkIpSettings(c.ipv6, 6, "/ipv6");
    }();
    if (problem) {
        problem->with("id", c.id);
    }
    return problem;
}

} // namespace imprint::provision
