#include "core/provision/devmode.h"

#include <algorithm>
#include <cctype>

namespace imprint::provision {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    return s;
}

} // namespace

std::map<std::string, std::string> parseOsRelease(std::string_view text) {
    std::map<std::string, std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())) != 0) {
            line.remove_suffix(1);
        }
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front())) != 0) {
            line.remove_prefix(1);
        }
        const auto eq = line.find('=');
        if (line.empty() || line.front() == '#' || eq == std::string_view::npos || eq == 0) {
            continue;
        }
        std::string value(line.substr(eq + 1));
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
            value.back() == value.front()) {
            value = value.substr(1, value.size() - 2);
        }
        out[std::string(line.substr(0, eq))] = value;
    }
    return out;
}

std::vector<Error> developmentModeNotices(bool enable,
                                          const std::map<std::string, std::string>& osRelease,
                                          bool hasSshKeys) {
    std::vector<Error> notes;
    const auto variant = osRelease.find("VARIANT");
    const auto variantId = osRelease.find("VARIANT_ID");
    const std::string v = variant != osRelease.end() ? variant->second : std::string();
    const std::string id = variantId != osRelease.end() ? lower(variantId->second) : std::string();
    const bool legacyDev = lower(v) == "development" || id == "dev";
    const bool legacyProd = lower(v) == "production" || id == "prod";
    if (enable) {
        notes.push_back(Error("devmode.opens"));
        if (hasSshKeys) {
            notes.push_back(Error("devmode.keys_only"));
        }
        if (legacyProd) {
            notes.push_back(Error("devmode.legacy_production").with("variant", v.empty() ? id : v));
        }
    } else {
        notes.push_back(Error("devmode.closes"));
        if (legacyDev) {
            notes.push_back(
                Error("devmode.legacy_development").with("variant", v.empty() ? id : v));
        }
    }
    return notes;
}

} // namespace imprint::provision
