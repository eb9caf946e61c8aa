#include "core/provision/proxy.h"

#include "core/config/checks.h"
#include "core/provision/ipsettings.h"

#include <algorithm>
#include <charconv>

namespace imprint::provision {
namespace {

// redsocks reads quoted strings without escapes: these could not be written.
bool redsocksCanQuote(std::string_view s) {
    return std::none_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return c == '"' || c == '\\' || c == ';' || u < 0x20 || u == 0x7F;
    });
}

// An IPv4 address, or a network with its prefix ("192.168.0.0/16"): balenaOS hands each line to
// iptables, which takes no IPv6.
bool isNoProxyEntry(std::string_view s) {
    const auto slash = s.find('/');
    const auto address = s.substr(0, slash);
    if (!parseIpAddress(address, 4)) {
        return false;
    }
    if (slash == std::string_view::npos) {
        return true;
    }
    const auto prefix = s.substr(slash + 1);
    int bits = -1;
    const auto r = std::from_chars(prefix.data(), prefix.data() + prefix.size(), bits);
    return !prefix.empty() && r.ec == std::errc() && r.ptr == prefix.data() + prefix.size() &&
           bits >= 0 && bits <= 32;
}

} // namespace

std::string_view proxyTypeName(ProxyType type) {
    switch (type) {
    case ProxyType::Socks4:
        return "socks4";
    case ProxyType::HttpConnect:
        return "http-connect";
    case ProxyType::Socks5:
        break;
    }
    return "socks5";
}

std::optional<ProxyType> proxyTypeFromName(std::string_view name) {
    for (const auto t : {ProxyType::Socks4, ProxyType::Socks5, ProxyType::HttpConnect}) {
        if (proxyTypeName(t) == name) {
            return t;
        }
    }
    return std::nullopt;
}

std::optional<Error> checkProxy(const Proxy& p) {
    if (p.host.empty() || !config::isHostOrAddress(p.host)) {
        return Error("proxy.bad_host").atPointer("/host").with("value", p.host);
    }
    if (p.port < 1 || p.port > 65535) {
        return Error("proxy.bad_port").atPointer("/port").with("value", std::to_string(p.port));
    }
    if (!redsocksCanQuote(p.login)) {
        return Error("proxy.bad_login").atPointer("/login");
    }
    if (!redsocksCanQuote(p.password)) {
        return Error("proxy.bad_password").atPointer("/password");
    }
    if (!p.password.empty() && p.login.empty()) {
        return Error("proxy.password_without_login").atPointer("/password");
    }
    for (std::size_t i = 0; i < p.noProxy.size(); ++i) {
        if (!isNoProxyEntry(p.noProxy[i])) {
            return Error("proxy.bad_no_proxy")
                .atPointer("/noProxy/" + std::to_string(i))
                .with("value", p.noProxy[i]);
        }
    }
    return std::nullopt;
}

std::string redsocksConf(const Proxy& p) {
    // balenaOS redirects to local port 12345 and expects redsocks to listen there.
    std::string out = "base {\n"
                      "    log_debug = off;\n"
                      "    log_info = on;\n"
                      "    log = stderr;\n"
                      "    daemon = off;\n"
                      "    redirector = iptables;\n"
                      "}\n"
                      "\n"
                      "redsocks {\n"
                      "    type = " +
                      std::string(proxyTypeName(p.type)) +
                      ";\n"
                      "    ip = " +
                      p.host +
                      ";\n"
                      "    port = " +
                      std::to_string(p.port) +
                      ";\n"
                      "    local_ip = 127.0.0.1;\n"
                      "    local_port = 12345;\n";
    if (!p.login.empty()) {
        out += "    login = \"" + p.login + "\";\n";
    }
    if (!p.password.empty()) {
        out += "    password = \"" + p.password + "\";\n";
    }
    return out + "}\n";
}

std::string noProxyFile(const Proxy& p) {
    std::string out;
    for (const auto& n : p.noProxy) {
        out += n + '\n';
    }
    return out;
}

} // namespace imprint::provision
