#include "core/provision/ipsettings.h"

#include "core/config/checks.h"
#include "core/provision/keyfile.h"

#include <algorithm>
#include <charconv>

namespace imprint::provision {
namespace {

bool allDigits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<int> number(std::string_view s, int max) {
    int v = 0;
    if (!allDigits(s) || s.size() > 10 ||
        std::from_chars(s.data(), s.data() + s.size(), v).ec != std::errc() || v > max) {
        return std::nullopt;
    }
    return v;
}

std::optional<std::vector<std::uint8_t>> parseV4(std::string_view s) {
    if (!config::isIPv4(s)) {
        return std::nullopt;
    }
    std::vector<std::uint8_t> out;
    std::size_t start = 0;
    while (out.size() < 4) {
        auto dot = s.find('.', start);
        if (dot == std::string_view::npos) {
            dot = s.size();
        }
        const auto v = number(s.substr(start, dot - start), 255);
        if (!v) {
            return std::nullopt;
        }
        out.push_back(static_cast<std::uint8_t>(*v));
        start = dot + 1;
    }
    return out;
}

std::optional<std::vector<std::uint8_t>> parseV6(std::string_view s) {
    if (!config::isIPv6(s)) {
        return std::nullopt;
    }
    // Groups before and after "::"; an IPv4 tail counts as two groups.
    std::vector<std::uint16_t> head;
    std::vector<std::uint16_t> tail;
    const auto gap = s.find("::");
    const auto readGroups = [](std::string_view part, std::vector<std::uint16_t>& into) {
        std::size_t start = 0;
        while (start < part.size()) {
            auto colon = part.find(':', start);
            if (colon == std::string_view::npos) {
                colon = part.size();
            }
            const auto g = part.substr(start, colon - start);
            if (g.find('.') != std::string_view::npos) {
                const auto v4 = parseV4(g);
                if (!v4) {
                    return false;
                }
                into.push_back(static_cast<std::uint16_t>((*v4)[0] << 8 | (*v4)[1]));
                into.push_back(static_cast<std::uint16_t>((*v4)[2] << 8 | (*v4)[3]));
            } else {
                unsigned v = 0;
                if (g.empty() || g.size() > 4 ||
                    std::from_chars(g.data(), g.data() + g.size(), v, 16).ec != std::errc()) {
                    return false;
                }
                into.push_back(static_cast<std::uint16_t>(v));
            }
            start = colon + 1;
        }
        return true;
    };
    if (gap == std::string_view::npos
            ? !readGroups(s, head)
            : !readGroups(s.substr(0, gap), head) || !readGroups(s.substr(gap + 2), tail)) {
        return std::nullopt;
    }
    if (head.size() + tail.size() > 8 || (gap == std::string_view::npos && head.size() != 8)) {
        return std::nullopt;
    }
    head.resize(8 - tail.size(), 0);
    head.insert(head.end(), tail.begin(), tail.end());
    std::vector<std::uint8_t> out;
    for (const auto g : head) {
        out.push_back(static_cast<std::uint8_t>(g >> 8));
        out.push_back(static_cast<std::uint8_t>(g & 0xFF));
    }
    return out;
}

bool sameSubnet(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b,
                int prefix) {
    for (std::size_t bit = 0; bit < static_cast<std::size_t>(prefix); ++bit) {
        const auto mask = static_cast<std::uint8_t>(0x80U >> (bit % 8));
        if ((a[bit / 8] & mask) != (b[bit / 8] & mask)) {
            return false;
        }
    }
    return true;
}

std::string list(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) {
        out += i + ';';
    }
    return out;
}

} // namespace

std::string_view ipMethodName(IpMethod method) {
    switch (method) {
    case IpMethod::Manual:
        return "manual";
    case IpMethod::Disabled:
        return "disabled";
    case IpMethod::LinkLocal:
        return "link-local";
    case IpMethod::Auto:
        break;
    }
    return "auto";
}

std::optional<IpMethod> ipMethodFromName(std::string_view name) {
    for (const auto m :
         {IpMethod::Auto, IpMethod::Manual, IpMethod::Disabled, IpMethod::LinkLocal}) {
        if (ipMethodName(m) == name) {
            return m;
        }
    }
    return std::nullopt;
}

bool isAddressKey(std::string_view key) {
    const std::string_view prefix = key.starts_with("addresses") ? "addresses" : "address";
    return key.starts_with(prefix) && key.size() > prefix.size() &&
           allDigits(key.substr(prefix.size()));
}

