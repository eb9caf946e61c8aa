// An imported keyfile's known keys read into a Connection and judged by checkConnection, each
// problem traced back to the group and key it came from.
#include "core/disk/fatnames.h"
#include "core/provision/importedconnection.h"
#include "core/provision/keyfile.h"
#include "core/provision/pem.h"
#include "core/provision/wifi.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace imprint::provision {
namespace {

struct Place {
    std::string group;
    std::string key;
};

// The known keys as a Connection, and where each field came from (by JSON pointer).
struct Reading {
    const KeyFile& file;
    const ImportedConnection& imported;
    Connection connection;
    std::map<std::string, Place> places;

    // The first of `names` the file has as a group (NetworkManager reads both spellings).
    [[nodiscard]] std::string group(std::initializer_list<const char*> names) const {
        for (const char* n : names) {
            if (file.hasGroup(n)) {
                return n;
            }
        }
        return *names.begin();
    }
    // The value of group/key, its place kept under `pointer`.
    std::optional<std::string> take(const std::string& g, const std::string& key,
                                    const std::string& pointer) {
        auto v = file.get(g, key);
        if (v || !places.contains(pointer)) { // a missing key is named too
            places[pointer] = {g, key};
        }
        return v;
    }
    void text(const std::string& g, const std::string& key, const std::string& pointer,
              std::string& out) {
        out = take(g, key, pointer).value_or("");
    }
    [[nodiscard]] Error at(const char* code, const std::string& g, const std::string& key) const {
        return Error(code).with("file", imported.file).with("group", g).with("key", key);
    }
    [[nodiscard]] Error badValue(const std::string& g, const std::string& key,
                                 const std::string& value, const char* allowed) const {
        return at("import.bad_value", g, key).with("value", value).with("allowed", allowed);
    }
};

std::optional<int> toInt(const std::string& v) {
    int n = 0;
    const auto r = std::from_chars(v.data(), v.data() + v.size(), n);
    return r.ec == std::errc() && r.ptr == v.data() + v.size() ? std::optional(n) : std::nullopt;
}

std::optional<Error> readIp(Reading& r, int version) {
    const std::string g = version == 4 ? "ipv4" : "ipv6";
    const std::string at = "/" + g;
    IpSettings& ip = version == 4 ? r.connection.ipv4 : r.connection.ipv6;
    if (auto m = r.take(g, "method", at + "/method")) {
        static const std::pair<const char*, IpMethod> methods[] = {
            {"auto", IpMethod::Auto},           {"dhcp", IpMethod::Auto},
            {"shared", IpMethod::Auto},         {"manual", IpMethod::Manual},
            {"disabled", IpMethod::Disabled},   {"ignore", IpMethod::Disabled},
            {"link-local", IpMethod::LinkLocal}};
        const auto* found = std::find_if(std::begin(methods), std::end(methods),
                                         [&](const auto& p) { return *m == p.first; });
        if (found == std::end(methods)) {
            return r.badValue(g, "method", *m, "auto, manual, disabled, ignore, link-local");
        }
        ip.method = found->second;
    }
    for (const auto& grp : r.file.groups()) {
        if (grp.name != g) {
            continue;
        }
        for (const auto& [key, value] : grp.entries) {
            if (!isAddressKey(key)) {
                continue;
            }
            const auto comma = value.find(',');
            r.places[at + "/addresses/" + std::to_string(ip.addresses.size())] = {g, key};
            r.places.try_emplace(at + "/addresses", Place{g, key});
            ip.addresses.push_back(value.substr(0, comma));
            if (comma != std::string::npos && ip.gateway.empty()) {
                ip.gateway = value.substr(comma + 1);
                r.places[at + "/gateway"] = {g, key};
            }
        }
    }
    if (auto gw = r.take(g, "gateway", at + "/gateway")) {
        ip.gateway = *gw;
    }
    ip.dns = KeyFile::list(r.take(g, "dns", at + "/dns").value_or(""));
    ip.dnsSearch = KeyFile::list(r.take(g, "dns-search", at + "/dnsSearch").value_or(""));
    if (auto metric = r.take(g, "route-metric", at + "/routeMetric")) {
        const auto n = toInt(*metric);
        if (!n) {
            return r.badValue(g, "route-metric", *metric, "0-65535");
        }
        if (*n != -1) { // -1: NetworkManager's default
            ip.routeMetric = n;
        }
    }
    return std::nullopt;
}

const std::string* certificate(const ImportedConnection& imported, std::string_view key) {
    for (const auto& [k, pem] : imported.certificates) {
        if (k == key) {
            return &pem;
        }
    }
    return nullptr;
}

std::optional<Error> readEnterprise(Reading& r) {
    EnterpriseSettings& e = r.connection.wifi.enterprise;
    const std::string at = "/wifi/enterprise/";
    const std::string g = "802-1x";
    const std::string eap = r.take(g, "eap", at + "eap").value_or("");
    const auto methods = KeyFile::list(eap);
    const std::string first = methods.empty() ? std::string() : methods.front();
    if (first != "peap" && first != "ttls" && first != "tls") {
        return r.badValue(g, "eap", eap, "peap, ttls, tls");
    }
    e.eap = first == "tls" ? EapMethod::Tls : first == "ttls" ? EapMethod::Ttls : EapMethod::Peap;
    r.text(g, "identity", at + "identity", e.identity);
    r.text(g, "anonymous-identity", at + "anonymousIdentity", e.anonymousIdentity);
    r.text(g, "password", at + "password", e.password);
    r.text(g, "private-key-password", at + "privateKeyPassword", e.privateKeyPassword);
    e.innerAuth = r.file.get(g, "phase2-auth") == "pap" ? InnerAuth::Pap : InnerAuth::Mschapv2;
    const std::tuple<const char*, const char*, std::string*> files[] = {
        {"ca-cert", "caCertificate", &e.caCertificate},
        {"client-cert", "clientCertificate", &e.clientCertificate},
        {"private-key", "privateKey", &e.privateKey}};
    for (const auto& [key, field, out] : files) {
        r.places[at + field] = {g, key};
        if (const std::string* pem = certificate(r.imported, key)) {
            *out = *pem;
        }
    }
    return std::nullopt;
}

std::optional<Error> readWifi(Reading& r) {
    WifiSettings& w = r.connection.wifi;
    const std::string g = r.group({"wifi", "802-11-wireless"});
    if (!r.take(g, "ssid", "/wifi/ssid")) {
        return r.at("import.key_missing", g, "ssid");
    }
    w.ssid = readConnection(r.imported.keyfile).ssid;
    w.hidden = r.file.get(g, "hidden") == "true";
    r.text(g, "band", "/wifi/band", w.band);
    r.text(g, "bssid", "/wifi/bssid", w.bssid);
    const std::string s = r.group({"wifi-security", "802-11-wireless-security"});
    if (!r.file.hasGroup(s)) {
        return std::nullopt; // open
    }
    const std::string mgmt = r.take(s, "key-mgmt", "/wifi/security").value_or("");
    r.text(s, "psk", "/wifi/passphrase", w.passphrase);
    r.places.try_emplace("/wifi/passphrase", Place{s, "psk"});
    if (mgmt == "none" || mgmt == "owe") {
        w.passphrase.clear(); // WEP keys (wep-key0...) or none: not a pass phrase
        return std::nullopt;
    }
    if (mgmt == "wpa-eap" || mgmt == "wpa-eap-suite-b-192") {
        w.security = WifiSecurity::Enterprise;
        return readEnterprise(r);
    }
    if (mgmt != "wpa-psk" && mgmt != "sae") {
        return r.badValue(s, "key-mgmt", mgmt, "none, owe, wpa-psk, sae, wpa-eap");
    }
    w.security = mgmt == "sae" ? WifiSecurity::Sae : WifiSecurity::WpaPsk;
    return std::nullopt;
}

std::optional<Error> readKind(Reading& r) {
    Connection& c = r.connection;
    const std::string type = r.file.get("connection", "type").value_or("");
    if (type == "wifi" || type == "802-11-wireless") {
        c.kind = ConnectionKind::Wifi;
        return readWifi(r);
    }
    if (type == "ethernet" || type == "802-3-ethernet") {
        c.kind = ConnectionKind::Ethernet;
        const std::string g = r.group({"ethernet", "802-3-ethernet"});
        r.text(g, "mac-address", "/macAddress", c.macAddress);
        return std::nullopt;
    }
    if (type == "gsm") {
        c.kind = ConnectionKind::Gsm;
        r.text("gsm", "apn", "/gsm/apn", c.gsm.apn);
        r.text("gsm", "username", "/gsm/username", c.gsm.username);
        r.text("gsm", "password", "/gsm/password", c.gsm.password);
        r.text("gsm", "pin", "/gsm/pin", c.gsm.pin);
        return std::nullopt;
    }
    return r.badValue("connection", "type", type, "wifi, ethernet, gsm");
}

// The Error of a typed rule, told as the group and key it came from.
Error traced(const Reading& r, Error rule, const std::string& id) {
    std::string pointer = rule.pointer;
    auto place = r.places.find(pointer);
    while (place == r.places.end() && pointer.rfind('/') != 0 && !pointer.empty()) {
        pointer.erase(pointer.rfind('/'));
        place = r.places.find(pointer);
    }
    const Place where = place != r.places.end() ? place->second : Place{"connection", "id"};
    Error e = r.at("import.bad_key", where.group, where.key).with("detail", rule.code);
    for (auto& a : rule.args) {
        if (a.name == "id") {
            a.value = id;
        } else if (a.name == "field") {
            a.value = where.key; // the key's name, not the typed connection's field
        }
        e.args.push_back(a);
    }
    return e;
}

std::optional<Error> checkText(const ImportedConnection& imported) {
    if (imported.keyfile.size() > kMaxImportedKeyfile) {
        return Error("import.too_large")
            .with("file", imported.file)
            .withBytes("limit", kMaxImportedKeyfile);
    }
    if (imported.keyfile.find('\0') != std::string::npos || !disk::utf8ToUtf16(imported.keyfile)) {
        return Error("import.not_text").with("file", imported.file);
    }
    return std::nullopt;
}

} // namespace

