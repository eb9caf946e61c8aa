// ProfileField: a setting of a Profile that a form, a command-line option or a batch manifest
// column gives as one text value (hostname, country, development mode, ...), and the one place
// that turns such text into the setting, checked, with errors at the setting's JSON pointer.
#pragma once

#include "core/common/result.h"
#include "core/config/config.h"
#include "core/provision/profile.h"

#include <span>
#include <string>
#include <string_view>

namespace imprint::provision {

struct ProfileField {
    std::string_view pointer;   // in the saved profile: "/hostname", "/connectivity/uri"
    std::string_view configKey; // where config.json keeps it (config::keys); empty: nowhere
    std::optional<std::string> Profile::*text = nullptr; // a text setting, or
    std::optional<bool> Profile::*flag = nullptr;        // a yes/no one
};

namespace fields {
inline constexpr ProfileField hostname{"/hostname", config::keys::hostname, &Profile::hostname};
inline constexpr ProfileField country{"/country", config::keys::country, &Profile::country};
inline constexpr ProfileField ntpServers{"/ntpServers", config::keys::ntpServers,
                                         &Profile::ntpServers};
inline constexpr ProfileField dnsServers{"/dnsServers", config::keys::dnsServers,
                                         &Profile::dnsServers};
inline constexpr ProfileField connectivityUri{"/connectivity/uri", config::keys::connectivityUri,
                                              &Profile::connectivityUri};
inline constexpr ProfileField connectivityInterval{
    "/connectivity/interval", config::keys::connectivityInterval, &Profile::connectivityInterval};
inline constexpr ProfileField connectivityResponse{
    "/connectivity/response", config::keys::connectivityResponse, &Profile::connectivityResponse};
inline constexpr ProfileField logo{"/logo", {}, &Profile::logo};
inline constexpr ProfileField developmentMode{"/developmentMode", config::keys::developmentMode,
                                              nullptr, &Profile::developmentMode};
inline constexpr ProfileField persistentLogging{
    "/persistentLogging", config::keys::persistentLogging, nullptr, &Profile::persistentLogging};
inline constexpr ProfileField randomMacAddressScan{"/randomMacAddressScan",
                                                   config::keys::randomMacAddressScan, nullptr,
                                                   &Profile::randomMacAddressScan};
} // namespace fields

// Every field above, the text ones first.
std::span<const ProfileField> profileFields();

// Sets `field` from `text`: a text setting takes it as it is, a yes/no one "true" or "false".
// Errors: profile.bad_value {key, allowed, value} at the field's pointer.
Result<void> setField(Profile& profile, const ProfileField& field, std::string_view text);

// Adds the public keys in `text`, one a line: lines trimmed, blank ones and # comments skipped.
void addSshKeys(Profile& profile, std::string_view text);

// Sets the base config.json's value at `pointer` ("/os/fan/profile") from `text`: JSON when it
// reads as JSON (numbers, true, null, objects, "quoted"), the text itself otherwise.
// Errors: config.not_an_object {key} at /baseConfig<pointer> when a value on the way is not an
// object that can hold it.
Result<void> setConfigValue(Profile& profile, const std::string& pointer, std::string_view text);

} // namespace imprint::provision