std::optional<std::vector<std::uint8_t>> parseIpAddress(std::string_view text, int version) {
    return version == 4 ? parseV4(text) : parseV6(text);
}

std::optional<Error> checkIpSettings(const IpSettings& ip, int version, const std::string& at) {
    const auto err = [&](const char* code, const std::string& where) {
        return Error(code).atPointer(at + where);
    };
    const bool takesStatic = ip.method == IpMethod::Auto || ip.method == IpMethod::Manual;
    if (!takesStatic && (!ip.addresses.empty() || !ip.gateway.empty() || !ip.dns.empty() ||
                         !ip.dnsSearch.empty())) {
        const char* field = !ip.addresses.empty() ? "/addresses"
                            : !ip.gateway.empty() ? "/gateway"
                            : !ip.dns.empty()     ? "/dns"
                                                  : "/dnsSearch";
        return err("ip.not_for_method", field).with("method", std::string(ipMethodName(ip.method)));
    }
    if (ip.method == IpMethod::Manual && ip.addresses.empty()) {
        return err("ip.addresses_missing", "/addresses");
    }
    const int maxPrefix = version == 4 ? 32 : 128;
    std::vector<std::pair<std::vector<std::uint8_t>, int>> subnets;
    for (std::size_t i = 0; i < ip.addresses.size(); ++i) {
        const std::string& a = ip.addresses[i];
        const std::string where = "/addresses/" + std::to_string(i);
        const auto slash = a.find('/');
        const auto bytes = parseIpAddress(std::string_view(a).substr(0, slash), version);
        if (!bytes) {
            return err("ip.bad_address", where).with("value", a);
        }
        const auto prefix = slash == std::string::npos
                                ? std::nullopt
                                : number(std::string_view(a).substr(slash + 1), maxPrefix);
        if (!prefix || *prefix < 1) {
            return err("ip.bad_prefix", where).with("value", a);
        }
        subnets.emplace_back(*bytes, *prefix);
    }
    if (!ip.gateway.empty()) {
        const auto gw = parseIpAddress(ip.gateway, version);
        if (!gw) {
            return err("ip.bad_gateway", "/gateway").with("value", ip.gateway);
        }
        // IPv6 routers are usually reached by their link-local address (fe80::/10).
        const bool linkLocal6 = version == 6 && (*gw)[0] == 0xFE && ((*gw)[1] & 0xC0U) == 0x80U;
        if (!linkLocal6 && std::none_of(subnets.begin(), subnets.end(), [&](const auto& s) {
                return sameSubnet(s.first, *gw, s.second);
            })) {
            return err("ip.gateway_outside", "/gateway").with("value", ip.gateway);
        }
    }
    for (std::size_t i = 0; i < ip.dns.size(); ++i) {
        if (!parseIpAddress(ip.dns[i], version)) {
            return err("ip.bad_dns", "/dns/" + std::to_string(i)).with("value", ip.dns[i]);
        }
    }
    for (std::size_t i = 0; i < ip.dnsSearch.size(); ++i) {
        const auto& d = ip.dnsSearch[i];
        if (!config::isHostOrAddress(d) || config::isIpAddress(d)) {
            return err("ip.bad_search", "/dnsSearch/" + std::to_string(i))
                .with("value", ip.dnsSearch[i]);
        }
    }
    if (ip.routeMetric && (*ip.routeMetric < 0 || *ip.routeMetric > 65535)) {
        return err("ip.bad_metric", "/routeMetric").with("value", std::to_string(*ip.routeMetric));
    }
    return std::nullopt;
}

void writeIpSettings(KeyFile& f, const IpSettings& ip, int version) {
    const std::string g = version == 4 ? "ipv4" : "ipv6";
    for (std::size_t i = 0; i < ip.addresses.size(); ++i) {
        const bool withGateway = i == 0 && !ip.gateway.empty();
        f.set(g, "address" + std::to_string(i + 1),
              withGateway ? ip.addresses[i] + ',' + ip.gateway : ip.addresses[i]);
    }
    if (ip.addresses.empty() && !ip.gateway.empty()) {
        f.set(g, "gateway", ip.gateway);
    }
    if (!ip.dns.empty()) {
        f.set(g, "dns", list(ip.dns));
    }
    if (!ip.dnsSearch.empty()) {
        f.set(g, "dns-search", list(ip.dnsSearch));
    }
    f.set(g, "method", std::string(ipMethodName(ip.method)));
    if (ip.routeMetric) {
        f.set(g, "route-metric", std::to_string(*ip.routeMetric));
    }
}

} // namespace imprint::provision