std::optional<Error> checkImportedConnection(const ImportedConnection& imported) {
    if (auto e = checkText(imported)) {
        return e;
    }
    const KeyFile file = KeyFile::parse(imported.keyfile);
    Reading r{file, imported, {}, {}};
    for (const char* key : {"id", "type"}) {
        if (!file.get("connection", key)) {
            return r.at("import.key_missing", "connection", key);
        }
    }
    const std::string id = *file.get("connection", "id");
    if (auto p = r.take("connection", "autoconnect-priority", "/priority")) {
        r.connection.priority = toInt(*p);
        if (!r.connection.priority) {
            return r.badValue("connection", "autoconnect-priority", *p, "-999 to 999");
        }
    }
    for (auto e : {readKind(r), readIp(r, 4), readIp(r, 6)}) {
        if (e) {
            return e;
        }
    }
    r.connection.id = "imported"; // the file name is made safe apart; the id may be any text
    if (auto e = checkConnection(r.connection)) {
        return traced(r, std::move(*e), id);
    }
    for (const auto& ref : certificateReferences(imported.keyfile)) {
        if (!certificate(imported, ref.key)) {
            return r.at("import.certificate_missing", ref.group, ref.key).with("path", ref.path);
        }
    }
    for (const auto& [key, pem] : imported.certificates) {
        const PemKind kind =
            key.ends_with("private-key") ? PemKind::PrivateKey : PemKind::Certificate;
        if (!isPem(pem, kind)) {
            return r.at("import.bad_key", "802-1x", key)
                .with("detail", "connection.not_pem")
                .with("id", id)
                .with("field", key);
        }
    }
    return std::nullopt;
}

} // namespace imprint::provision
