#include "flasher/facts/bootfacts.h"

#include "core/config/json.h"
#include "core/disk/osrelease.h"
#include "core/provision/wifi.h"

#include <algorithm>
#include <cctype>

namespace imprint::flasher {
namespace {

const char* const kBootFiles[] = {
    "config.json",        "device-type.json",     "os-release",           "image-version-info",
    "balena-image",       "balena-image-flasher", "balenaos.fingerprint", "splash",
    "system-connections", "system-proxy",         "extra_uEnv.txt"};

std::optional<std::string> readText(disk::BootPartition& boot, std::string_view path) {
    auto bytes = boot.readFile(path);
    if (!bytes) {
        return std::nullopt;
    }
    return std::string(bytes->begin(), bytes->end());
}

bool containsDev(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text.find("dev") != std::string::npos;
}

ConfigSummary summarizeConfig(const std::optional<std::string>& text) {
    ConfigSummary summary;
    summary.present = text.has_value();
    if (!text) {
        return summary;
    }
    auto doc = config::parseJson(*text);
    if (!doc || !doc->is_object()) {
        return summary;
    }
    summary.valid = true;
    for (const auto& [key, value] : doc->items()) {
        summary.keys.push_back(key);
    }
    if (auto it = doc->find("hostname"); it != doc->end() && it->is_string()) {
        summary.hostname = it->get<std::string>();
    }
    if (auto it = doc->find("developmentMode"); it != doc->end() && it->is_boolean()) {
        summary.developmentMode = it->get<bool>();
    }
    if (auto os = doc->find("os"); os != doc->end() && os->is_object()) {
        if (auto keys = os->find("sshKeys"); keys != os->end() && keys->is_array()) {
            summary.sshKeys = keys->size();
        }
    }
    return summary;
}

void readDeviceType(disk::BootPartition& boot, BootFacts& facts) {
    const auto text = readText(boot, "/device-type.json");
    if (!text) {
        return;
    }
    const auto doc = nlohmann::json::parse(*text, nullptr, false);
    if (!doc.is_object()) {
        return;
    }
    if (auto it = doc.find("slug"); it != doc.end() && it->is_string()) {
        facts.deviceType = it->get<std::string>();
    }
    if (auto it = doc.find("name"); it != doc.end() && it->is_string()) {
        facts.deviceName = it->get<std::string>();
    }
}

void readOsRelease(disk::BootPartition& boot, BootFacts& facts) {
    if (const auto text = readText(boot, "/os-release")) {
        facts.osRelease = disk::parseOsRelease(*text);
    }
    for (const char* key : {"VERSION_ID", "META_BALENA_VERSION", "VERSION"}) {
        if (auto it = facts.osRelease.find(key); it != facts.osRelease.end()) {
            facts.osVersion = it->second;
            break;
        }
    }
}

} // namespace

BootFacts readBootFacts(disk::BootPartition& boot) {
    BootFacts facts;
    const auto& where = boot.location();
    facts.partition = where.number;
    facts.reason = where.reason;
    facts.guess = where.isGuess();
    facts.label = where.label;
    for (const char* name : kBootFiles) {
        auto st = boot.stat(std::string("/") + name);
        if (st && *st) {
            facts.files.push_back(std::string(name) + ((*st)->directory ? "/" : ""));
        }
    }
    readOsRelease(boot, facts);
    readDeviceType(boot, facts);
    facts.config = summarizeConfig(readText(boot, "/config.json"));
    // Old development builds say so in os-release; newer ones in config.json.
    std::string variant;
    for (const char* key : {"VARIANT_ID", "VARIANT"}) {
        if (auto it = facts.osRelease.find(key); it != facts.osRelease.end()) {
            variant += it->second;
        }
    }
    facts.development = containsDev(variant) || facts.config.developmentMode.value_or(false);
    if (auto entries = boot.list("/system-connections")) {
        for (const auto& e : *entries) {
            if (!e.directory && !provision::networkManagerSkips(e.name)) {
                facts.networkFiles.push_back(e.name);
            }
        }
    }
    if (auto connections = provision::listConnections(boot)) {
        for (auto& c : *connections) {
            if (!c.ignoredByNetworkManager) {
                facts.connections.push_back(std::move(c));
            }
        }
    }
    return facts;
}

} // namespace imprint::flasher
