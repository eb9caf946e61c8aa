// Proxy: the device's TCP traffic through a proxy, as balenaOS reads it from the boot
// partition's system-proxy/ folder (redsocks.conf, and no_proxy: what goes direct).
#pragma once

#include "core/common/result.h"

#include <optional>
#include <string>
#include <vector>

namespace imprint::provision {

enum class ProxyType { Socks4, Socks5, HttpConnect };

struct Proxy {
    ProxyType type = ProxyType::Socks5;
    std::string host; // an address or a host name
    int port = 0;     // 1-65535
    std::string login;
    std::string password; // only with a login
    // IPv4 addresses and networks ("10.0.0.0/8") reached directly (balenaOS gives them to iptables)
    std::vector<std::string> noProxy;

    friend bool operator==(const Proxy&, const Proxy&) = default;
};

// "socks4", "socks5", "http-connect" (redsocks' words) and back.
std::string_view proxyTypeName(ProxyType type);
std::optional<ProxyType> proxyTypeFromName(std::string_view name);

// The proxy's problems, with the JSON pointer of the field ("/host", "/noProxy/2"):
// proxy.bad_host {value}, proxy.bad_port {value}, proxy.bad_login (a quote, backslash, ';' or
// control character redsocks' parser cannot carry), proxy.bad_password (the same, never
// repeated), proxy.password_without_login, proxy.bad_no_proxy {value}.
std::optional<Error> checkProxy(const Proxy& proxy);

// system-proxy/redsocks.conf and system-proxy/no_proxy (nothing when the list is empty).
std::string redsocksConf(const Proxy& proxy);
std::string noProxyFile(const Proxy& proxy);

inline constexpr std::string_view kRedsocksPath = "system-proxy/redsocks.conf";
inline constexpr std::string_view kNoProxyPath = "system-proxy/no_proxy";

} // namespace imprint::provision
