#include "core/provision/connectionsummary.h"

#include "core/provision/importedconnection.h"
#include "core/provision/ipsettings.h"
#include "core/provision/keyfile.h"
#include "core/provision/wifi.h"

#include <algorithm>

namespace imprint::provision {
namespace {

IpSummary readIp(const KeyFile& f, const std::string& g) {
    IpSummary ip;
    ip.method = f.get(g, "method").value_or("auto");
    for (const auto& group : f.groups()) {
        for (const auto& [key, value] : group.entries) {
            if (group.name != g || !isAddressKey(key)) {
                continue;
            }
            const auto comma = value.find(',');
            ip.addresses.push_back(value.substr(0, comma));
            if (comma != std::string::npos && ip.gateway.empty()) {
                ip.gateway = value.substr(comma + 1);
            }
        }
    }
    if (auto gw = f.get(g, "gateway")) {
        ip.gateway = *gw;
    }
    ip.dns = KeyFile::list(f.get(g, "dns").value_or(""));
    return ip;
}

std::string security(const KeyFile& f) {
    const char* g = f.hasGroup("wifi-security") ? "wifi-security" : "802-11-wireless-security";
    if (!f.hasGroup(g)) {
        return "open";
    }
    const std::string mgmt = f.get(g, "key-mgmt").value_or("");
    if (mgmt == "none") {
        return f.get(g, "wep-key0") || f.get(g, "wep-key1") ? "wep" : "open";
    }
    if (mgmt == "wpa-psk") {
        return f.get(g, "pmf") == "2" ? "wpa-psk-sae" : "wpa-psk";
    }
    if (mgmt.starts_with("wpa-eap")) {
        return "enterprise";
    }
    return mgmt;
}

} // namespace

ConnectionSummary summarizeConnection(std::string file, std::string_view keyfile) {
    const KeyFile f = KeyFile::parse(keyfile);
    const ConnectionInfo info = readConnection(keyfile);
    ConnectionSummary s;
    s.ignoredByNetworkManager = networkManagerSkips(file);
    s.file = std::move(file);
    s.id = info.id;
    s.type = info.type == "802-3-ethernet" ? "ethernet" : info.type;
    if (s.type == "wifi") {
        s.ssid = info.ssid;
        s.security = security(f);
        if (s.security == "enterprise") {
            s.eap = f.get("802-1x", "eap").value_or("");
            while (s.eap.ends_with(';')) {
                s.eap.pop_back();
            }
        }
    }
    s.ipv4 = readIp(f, "ipv4");
    s.ipv6 = readIp(f, "ipv6");
    for (const auto& group : f.groups()) {
        for (const auto& [key, value] : group.entries) {
            if (isSecretKey(group.name, key) && !value.empty()) {
                s.secrets.emplace_back(group.name + '.' + key, value);
            }
        }
    }
    return s;
}

Result<std::vector<ConnectionSummary>> listConnections(disk::BootPartition& boot) {
    constexpr std::string_view dir = "system-connections";
    std::vector<ConnectionSummary> out;
    auto st = boot.stat(dir);
    if (!st) {
        return std::move(st).takeError();
    }
    if (!st->has_value() || !(*st)->directory) {
        return out;
    }
    auto entries = boot.list(dir);
    if (!entries) {
        return std::move(entries).takeError();
    }
    for (const auto& e : *entries) {
        if (e.directory) {
            continue;
        }
        auto data = boot.readFile(std::string(dir) + '/' + e.name);
        if (!data) {
            return std::move(data).takeError();
        }
        const std::string text(data->begin(), data->end());
        out.push_back(summarizeConnection(e.name, text));
    }
    std::sort(out.begin(), out.end(), [](const ConnectionSummary& a, const ConnectionSummary& b) {
        return a.file < b.file;
    });
    return out;
}

} // namespace imprint::provision
