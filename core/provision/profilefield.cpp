#include "core/provision/profilefield.h"

#include "core/config/config.h"

#include <array>

namespace imprint::provision {
namespace {

constexpr std::array kFields{
    fields::hostname,
    fields::country,
    fields::ntpServers,
    fields::dnsServers,
    fields::connectivityUri,
    fields::connectivityInterval,
    fields::connectivityResponse,
    fields::logo,
    fields::developmentMode,
    fields::persistentLogging,
    fields::randomMacAddressScan,
};

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && isBlank(s.front())) {
        s.remove_prefix(1);
    }
    while (!s.empty() && isBlank(s.back())) {
        s.remove_suffix(1);
    }
    return s;
}

} // namespace

std::span<const ProfileField> profileFields() { return kFields; }

Result<void> setField(Profile& profile, const ProfileField& field, std::string_view text) {
    if (field.text != nullptr) {
        profile.*field.text = std::string(text);
        return {};
    }
    if (text != "true" && text != "false") {
        return Error("profile.bad_value")
            .with("key", std::string(field.pointer))
            .with("allowed", "true, false")
            .with("value", std::string(text))
            .atPointer(std::string(field.pointer));
    }
    profile.*field.flag = text == "true";
    return {};
}

void addSshKeys(Profile& profile, std::string_view text) {
    while (!text.empty()) {
        const auto end = text.find('\n');
        const std::string_view line = trimmed(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (!line.empty() && line.front() != '#') {
            profile.sshKeys.emplace_back(line);
        }
    }
}

Result<void> setConfigValue(Profile& profile, const std::string& pointer, std::string_view text) {
    auto parsed = config::Json::parse(text, nullptr, false);
    // Config::set makes objects on the way and changes an array only at an index it has (or the
    // one after its end): a json_pointer would make "/a/4444444444" an array grown to that size.
    config::Config base(profile.baseConfig);
    if (!base.set(pointer,
                  parsed.is_discarded() ? config::Json(std::string(text)) : std::move(parsed))) {
        return Error("config.not_an_object")
            .with("key", pointer)
            .atPointer("/baseConfig" + pointer);
    }
    profile.baseConfig = base.json();
    return {};
}

} // namespace imprint::provision
