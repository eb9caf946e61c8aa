// The value checks config.json's keys need beyond their JSON type: host names, country codes,
// IP addresses, URLs. Each returns the problem as an Error (no pointer; the caller adds it).
#pragma once

#include "core/common/error.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace imprint::config {

// An RFC 1123 label (1-63 of [A-Za-z0-9-], no hyphen at either end): hostname.empty,
// hostname.too_long {length}, hostname.bad_character {character, position},
// hostname.hyphen_at_end.
std::optional<Error> checkHostname(std::string_view name);

// Whether the code is an assigned ISO 3166-1 alpha-2 code (upper case).
bool isCountryCode(std::string_view code);
// All 249 assigned codes, sorted.
const std::vector<std::string_view>& countryCodes();

bool isIPv4(std::string_view text);
bool isIPv6(std::string_view text);
bool isIpAddress(std::string_view text);
// A DNS name (labels of [A-Za-z0-9-] separated by dots, at most 253 characters) or an IP.
bool isHostOrAddress(std::string_view text);

// Splits on ASCII whitespace, dropping empty parts.
std::vector<std::string> splitSpaces(std::string_view text);

// An absolute http or https URL with a host: url.bad_scheme {value}, url.no_host {value},
// url.bad_character {value}.
std::optional<Error> checkHttpUrl(std::string_view url);

} // namespace imprint::config
