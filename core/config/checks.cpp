#include "core/config/checks.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace imprint::config {
namespace {

bool isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

} // namespace

std::optional<Error> checkHostname(std::string_view name) {
    if (name.empty()) {
        return Error("hostname.empty");
    }
    if (name.size() > 63) {
        return Error("hostname.too_long").with("length", std::to_string(name.size()));
    }
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (!isAlnum(name[i]) && name[i] != '-') {
            return Error("hostname.bad_character")
                .with("character", std::string(1, name[i]))
                .with("position", std::to_string(i + 1));
        }
    }
    if (name.front() == '-' || name.back() == '-') {
        return Error("hostname.hyphen_at_end");
    }
    return std::nullopt;
}

// ISO 3166-1 alpha-2, the assigned codes (249), as in Debian's iso-codes.
const std::vector<std::string_view>& countryCodes() {
    static const std::vector<std::string_view> codes = {
        "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX",
        "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ",
        "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK",
        "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM",
        "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR",
        "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS",
        "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN",
        "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN",
        "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV",
        "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ",
        "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI",
        "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM",
        "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC",
        "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV",
        "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR",
        "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
        "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
    };
    return codes;
}

bool isCountryCode(std::string_view code) {
    const auto& codes = countryCodes();
    return std::binary_search(codes.begin(), codes.end(), code);
}

bool isIPv4(std::string_view text) {
    int parts = 0;
    std::size_t i = 0;
    while (true) {
        std::size_t digits = 0;
        unsigned value = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            value = value * 10 + static_cast<unsigned>(text[i] - '0');
            ++digits;
            ++i;
            if (digits > 3) {
                return false;
            }
        }
        // No leading zeros: "010" reads as octal to some resolvers.
        if (digits == 0 || value > 255 || (digits > 1 && text[i - digits] == '0')) {
            return false;
        }
        ++parts;
        if (i == text.size()) {
            return parts == 4;
        }
        if (text[i] != '.' || parts == 4) {
            return false;
        }
        ++i;
    }
}

bool isIPv6(std::string_view text) {
    if (text.size() < 2 || text.size() > 45) {
        return false;
    }
    int groups = 0;
    bool compressed = false;
    std::size_t i = 0;
    if (text.substr(0, 2) == "::") {
        compressed = true;
        i = 2;
        if (i == text.size()) {
            return true;
        }
    } else if (text[0] == ':') {
        return false;
    }
    while (i < text.size()) {
        // A trailing dotted IPv4 part counts as two groups.
        const auto rest = text.substr(i);
        if (rest.find('.') != std::string_view::npos && rest.find(':') == std::string_view::npos) {
            if (!isIPv4(rest)) {
                return false;
            }
            groups += 2;
            i = text.size();
            break;
        }
        std::size_t digits = 0;
        while (i < text.size() && std::isxdigit(static_cast<unsigned char>(text[i])) != 0) {
            ++digits;
            ++i;
        }
        if (digits == 0 || digits > 4) {
            return false;
        }
        ++groups;
        if (i == text.size()) {
            break;
        }
        if (text[i] != ':') {
            return false;
        }
        ++i;
        if (i < text.size() && text[i] == ':') {
            if (compressed) {
                return false;
            }
            compressed = true;
            ++i;
            if (i == text.size()) {
                break;
            }
        } else if (i == text.size()) {
            return false;
        }
    }
    return compressed ? groups < 8 : groups == 8;
}

bool isIpAddress(std::string_view text) { return isIPv4(text) || isIPv6(text); }

bool isHostOrAddress(std::string_view text) {
    if (isIpAddress(text)) {
        return true;
    }
    std::string_view name = text;
    if (!name.empty() && name.back() == '.') {
        name.remove_suffix(1);
    }
    if (name.empty() || name.size() > 253) {
        return false;
    }
    bool allDigitsAndDots = true;
    std::size_t start = 0;
    while (true) {
        const auto dot = name.find('.', start);
        const auto label = name.substr(start, dot == std::string_view::npos ? dot : dot - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
            return false;
        }
        for (const char c : label) {
            if (!isAlnum(c) && c != '-') {
                return false;
            }
            if (!(c >= '0' && c <= '9')) {
                allDigitsAndDots = false;
            }
        }
        if (dot == std::string_view::npos) {
            break;
        }
        start = dot + 1;
    }
    // "300.1.1.1" is neither a valid address nor a sensible name.
    return !allDigitsAndDots;
}

std::vector<std::string> splitSpaces(std::string_view text) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text[i])) {
            ++i;
        }
        const std::size_t start = i;
        while (i < text.size() && !isSpace(text[i])) {
            ++i;
        }
        if (i > start) {
            out.emplace_back(text.substr(start, i - start));
        }
    }
    return out;
}

std::optional<Error> checkHttpUrl(std::string_view url) {
    const auto schemeEnd = url.find("://");
    std::string scheme(url.substr(0, schemeEnd == std::string_view::npos ? 0 : schemeEnd));
    std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    if (scheme != "http" && scheme != "https") {
        return Error("url.bad_scheme").with("value", std::string(url));
    }
    for (const char c : url) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) {
            return Error("url.bad_character").with("value", std::string(url));
        }
    }
    const auto rest = url.substr(schemeEnd + 3);
    auto authority = rest.substr(0, rest.find_first_of("/?#"));
    const auto at = authority.rfind('@');
    if (at != std::string_view::npos) {
        authority.remove_prefix(at + 1);
    }
    std::string_view host = authority;
    if (!host.empty() && host.front() == '[') {
        const auto close = host.find(']');
        if (close == std::string_view::npos || !isIPv6(host.substr(1, close - 1))) {
            return Error("url.no_host").with("value", std::string(url));
        }
        host = host.substr(1, close - 1);
    } else {
        const auto colon = host.find(':');
        if (colon != std::string_view::npos) {
            const auto port = host.substr(colon + 1);
            if (port.empty() || port.size() > 5 ||
                !std::all_of(port.begin(), port.end(),
                             [](char c) { return c >= '0' && c <= '9'; })) {
                return Error("url.no_host").with("value", std::string(url));
            }
            host = host.substr(0, colon);
        }
        if (!isHostOrAddress(host)) {
            return Error("url.no_host").with("value", std::string(url));
        }
    }
    return std::nullopt;
}

} // namespace imprint::config
