#include "core/provision/profile.h"

#include "core/config/sshkey.h"
#include "core/config/udevrules.h"
#include "core/provision/connectionjson.h"
#include "core/provision/jsonread.h"

#include <algorithm>

namespace imprint::provision {
namespace {

using config::Json;

using json::readBool;
using json::readInt;
using json::readString;
using json::readStrings;
using json::typeError;

Result<WifiNetwork> readNetwork(const Json& n, const std::string& at) {
    if (!n.is_object()) {
        return typeError(at, "object");
    }
    WifiNetwork w;
    std::optional<std::string> s;
    if (auto r = readString(n, "ssid", s, at); !r) {
        return std::move(r).takeError();
    }
    if (!s) {
        return Error("profile.missing_key").with("key", at + "/ssid").atPointer(at + "/ssid");
    }
    w.ssid = *s;
    s.reset();
    if (auto r = readString(n, "passphrase", s, at); !r) {
        return std::move(r).takeError();
    }
    w.passphrase = s.value_or("");
    std::optional<bool> hidden;
    if (auto r = readBool(n, "hidden", hidden, at); !r) {
        return std::move(r).takeError();
    }
    w.hidden = hidden.value_or(false);
    if (auto r = readInt(n, "priority", w.priority, at); !r) {
        return std::move(r).takeError();
    }
    if (auto it = n.find("ipv4"); it != n.end() && !it->is_null()) {
        if (!it->is_object()) {
            return typeError(at + "/ipv4", "object");
        }
        std::optional<std::string> address;
        std::optional<std::string> gateway;
        if (auto r = readString(*it, "address", address, at + "/ipv4"); !r) {
            return std::move(r).takeError();
        }
        if (auto r = readString(*it, "gateway", gateway, at + "/ipv4"); !r) {
            return std::move(r).takeError();
        }
        w.address = address.value_or("");
        w.gateway = gateway.value_or("");
        if (auto r = readStrings(*it, "dns", w.dns, at + "/ipv4"); !r) {
            return std::move(r).takeError();
        }
    }
    return w;
}

// Where a WiFi error belongs inside a network entry.
std::string networkField(const std::string& code) {
    if (code.starts_with("wifi.ssid")) {
        return "/ssid";
    }
    if (code.starts_with("wifi.psk")) {
        return "/passphrase";
    }
    if (code == "wifi.bad_address" || code == "wifi.dns_without_address") {
        return "/ipv4/address";
    }
    if (code == "wifi.bad_gateway") {
        return "/ipv4/gateway";
    }
    if (code == "wifi.bad_dns") {
        return "/ipv4/dns";
    }
    if (code == "wifi.bad_priority") {
        return "/priority";
    }
    return "";
}

} // namespace

Result<Profile> Profile::parse(std::string_view text) {
    auto document = config::parseJson(text);
    if (!document) {
        return std::move(document).takeError();
    }
    return fromJson(*document);
}

namespace {

Result<void> readConnectivity(const Json& d, Profile& p) {
    auto it = d.find("connectivity");
    if (it == d.end() || it->is_null()) {
        return {};
    }
    if (!it->is_object()) {
        return typeError("/connectivity", "object");
    }
    for (auto [key, target] :
         {std::pair{"uri", &p.connectivityUri}, std::pair{"interval", &p.connectivityInterval},
          std::pair{"response", &p.connectivityResponse}}) {
        if (auto r = readString(*it, key, *target, "/connectivity"); !r) {
            return std::move(r).takeError();
        }
    }
    return {};
}

Result<void> readNetworks(const Json& d, Profile& p) {
    auto it = d.find("networks");
    if (it == d.end() || it->is_null()) {
        return {};
    }
    if (!it->is_array()) {
        return typeError("/networks", "array");
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        auto n = readNetwork((*it)[i], "/networks/" + std::to_string(i));
        if (!n) {
            return std::move(n).takeError();
        }
        p.networks.push_back(std::move(n).value());
    }
    return {};
}

Result<void> readExistingConnections(const Json& d, Profile& p) {
    auto it = d.find("existingConnections");
    if (it == d.end() || it->is_null()) {
        return {};
    }
    const std::string v = it->is_string() ? it->get<std::string>() : std::string();
    if (v == "keep") {
        p.existingConnections = ExistingConnections::Keep;
    } else if (v == "replace") {
        p.existingConnections = ExistingConnections::Replace;
    } else if (v == "remove") {
        p.existingConnections = ExistingConnections::Remove;
    } else {
        return Error("profile.bad_value")
            .with("key", "/existingConnections")
            .with("allowed", "keep, replace, remove")
            .atPointer("/existingConnections");
    }
    return {};
}

Result<void> readUdevRules(const Json& d, Profile& p) {
    auto it = d.find("udevRules");
    if (it == d.end() || it->is_null()) {
        return {};
    }
    if (!it->is_object()) {
        return typeError("/udevRules", "object");
    }
    for (auto r = it->begin(); r != it->end(); ++r) {
        if (!r.value().is_string()) {
            return typeError("/udevRules/" + config::pointerToken(r.key()), "string");
        }
        p.udevRules.push_back({r.key(), r.value().get<std::string>()});
    }
    return {};
}

Json networkToJson(const WifiNetwork& n, bool withSecrets) {
    Json o = {{"ssid", n.ssid}};
    if (!n.passphrase.empty()) {
        o["passphrase"] = withSecrets ? n.passphrase : "********";
    }
    if (n.hidden) {
        o["hidden"] = true;
    }
    if (n.priority) {
        o["priority"] = *n.priority;
    }
    if (!n.address.empty()) {
        o["ipv4"] = {{"address", n.address}};
        if (!n.gateway.empty()) {
            o["ipv4"]["gateway"] = n.gateway;
        }
        if (!n.dns.empty()) {
            o["ipv4"]["dns"] = n.dns;
        }
    }
    return o;
}

// d[key] = each item as `toJson` makes it, when there is any.
template <typename T, typename F>
void putList(Json& d, const char* key, const std::vector<T>& items, F toJson) {
    if (items.empty()) {
        return;
    }
    Json list = Json::array();
    for (const auto& item : items) {
        list.push_back(toJson(item));
    }
    d[key] = std::move(list);
}

template <typename T>
void putIf(Json& d, const char* key, const std::optional<T>& value) {
    if (value) {
        d[key] = *value;
    }
}

} // namespace

Result<Profile> Profile::fromJson(const Json& d) {
    if (!d.is_object()) {
        return Error("profile.not_an_object").atPointer("");
    }
    Profile p;
    if (auto it = d.find("baseConfig"); it != d.end() && !it->is_null()) {
        if (!it->is_object()) {
            return typeError("/baseConfig", "object");
        }
        p.baseConfig = *it;
    }
    for (auto [key, target] :
         {std::pair{"hostname", &p.hostname}, std::pair{"country", &p.country},
          std::pair{"ntpServers", &p.ntpServers}, std::pair{"dnsServers", &p.dnsServers},
          std::pair{"logo", &p.logo}}) {
        if (auto r = readString(d, key, *target, ""); !r) {
            return std::move(r).takeError();
        }
    }
    for (auto [key, target] : {std::pair{"developmentMode", &p.developmentMode},
                               std::pair{"persistentLogging", &p.persistentLogging},
                               std::pair{"randomMacAddressScan", &p.randomMacAddressScan}}) {
        if (auto r = readBool(d, key, *target, ""); !r) {
            return std::move(r).takeError();
        }
    }
    for (auto* read : {&readConnectivity, &readNetworks}) {
        if (auto r = read(d, p); !r) {
            return std::move(r).takeError();
        }
    }
    if (auto r = readConnections(d, p.connections, p.proxy); !r) {
        return std::move(r).takeError();
    }
    if (auto r = readImportedConnections(d, p.importedConnections); !r) {
        return std::move(r).takeError();
    }
    if (auto r = readExistingConnections(d, p); !r) {
        return std::move(r).takeError();
    }
    if (auto r = readStrings(d, "sshKeys", p.sshKeys, ""); !r) {
        return std::move(r).takeError();
    }
    if (auto r = readUdevRules(d, p); !r) {
        return std::move(r).takeError();
    }
    return p;
}

Json Profile::toJson(bool withSecrets) const {
    Json d = Json::object();
    d["version"] = 1;
    if (!baseConfig.empty()) {
        d["baseConfig"] = withSecrets ? baseConfig : config::maskSecrets(baseConfig);
    }
    putIf(d, "hostname", hostname);
    putList(d, "networks", networks,
            [&](const WifiNetwork& n) { return networkToJson(n, withSecrets); });
    putList(d, "connections", connections,
            [&](const auto& c) { return connectionToJson(c, withSecrets); });
    putList(d, "importedConnections", importedConnections,
            [&](const auto& c) { return importedToJson(c, withSecrets); });
    if (proxy) {
        d["proxy"] = proxyToJson(*proxy, withSecrets);
    }
    if (existingConnections != ExistingConnections::Keep) {
        d["existingConnections"] =
            existingConnections == ExistingConnections::Replace ? "replace" : "remove";
    }
    if (!sshKeys.empty()) {
        d["sshKeys"] = sshKeys;
    }
    if (!udevRules.empty()) {
        Json rules = Json::object();
        for (const auto& r : udevRules) {
            rules[r.name] = r.text;
        }
        d["udevRules"] = std::move(rules);
    }
    putIf(d, "logo", logo);
    putIf(d, "developmentMode", developmentMode);
    putIf(d, "persistentLogging", persistentLogging);
    putIf(d, "country", country);
    putIf(d, "ntpServers", ntpServers);
    putIf(d, "dnsServers", dnsServers);
    if (connectivityUri || connectivityInterval || connectivityResponse) {
        Json c = Json::object();
        putIf(c, "uri", connectivityUri);
        putIf(c, "interval", connectivityInterval);
        putIf(c, "response", connectivityResponse);
        d["connectivity"] = std::move(c);
    }
    putIf(d, "randomMacAddressScan", randomMacAddressScan);
    return d;
}

config::Config Profile::applyTo(const config::Config& current) const {
    config::Config c = current;
    c.merge(baseConfig);
    if (hostname) {
        c.setHostname(*hostname);
    }
    if (persistentLogging) {
        c.setPersistentLogging(*persistentLogging);
    }
    if (developmentMode) {
        c.setDevelopmentMode(*developmentMode);
    }
    if (country) {
        c.setCountry(*country);
    }
    if (ntpServers) {
        c.setNtpServers(*ntpServers);
    }
    if (dnsServers) {
        c.setDnsServers(*dnsServers);
    }
    if (randomMacAddressScan) {
        c.setRandomMacAddressScan(*randomMacAddressScan);
    }
    if (connectivityUri) {
        c.setConnectivityUri(*connectivityUri);
    }
    if (connectivityInterval) {
        c.setConnectivityInterval(*connectivityInterval);
    }
    if (connectivityResponse) {
        c.setConnectivityResponse(*connectivityResponse);
    }
    if (!sshKeys.empty()) {
        // Keep what is there (even entries that are not strings), add what is new.
        const config::Json* existing = c.find(config::keys::sshKeys);
        config::Json list =
            existing != nullptr && existing->is_array() ? *existing : config::Json::array();
        std::vector<std::string> identities;
        for (const auto& item : list) {
            if (item.is_string()) {
                auto k = config::parseSshPublicKey(item.get<std::string>());
                identities.push_back(k ? k->identity() : item.get<std::string>());
            }
        }
        for (const auto& line : sshKeys) {
            auto k = config::parseSshPublicKey(line);
            const std::string identity = k ? k->identity() : line;
            if (std::find(identities.begin(), identities.end(), identity) == identities.end()) {
                identities.push_back(identity);
                list.push_back(line);
            }
        }
        (void)c.set(config::keys::sshKeys, std::move(list));
    }
    for (const auto& r : udevRules) {
        c.setUdevRule(r.name, r.text);
    }
    return c;
}

std::vector<config::Issue> Profile::check() const {
    std::vector<config::Issue> issues;
    for (std::size_t i = 0; i < networks.size(); ++i) {
        if (auto e = checkWifiNetwork(networks[i])) {
            e->pointer = "/networks/" + std::to_string(i) + networkField(e->code);
            issues.push_back({config::Severity::Error, std::move(*e), false});
        }
        for (std::size_t k = 0; k < i; ++k) {
            if (networks[k].ssid == networks[i].ssid) {
                issues.push_back({config::Severity::Warning,
                                  Error("profile.duplicate_network")
                                      .with("ssid", networks[i].ssid)
                                      .atPointer("/networks/" + std::to_string(i) + "/ssid"),
                                  false});
                break;
            }
        }
    }
    checkConnections(connections, proxy, issues);
    for (std::size_t i = 0; i < importedConnections.size(); ++i) {
        if (auto e = checkImportedConnection(importedConnections[i])) {
            e->pointer = "/importedConnections/" + std::to_string(i) + "/keyfile";
            issues.push_back({config::Severity::Error, std::move(*e), false});
        }
    }
    for (const auto& r : udevRules) {
        const std::string pointer = "/udevRules/" + config::pointerToken(r.name);
        if (auto e = config::checkUdevRuleName(r.name)) {
            e->pointer = pointer;
            issues.push_back({config::Severity::Error, std::move(*e), false});
        }
    }
    return issues;
}

} // namespace imprint::provision
