#include "core/provision/wifi.h"

#include "core/config/checks.h"
#include "core/provision/keyfile.h"

#include <algorithm>
#include <cstdio>

namespace imprint::provision {
namespace {

// The length of the valid UTF-8 sequence starting at i, or 0.
std::size_t utf8SequenceLength(std::string_view s, std::size_t i) {
    const auto u = static_cast<unsigned char>(s[i]);
    std::size_t length = 0;
    if (u < 0x80) {
        return 1;
    }
    if (u >= 0xC2 && u <= 0xDF) {
        length = 2;
    } else if (u >= 0xE0 && u <= 0xEF) {
        length = 3;
    } else if (u >= 0xF0 && u <= 0xF4) {
        length = 4;
    } else {
        return 0;
    }
    if (i + length > s.size()) {
        return 0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0U) != 0x80U) {
            return 0;
        }
    }
    return length;
}

bool isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// NetworkManager reads an SSID holding ';' or bytes that are not printable text as a list of
// byte values; anything else as the string itself.
bool ssidNeedsByteList(std::string_view ssid) {
    return std::any_of(ssid.begin(), ssid.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return c == ';' || u < 0x20 || u == 0x7F || u >= 0x80;
    });
}

std::string byteList(std::string_view bytes) {
    std::string out;
    for (const char c : bytes) {
        out += std::to_string(static_cast<unsigned char>(c)) + ';';
    }
    return out;
}

std::optional<std::string> fromByteList(std::string_view list) {
    std::string out;
    std::size_t start = 0;
    while (start < list.size()) {
        auto end = list.find(';', start);
        if (end == std::string_view::npos) {
            end = list.size();
        }
        const auto part = list.substr(start, end - start);
        if (part.empty() || part.size() > 3 ||
            !std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            return std::nullopt;
        }
        const int v = std::stoi(std::string(part));
        if (v > 255) {
            return std::nullopt;
        }
        out += static_cast<char>(v);
        start = end + 1;
    }
    return out;
}

bool validPrefix(std::string_view address) {
    const auto slash = address.find('/');
    if (slash == std::string_view::npos || !config::isIPv4(address.substr(0, slash))) {
        return false;
    }
    const auto prefix = address.substr(slash + 1);
    if (prefix.empty() || prefix.size() > 2 ||
        !std::all_of(prefix.begin(), prefix.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return false;
    }
    const int bits = std::stoi(std::string(prefix));
    return bits >= 1 && bits <= 32;
}

} // namespace

std::optional<Error> checkWifiNetwork(const WifiNetwork& n) {
    const auto err = [&](const char* code) { return Error(code).with("ssid", n.ssid); };
    if (n.ssid.empty()) {
        return err("wifi.ssid_empty");
    }
    if (n.ssid.size() > 32) {
        return err("wifi.ssid_too_long").with("length", std::to_string(n.ssid.size()));
    }
    const auto& p = n.passphrase;
    if (!p.empty()) {
        const bool rawKey = p.size() == 64 && std::all_of(p.begin(), p.end(), isHex);
        if (!rawKey) {
            if (p.size() < 8) {
                return err("wifi.psk_too_short").with("length", std::to_string(p.size()));
            }
            if (p.size() > 63) {
                return err("wifi.psk_too_long").with("length", std::to_string(p.size()));
            }
            // Printable ASCII as 802.11i asks, or UTF-8 text, which NetworkManager and
            // wpa_supplicant hash as bytes like any other; never control characters.
            for (std::size_t i = 0; i < p.size(); ++i) {
                const auto u = static_cast<unsigned char>(p[i]);
                const std::size_t length = utf8SequenceLength(p, i);
                if (u < 0x20 || u == 0x7F || length == 0) {
                    return err("wifi.psk_not_printable").with("position", std::to_string(i + 1));
                }
                i += length - 1;
            }
        }
    }
    if (!n.address.empty() && !validPrefix(n.address)) {
        return err("wifi.bad_address").with("value", n.address);
    }
    if (!n.gateway.empty() && (n.address.empty() || !config::isIPv4(n.gateway))) {
        return err("wifi.bad_gateway").with("value", n.gateway);
    }
    for (const auto& d : n.dns) {
        if (!config::isIpAddress(d)) {
            return err("wifi.bad_dns").with("value", d);
        }
    }
    if (!n.dns.empty() && n.address.empty()) {
        return err("wifi.dns_without_address");
    }
    if (n.priority && (*n.priority < -999 || *n.priority > 999)) {
        return err("wifi.bad_priority").with("value", std::to_string(*n.priority));
    }
    return std::nullopt;
}

std::string ssidKeyfileValue(std::string_view ssid) {
    return ssidNeedsByteList(ssid) ? byteList(ssid) : std::string(ssid);
}

