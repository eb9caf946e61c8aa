// Config: the config.json document of a balenaOS boot partition. Typed access to the keys the
// tool edits, edits that keep every other key (and the key order) as they were, and text out.
#pragma once

#include "core/common/result.h"
#include "core/config/json.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace imprint::config {

// The JSON pointers of the keys the tool edits (and of a few it reads).
namespace keys {
inline constexpr std::string_view hostname = "/hostname";
inline constexpr std::string_view persistentLogging = "/persistentLogging";
inline constexpr std::string_view country = "/country";
inline constexpr std::string_view ntpServers = "/ntpServers";
inline constexpr std::string_view dnsServers = "/dnsServers";
inline constexpr std::string_view developmentMode = "/developmentMode";
inline constexpr std::string_view randomMacAddressScan = "/os/network/wifi/randomMacAddressScan";
inline constexpr std::string_view connectivityUri = "/os/network/connectivity/uri";
inline constexpr std::string_view connectivityInterval = "/os/network/connectivity/interval";
inline constexpr std::string_view connectivityResponse = "/os/network/connectivity/response";
inline constexpr std::string_view udevRules = "/os/udevRules";
inline constexpr std::string_view sshKeys = "/os/sshKeys";
inline constexpr std::string_view deviceType = "/deviceType";
inline constexpr std::string_view apiKey = "/apiKey";
inline constexpr std::string_view applicationId = "/applicationId";
} // namespace keys

class Config {
public:
    Config() : json_(Json::object()) {}
    explicit Config(Json document) : json_(std::move(document)) {}

    // Parses config.json text (see parseJson); the top level must be an object
    // (config.not_an_object otherwise).
    static Result<Config> parse(std::string_view text);

    [[nodiscard]] std::string toText() const { return config::toText(json_); }
    [[nodiscard]] const Json& json() const { return json_; }

    // The value at a JSON pointer, or nullptr.
    [[nodiscard]] const Json* find(std::string_view pointer) const;
    // Sets the value at a JSON pointer, creating the objects on the way. config.not_an_object
    // {key} when a parent exists and is not an object; config.bad_key for the root.
    Result<void> set(std::string_view pointer, Json value);
    // Removes the key; false when it was not there. Emptied parents are kept.
    bool unset(std::string_view pointer);
    // Deep merge: objects merge key by key (existing keys keep their place, new ones are
    // appended), everything else in `patch` replaces what was there.
    void merge(const Json& patch);

    // Typed access. An absent key, or one of the wrong JSON type, reads as nullopt
    // (validate() reports the wrong type).
    [[nodiscard]] std::optional<std::string> string(std::string_view pointer) const;
    [[nodiscard]] std::optional<bool> boolean(std::string_view pointer) const;

    [[nodiscard]] std::optional<std::string> hostname() const { return string(keys::hostname); }
    void setHostname(const std::string& v) { (void)set(keys::hostname, v); }
    [[nodiscard]] std::optional<bool> persistentLogging() const {
        return boolean(keys::persistentLogging);
    }
    void setPersistentLogging(bool v) { (void)set(keys::persistentLogging, v); }
    [[nodiscard]] std::optional<std::string> country() const { return string(keys::country); }
    void setCountry(const std::string& v) { (void)set(keys::country, v); }
    [[nodiscard]] std::optional<std::string> ntpServers() const { return string(keys::ntpServers); }
    void setNtpServers(const std::string& v) { (void)set(keys::ntpServers, v); }
    [[nodiscard]] std::optional<std::string> dnsServers() const { return string(keys::dnsServers); }
    void setDnsServers(const std::string& v) { (void)set(keys::dnsServers, v); }
    [[nodiscard]] std::optional<bool> developmentMode() const {
        return boolean(keys::developmentMode);
    }
    void setDevelopmentMode(bool v) { (void)set(keys::developmentMode, v); }
    [[nodiscard]] std::optional<bool> randomMacAddressScan() const {
        return boolean(keys::randomMacAddressScan);
    }
    void setRandomMacAddressScan(bool v) { (void)set(keys::randomMacAddressScan, v); }
    [[nodiscard]] std::optional<std::string> connectivityUri() const {
        return string(keys::connectivityUri);
    }
    void setConnectivityUri(const std::string& v) { (void)set(keys::connectivityUri, v); }
    [[nodiscard]] std::optional<std::string> connectivityInterval() const {
        return string(keys::connectivityInterval);
    }
    void setConnectivityInterval(const std::string& v) { (void)set(keys::connectivityInterval, v); }
    [[nodiscard]] std::optional<std::string> connectivityResponse() const {
        return string(keys::connectivityResponse);
    }
    void setConnectivityResponse(const std::string& v) { (void)set(keys::connectivityResponse, v); }
    // The string entries of os.sshKeys, in order.
    [[nodiscard]] std::vector<std::string> sshKeys() const;
    void setSshKeys(const std::vector<std::string>& lines);
    // os.udevRules as (name, text) pairs, in order; non-string entries are skipped.
    [[nodiscard]] std::vector<std::pair<std::string, std::string>> udevRules() const;
    void setUdevRule(const std::string& name, const std::string& text);
    bool removeUdevRule(const std::string& name);

    // A fleet config joins the cloud on boot (it has apiKey or applicationId).
    [[nodiscard]] bool isFleetConfig() const;

    friend bool operator==(const Config&, const Config&) = default;

private:
    Json json_;
};

// True for the keys whose values are secrets (apiKey, deviceApiKey, deviceApiKeys/...).
bool isSecretPointer(std::string_view pointer);
// A copy with every secret value replaced by "********" (for anything printed).
Json maskSecrets(const Json& document);

} // namespace imprint::config
