#include "core/provision/connectionjson.h"

#include "core/provision/jsonread.h"

#include <array>
#include <tuple>
#include <utility>

namespace imprint::provision {
namespace {

using config::Json;
using json::member;
using json::readBool;
using json::readInt;
using json::readString;
using json::readStrings;
using json::typeError;

template <typename E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<ConnectionKind, 3> kKinds{{{ConnectionKind::Wifi, "wifi"},
                                           {ConnectionKind::Ethernet, "ethernet"},
                                           {ConnectionKind::Gsm, "gsm"}}};
constexpr Names<WifiSecurity, 5> kSecurities{{{WifiSecurity::Open, "open"},
                                              {WifiSecurity::WpaPsk, "wpa-psk"},
                                              {WifiSecurity::Sae, "sae"},
                                              {WifiSecurity::Transition, "wpa-psk-sae"},
                                              {WifiSecurity::Enterprise, "enterprise"}}};
constexpr Names<EapMethod, 3> kEaps{
    {{EapMethod::Peap, "peap"}, {EapMethod::Ttls, "ttls"}, {EapMethod::Tls, "tls"}}};
constexpr Names<InnerAuth, 2> kInner{{{InnerAuth::Mschapv2, "mschapv2"}, {InnerAuth::Pap, "pap"}}};
constexpr Names<IpMethod, 4> kIpMethods{{{IpMethod::Auto, "auto"},
                                         {IpMethod::Manual, "manual"},
                                         {IpMethod::Disabled, "disabled"},
                                         {IpMethod::LinkLocal, "link-local"}}};
constexpr Names<ProxyType, 3> kProxyTypes{{{ProxyType::Socks4, "socks4"},
                                           {ProxyType::Socks5, "socks5"},
                                           {ProxyType::HttpConnect, "http-connect"}}};

template <typename E, std::size_t N>
std::string_view nameOf(const Names<E, N>& names, E value) {
    for (const auto& [v, name] : names) {
        if (v == value) {
            return name;
        }
    }
    return names[0].second;
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const Names<E, N>& names, std::string_view name) {
    for (const auto& [v, n] : names) {
        if (n == name) {
            return v;
        }
    }
    return std::nullopt;
}

// A choice among `names`; left as it is when absent.
template <typename E, std::size_t N>
Result<void> readChoice(const Json& o, const char* key, const Names<E, N>& names, E& out,
                        const std::string& at) {
    std::optional<std::string> s;
    if (auto r = readString(o, key, s, at); !r || !s) {
        return r;
    }
    if (auto v = valueOf(names, *s)) {
        out = *v;
        return {};
    }
    std::string allowed;
    for (const auto& [v, name] : names) {
        allowed += (allowed.empty() ? "" : ", ") + std::string(name);
    }
    const std::string pointer = at + "/" + key;
    return Error("profile.bad_value")
        .with("key", pointer)
        .with("allowed", allowed)
        .atPointer(pointer);
}

// Reads the string members `fields` ({key, target}) of `o`, when `o` is an object.
Result<void> readStrings(const Json& o,
                         std::initializer_list<std::pair<const char*, std::string*>> fields,
                         const std::string& at) {
    for (const auto& [key, target] : fields) {
        std::optional<std::string> s;
        if (auto r = readString(o, key, s, at); !r) {
            return r;
        }
        *target = s.value_or("");
    }
    return {};
}

// The object member `key`, nothing when absent; profile.wrong_type when not an object.
Result<const Json*> object(const Json& o, const char* key, const std::string& at) {
    const Json* v = member(o, key);
    if (v != nullptr && !v->is_object()) {
        return typeError(at + "/" + key, "object");
    }
    return v;
}

Result<void> readIp(const Json& o, const char* key, IpSettings& ip, const std::string& at) {
    auto g = object(o, key, at);
    if (!g || *g == nullptr) {
        return g ? Result<void>() : Result<void>(std::move(g).takeError());
    }
    const Json& v = **g;
    const std::string here = at + "/" + key;
    for (auto r :
         {readChoice(v, "method", kIpMethods, ip.method, here),
          readStrings(v, "addresses", ip.addresses, here),
          readStrings(v, {{"gateway", &ip.gateway}}, here), readStrings(v, "dns", ip.dns, here),
          readStrings(v, "dnsSearch", ip.dnsSearch, here),
          readInt(v, "routeMetric", ip.routeMetric, here)}) {
        if (!r) {
            return r;
        }
    }
    return {};
}

Result<void> readWifi(const Json& o, WifiSettings& w, const std::string& at) {
    auto g = object(o, "wifi", at);
    if (!g || *g == nullptr) {
        return g ? Result<void>() : Result<void>(std::move(g).takeError());
    }
    const Json& v = **g;
    const std::string here = at + "/wifi";
    std::optional<bool> hidden;
    auto e = object(v, "enterprise", here);
    if (!e) {
        return std::move(e).takeError();
    }
    EnterpriseSettings& x = w.enterprise;
    const Json none = Json::object();
    const Json& ent = *e != nullptr ? **e : none;
    const std::string entAt = here + "/enterprise";
    for (auto r : {readStrings(v,
                               {{"ssid", &w.ssid},
                                {"passphrase", &w.passphrase},
                                {"band", &w.band},
                                {"bssid", &w.bssid}},
                               here),
                   readChoice(v, "security", kSecurities, w.security, here),
                   readBool(v, "hidden", hidden, here), readChoice(ent, "eap", kEaps, x.eap, entAt),
                   readChoice(ent, "innerAuth", kInner, x.innerAuth, entAt),
                   readStrings(ent,
                               {{"identity", &x.identity},
                                {"anonymousIdentity", &x.anonymousIdentity},
                                {"password", &x.password},
                                {"caCertificate", &x.caCertificate},
                                {"clientCertificate", &x.clientCertificate},
                                {"privateKey", &x.privateKey},
                                {"privateKeyPassword", &x.privateKeyPassword}},
                               entAt)}) {
        if (!r) {
            return r;
        }
    }
    w.hidden = hidden.value_or(false);
    if (member(v, "security") == nullptr && !w.passphrase.empty()) {
        w.security = WifiSecurity::WpaPsk; // a pass phrase alone means WPA, as for "networks"
    }
    return {};
}

Json ipToJson(const IpSettings& ip) {
    Json o = {{"method", nameOf(kIpMethods, ip.method)}};
    if (!ip.addresses.empty()) {
        o["addresses"] = ip.addresses;
    }
    if (!ip.gateway.empty()) {
        o["gateway"] = ip.gateway;
    }
    if (!ip.dns.empty()) {
        o["dns"] = ip.dns;
    }
    if (!ip.dnsSearch.empty()) {
        o["dnsSearch"] = ip.dnsSearch;
    }
    if (ip.routeMetric) {
        o["routeMetric"] = *ip.routeMetric;
    }
    return o;
}

// Puts the non-empty strings of `fields` into `o`, the secret ones masked unless `withSecrets`.
void putStrings(Json& o,
                std::initializer_list<std::tuple<const char*, const std::string*, bool>> fields,
                bool withSecrets) {
    for (const auto& [key, value, secret] : fields) {
        if (!value->empty()) {
            o[key] = secret && !withSecrets ? std::string("********") : *value;
        }
    }
}

Json wifiToJson(const WifiSettings& w, bool withSecrets) {
    Json o = {{"ssid", w.ssid}, {"security", nameOf(kSecurities, w.security)}};
    putStrings(
        o,
        {{"passphrase", &w.passphrase, true}, {"band", &w.band, false}, {"bssid", &w.bssid, false}},
        withSecrets);
    if (w.hidden) {
        o["hidden"] = true;
    }
    if (w.security == WifiSecurity::Enterprise) {
        const EnterpriseSettings& x = w.enterprise;
        Json e = {{"eap", nameOf(kEaps, x.eap)}};
        if (x.eap != EapMethod::Tls) {
            e["innerAuth"] = nameOf(kInner, x.innerAuth);
        }
        putStrings(e,
                   {{"identity", &x.identity, false},
                    {"anonymousIdentity", &x.anonymousIdentity, false},
                    {"password", &x.password, true},
                    {"caCertificate", &x.caCertificate, false},
                    {"clientCertificate", &x.clientCertificate, false},
                    {"privateKey", &x.privateKey, true},
                    {"privateKeyPassword", &x.privateKeyPassword, true}},
                   withSecrets);
        o["enterprise"] = std::move(e);
    }
    return o;
}

} // namespace

std::string_view securityName(WifiSecurity s) { return nameOf(kSecurities, s); }
std::optional<WifiSecurity> securityFromName(std::string_view n) { return valueOf(kSecurities, n); }
std::string_view eapMethodName(EapMethod e) { return nameOf(kEaps, e); }
std::optional<EapMethod> eapMethodFromName(std::string_view n) { return valueOf(kEaps, n); }

Result<Connection> connectionFromJson(const Json& o, const std::string& at) {
    if (!o.is_object()) {
        return typeError(at, "object");
    }
    Connection c;
    if (member(o, "type") == nullptr) {
        return Error("profile.missing_key").with("key", at + "/type").atPointer(at + "/type");
    }
    auto g = object(o, "gsm", at);
    if (!g) {
        return std::move(g).takeError();
    }
    const Json none = Json::object();
    const Json& gsm = *g != nullptr ? **g : none;
    for (auto r : {readChoice(o, "type", kKinds, c.kind, at),
                   readStrings(o, {{"id", &c.id}, {"macAddress", &c.macAddress}}, at),
                   readInt(o, "priority", c.priority, at), readWifi(o, c.wifi, at),
                   readStrings(gsm,
                               {{"apn", &c.gsm.apn},
                                {"username", &c.gsm.username},
                                {"password", &c.gsm.password},
                                {"pin", &c.gsm.pin}},
                               at + "/gsm"),
                   readIp(o, "ipv4", c.ipv4, at), readIp(o, "ipv6", c.ipv6, at)}) {
        if (!r) {
            return std::move(r).takeError();
        }
    }
    return c;
}

Json connectionToJson(const Connection& c, bool withSecrets) {
    Json o = {{"type", nameOf(kKinds, c.kind)}, {"id", c.id}};
    if (c.priority) {
        o["priority"] = *c.priority;
    }
    if (c.kind == ConnectionKind::Wifi) {
        o["wifi"] = wifiToJson(c.wifi, withSecrets);
    }
    if (c.kind == ConnectionKind::Ethernet && !c.macAddress.empty()) {
        o["macAddress"] = c.macAddress;
    }
    if (c.kind == ConnectionKind::Gsm) {
        Json g = Json::object();
        putStrings(g,
                   {{"apn", &c.gsm.apn, false},
                    {"username", &c.gsm.username, false},
                    {"password", &c.gsm.password, true},
                    {"pin", &c.gsm.pin, true}},
                   withSecrets);
        o["gsm"] = std::move(g);
    }
    o["ipv4"] = ipToJson(c.ipv4);
    o["ipv6"] = ipToJson(c.ipv6);
    return o;
}

Result<Proxy> proxyFromJson(const Json& o, const std::string& at) {
    if (!o.is_object()) {
        return typeError(at, "object");
    }
    Proxy p;
    std::optional<int> port;
    for (auto r :
         {readChoice(o, "type", kProxyTypes, p.type, at),
          readStrings(o, {{"host", &p.host}, {"login", &p.login}, {"password", &p.password}}, at),
          readInt(o, "port", port, at), readStrings(o, "noProxy", p.noProxy, at)}) {
        if (!r) {
            return std::move(r).takeError();
        }
    }
    p.port = port.value_or(0);
    return p;
}

Json proxyToJson(const Proxy& p, bool withSecrets) {
    Json o = {{"type", nameOf(kProxyTypes, p.type)}, {"host", p.host}, {"port", p.port}};
    putStrings(o, {{"login", &p.login, false}, {"password", &p.password, true}}, withSecrets);
    if (!p.noProxy.empty()) {
        o["noProxy"] = p.noProxy;
    }
    return o;
}

Result<void> readConnections(const Json& d, std::vector<Connection>& connections,
                             std::optional<Proxy>& proxy) {
    if (const Json* list = member(d, "connections")) {
        if (!list->is_array()) {
            return typeError("/connections", "array");
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            auto c = connectionFromJson((*list)[i], "/connections/" + std::to_string(i));
            if (!c) {
                return std::move(c).takeError();
            }
            connections.push_back(std::move(c).value());
        }
    }
    if (const Json* given = member(d, "proxy")) {
        auto x = proxyFromJson(*given, "/proxy");
        if (!x) {
            return std::move(x).takeError();
        }
        proxy = std::move(x).value();
    }
    return {};
}

Result<void> readImportedConnections(const Json& d, std::vector<ImportedConnection>& imported) {
    const Json* list = member(d, "importedConnections");
    if (list == nullptr) {
        return {};
    }
    if (!list->is_array()) {
        return typeError("/importedConnections", "array");
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        auto c = importedFromJson((*list)[i], "/importedConnections/" + std::to_string(i));
        if (!c) {
            return std::move(c).takeError();
        }
        imported.push_back(std::move(c).value());
    }
    return {};
}

void checkConnections(const std::vector<Connection>& connections, const std::optional<Proxy>& proxy,
                      std::vector<config::Issue>& issues) {
    for (std::size_t i = 0; i < connections.size(); ++i) {
        const std::string at = "/connections/" + std::to_string(i);
        if (auto e = checkConnection(connections[i])) {
            e->pointer = at + e->pointer;
            issues.push_back({config::Severity::Error, std::move(*e), false});
        }
        for (std::size_t k = 0; k < i; ++k) {
            if (connections[k].id == connections[i].id) {
                issues.push_back({config::Severity::Error,
                                  Error("profile.duplicate_connection")
                                      .with("id", connections[i].id)
                                      .atPointer(at + "/id"),
                                  false});
                break;
            }
        }
    }
    if (proxy) {
        if (auto e = checkProxy(*proxy)) {
            e->pointer = "/proxy" + e->pointer;
            issues.push_back({config::Severity::Error, std::move(*e), false});
        }
    }
}

} // namespace imprint::provision
