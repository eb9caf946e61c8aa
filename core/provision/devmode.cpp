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
