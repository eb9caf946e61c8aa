// IpSettings: how one connection gets its IPv4 or IPv6 configuration (NetworkManager's [ipv4] and
// [ipv6] groups): the method, static addresses with prefixes, gateway, DNS, route metric.
#pragma once

#include "core/common/result.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace imprint::provision {

class KeyFile;

enum class IpMethod { Auto, Manual, Disabled, LinkLocal };

struct IpSettings {
    IpMethod method = IpMethod::Auto;
    std::vector<std::string> addresses; // "192.168.1.50/24", "fd00::5/64"; Manual needs one
    std::string gateway;                // inside one of the addresses' subnets
    std::vector<std::string> dns;
    std::vector<std::string> dnsSearch; // search domains
    std::optional<int> routeMetric;     // 0..4294967295 in NM; we take 0..65535

    friend bool operator==(const IpSettings&, const IpSettings&) = default;
};

// "auto", "manual", "disabled", "link-local" (NetworkManager's words) and back.
std::string_view ipMethodName(IpMethod method);
std::optional<IpMethod> ipMethodFromName(std::string_view name);

// An address as bytes (4 for IPv4, 16 for IPv6); nothing when it is not one of `version`.
std::optional<std::vector<std::uint8_t>> parseIpAddress(std::string_view text, int version);

// A key of an [ipv4]/[ipv6] group holding an address: address1, address2..., or addresses1...
bool isAddressKey(std::string_view key);

// Problems of `ip` (version 4 or 6), with the JSON pointer under `at` ("/ipv4/addresses/1"):
// ip.addresses_missing, ip.not_for_method {method} (addresses, gateway or DNS where the method
// takes none), ip.bad_address {value}, ip.bad_prefix {value}, ip.bad_gateway {value},
// ip.gateway_outside {value}, ip.bad_dns {value}, ip.bad_search {value}, ip.bad_metric {value}.
std::optional<Error> checkIpSettings(const IpSettings& ip, int version, const std::string& at);

// Sets the [ipv4] or [ipv6] group as nmcli writes it (address1=a/p,gateway, lists ending in ';').
void writeIpSettings(KeyFile& file, const IpSettings& ip, int version);

} // namespace imprint::provision