std::string wifiFileName(int number) {
    char name[32];
    std::snprintf(name, sizeof name, "balena-wifi-%02d", number);
    return name;
}

std::string wifiKeyfile(const WifiNetwork& n, const std::string& id) {
    KeyFile f;
    f.set("connection", "id", id);
    f.set("connection", "type", "wifi");
    if (n.priority) {
        f.set("connection", "autoconnect-priority", std::to_string(*n.priority));
    }
    if (n.hidden) {
        f.set("wifi", "hidden", "true");
    }
    f.set("wifi", "mode", "infrastructure");
    f.set("wifi", "ssid", ssidKeyfileValue(n.ssid));
    if (!n.passphrase.empty()) {
        f.set("wifi-security", "auth-alg", "open");
        f.set("wifi-security", "key-mgmt", "wpa-psk");
        f.set("wifi-security", "psk", n.passphrase);
    }
    if (n.address.empty()) {
        f.set("ipv4", "method", "auto");
    } else {
        f.set("ipv4", "method", "manual");
        f.set("ipv4", "address1", n.gateway.empty() ? n.address : n.address + "," + n.gateway);
        if (!n.dns.empty()) {
            std::string list;
            for (const auto& d : n.dns) {
                list += d + ';';
            }
            f.set("ipv4", "dns", list);
        }
    }
    f.set("ipv6", "addr-gen-mode", "stable-privacy");
    f.set("ipv6", "method", "auto");
    return f.toText();
}

ConnectionInfo readConnection(std::string_view text) {
    const KeyFile f = KeyFile::parse(text);
    ConnectionInfo info;
    info.id = f.get("connection", "id").value_or("");
    info.type = f.get("connection", "type").value_or("");
    if (info.type == "802-11-wireless") {
        info.type = "wifi";
    }
    auto ssid = f.get("wifi", "ssid");
    if (!ssid) {
        ssid = f.get("802-11-wireless", "ssid");
    }
    if (ssid) {
        const auto bytes =
            ssid->find(';') != std::string::npos ? fromByteList(*ssid) : std::nullopt;
        info.ssid = bytes ? *bytes : *ssid;
    }
    const char* security =
        f.hasGroup("wifi-security") ? "wifi-security" : "802-11-wireless-security";
    info.keyManagement = f.get(security, "key-mgmt").value_or("");
    info.hasSecret = f.get(security, "psk").has_value() || f.get(security, "wep-key0").has_value();
    info.hidden = f.get("wifi", "hidden").value_or("") == "true";
    return info;
}

std::optional<WifiNetwork> readWifiNetwork(std::string_view text) {
    const KeyFile f = KeyFile::parse(text);
    const ConnectionInfo info = readConnection(text);
    if (info.type != "wifi") {
        return std::nullopt;
    }
    WifiNetwork n;
    n.ssid = info.ssid;
    n.hidden = info.hidden;
    n.passphrase = f.get("wifi-security", "psk").value_or("");
    if (auto p = f.get("connection", "autoconnect-priority")) {
        try {
            n.priority = std::stoi(*p);
        } catch (const std::exception&) {
        }
    }
    if (f.get("ipv4", "method").value_or("") == "manual") {
        const std::string a = f.get("ipv4", "address1").value_or("");
        const auto comma = a.find(',');
        n.address = a.substr(0, comma);
        n.gateway = comma == std::string::npos ? std::string() : a.substr(comma + 1);
        const std::string dns = f.get("ipv4", "dns").value_or("");
        std::size_t start = 0;
        while (start < dns.size()) {
            auto end = dns.find(';', start);
            if (end == std::string::npos) {
                end = dns.size();
            }
            if (end > start) {
                n.dns.push_back(dns.substr(start, end - start));
            }
            start = end + 1;
        }
    }
    return n;
}

bool networkManagerSkips(std::string_view name) {
    const auto endsWith = [&](std::string_view s) { return name.ends_with(s); };
    if (name.empty() || name.front() == '.' || endsWith("~") || endsWith(".ignore") ||
        endsWith(".bak") || endsWith(".swp") || endsWith(".tmp") || endsWith(".orig") ||
        endsWith(".rej") || endsWith(".rpmnew") || endsWith(".rpmsave") || endsWith(".dpkg-new") ||
        endsWith(".dpkg-old") || endsWith(".dpkg-dist") || endsWith(".nmmeta")) {
        return true;
    }
    // Temporary names: a dot followed by exactly six letters or digits at the end.
    if (name.size() > 7 && name[name.size() - 7] == '.') {
        const auto tail = name.substr(name.size() - 6);
        return std::all_of(tail.begin(), tail.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        });
    }
    return false;
}

} // namespace imprint::provision
