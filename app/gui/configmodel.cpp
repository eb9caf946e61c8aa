#include "app/gui/configmodel.h"

#include "app/common/folders/userfolders.h"
#include "core/provision/connectionjson.h"
#include "core/provision/profilefield.h"
#include "core/provision/splashlogo.h"

#include <QFile>

#include <algorithm>

namespace imprint::gui {
namespace {

using config::Json;
using provision::Profile;
namespace keys = config::keys;

// Whether Profile carries this value in a field of its own (not in baseConfig).
bool typedValue(const std::string& pointer, const Json& value) {
    for (const auto& f : provision::profileFields()) {
        if (!f.configKey.empty() && pointer == f.configKey) {
            return f.text != nullptr ? value.is_string() : value.is_boolean();
        }
    }
    if (pointer == keys::sshKeys) {
        return value.is_array() &&
               std::all_of(value.begin(), value.end(), [](const Json& v) { return v.is_string(); });
    }
    if (pointer == keys::udevRules) {
        return value.is_object() &&
               std::all_of(value.begin(), value.end(), [](const Json& v) { return v.is_string(); });
    }
    return false;
}

// What of `after` differs from `before`, objects descended key by key; values Profile has
// fields for are left out.
void diffInto(const Json& before, const Json& after, const std::string& at, Json& patch) {
    for (auto it = after.begin(); it != after.end(); ++it) {
        const std::string pointer = at + "/" + config::pointerToken(it.key());
        if (typedValue(pointer, it.value())) {
            continue;
        }
        const auto old = before.is_object() ? before.find(it.key()) : before.end();
        const bool had = before.is_object() && old != before.end();
        if (had && *old == it.value()) {
            continue;
        }
        if (it.value().is_object()) {
            Json sub = Json::object();
            diffInto(had ? *old : Json::object(), it.value(), pointer, sub);
            if (!sub.empty() || !had) {
                patch[it.key()] = std::move(sub);
            }
        } else {
            patch[it.key()] = it.value();
        }
    }
}

// Leaves of `a` that `b` lacks or holds differently (what a profile could not remove).
void lostInto(const Json& a, const Json& b, const std::string& at, std::vector<std::string>& out) {
    if (a.is_object() && b.is_object()) {
        for (auto it = a.begin(); it != a.end(); ++it) {
            const std::string pointer = at + "/" + config::pointerToken(it.key());
            const auto other = b.find(it.key());
            if (other == b.end()) {
                out.push_back(pointer);
            } else {
                lostInto(it.value(), *other, pointer, out);
            }
        }
    } else if (a != b) {
        out.push_back(at.empty() ? "/" : at);
    }
}

std::vector<provision::WifiNetwork> balenaNetworks(const app::ImageInfo& image) {
    std::vector<provision::WifiNetwork> out;
    for (auto it = image.editableFiles.begin(); it != image.editableFiles.end(); ++it) {
        if (it.key().startsWith(QLatin1String("/system-connections/balena-wifi-"))) {
            if (auto n = provision::readWifiNetwork(it.value().toStdString())) {
                out.push_back(*n);
            }
        }
    }
    return out;
}

} // namespace

ConfigModel::ConfigModel(QObject* parent) : QObject(parent) { revalidate(); }

void ConfigModel::reset(const app::ImageInfo& image) {
    image_ = image;
    auto parsed = config::Config::parse(image.configText.toStdString());
    original_ = parsed ? *parsed : config::Config();
    config_ = original_;
    originalWifi_ = balenaNetworks(image);
    wifi_ = originalWifi_;
    connections_.clear();
    imported_.clear();
    proxy_.reset();
    logoFile_.clear();
    newLogo_.clear();
    textError_.reset();
    revalidate();
}

void ConfigModel::setConfig(config::Config config) {
    config_ = std::move(config);
    textError_.reset();
    revalidate();
}

void ConfigModel::setString(std::string_view pointer, const QString& value) {
    if (value.isEmpty()) {
        config_.unset(pointer);
    } else {
        (void)config_.set(pointer, value.toStdString());
    }
    revalidate();
}

void ConfigModel::setBool(std::string_view pointer, std::optional<bool> value) {
    if (value) {
        (void)config_.set(pointer, *value);
    } else {
        config_.unset(pointer);
    }
    revalidate();
}

void ConfigModel::setWifi(std::vector<provision::WifiNetwork> networks) {
    wifi_ = std::move(networks);
    revalidate();
}

void ConfigModel::setConnections(std::vector<provision::Connection> connections) {
    connections_ = std::move(connections);
    revalidate();
}

void ConfigModel::setImportedConnections(std::vector<provision::ImportedConnection> imported) {
    imported_ = std::move(imported);
    revalidate();
}

void ConfigModel::setProxy(std::optional<provision::Proxy> proxy) {
    proxy_ = std::move(proxy);
    revalidate();
}

void ConfigModel::setLogoFile(const QString& path) {
    logoFile_ = path;
    newLogo_.clear();
    if (!path.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            newLogo_ = file.read(16 << 20);
        }
    }
    revalidate();
}

void ConfigModel::setTextError(std::optional<Error> error) {
    textError_ = std::move(error);
    emit changed();
}

bool ConfigModel::hasErrors() const { return textError_ || config::hasErrors(issues_); }

Profile ConfigModel::profile() const {
    Profile p;
    const Json& before = original_.json();
    const Json& after = config_.json();
    diffInto(before, after, "", p.baseConfig);
    for (const auto& f : provision::profileFields()) {
        if (f.configKey.empty()) {
            continue;
        }
        if (f.text != nullptr) {
            const auto now = config_.string(f.configKey);
            if (now && now != original_.string(f.configKey)) {
                p.*f.text = now;
            }
        } else if (const auto now = config_.boolean(f.configKey);
                   now && (original_.find(f.configKey) == nullptr ||
                           now != original_.boolean(f.configKey))) {
            p.*f.flag = now;
        }
    }
    if (typedValue(std::string(keys::sshKeys),
                   config_.find(keys::sshKeys) ? *config_.find(keys::sshKeys) : Json())) {
        const auto had = original_.sshKeys();
        for (const auto& key : config_.sshKeys()) {
            if (std::find(had.begin(), had.end(), key) == had.end()) {
                p.sshKeys.push_back(key);
            }
        }
    }
    if (const Json* rules = config_.find(keys::udevRules);
        rules != nullptr && typedValue(std::string(keys::udevRules), *rules)) {
        const auto had = original_.udevRules();
        for (const auto& rule : config_.udevRules()) {
            if (std::find(had.begin(), had.end(), rule) == had.end()) {
                p.udevRules.push_back({rule.first, rule.second});
            }
        }
    }
    if (wifi_ != originalWifi_) {
        p.networks = wifi_;
        p.existingConnections = provision::ExistingConnections::Replace;
    }
    p.connections = connections_;
    p.importedConnections = imported_;
    p.proxy = proxy_;
    if (!logoFile_.isEmpty()) {
        p.logo = logoFile_.toStdString();
    }
    return p;
}

void ConfigModel::applyProfile(const Profile& profile) {
    config_ = profile.applyTo(original_);
    switch (profile.existingConnections) {
    case provision::ExistingConnections::Keep:
        wifi_ = originalWifi_;
        wifi_.insert(wifi_.end(), profile.networks.begin(), profile.networks.end());
        break;
    case provision::ExistingConnections::Replace:
    case provision::ExistingConnections::Remove:
        wifi_ = profile.networks;
        break;
    }
    connections_ = profile.connections;
    imported_ = profile.importedConnections;
    proxy_ = profile.proxy;
    textError_.reset();
    setLogoFile(profile.logo ? QString::fromStdString(*profile.logo) : QString());
}

Result<provision::Plan> ConfigModel::plan() const {
    if (!image_.planBase) {
        return Error("profile.not_an_image").with("path", image_.path.toStdString());
    }
    return image_.planBase->plan(profile(), app::defaultBackupDirectory());
}

void ConfigModel::revalidate() {
    config::ValidationContext context;
    context.wifiNetworks =
        static_cast<int>(wifi_.size()) + provision::wifiConnectionCount(connections_, imported_);
    issues_ = config::validateEdit(original_, config_, context);
    for (std::size_t i = 0; i < wifi_.size(); ++i) {
        if (auto problem = provision::checkWifiNetwork(wifi_[i])) {
            config::Issue issue;
            issue.error = std::move(*problem);
            issue.error.pointer = "/wifi/" + std::to_string(i);
            issues_.push_back(std::move(issue));
        }
    }
    provision::checkConnections(connections_, proxy_, issues_);
    for (std::size_t i = 0; i < imported_.size(); ++i) {
        if (auto problem = provision::checkImportedConnection(imported_[i])) {
            problem->pointer = "/importedConnections/" + std::to_string(i) + "/keyfile";
            issues_.push_back({config::Severity::Error, std::move(*problem), false});
        }
    }
    if (!logoFile_.isEmpty()) {
        const auto* bytes = reinterpret_cast<const std::uint8_t*>(newLogo_.constData());
        auto png = provision::checkPng({bytes, static_cast<std::size_t>(newLogo_.size())});
        if (!png) {
            config::Issue issue;
            issue.error = std::move(png).takeError();
            issue.error.with("path", logoFile_.toStdString());
            issue.error.pointer = "/logo";
            issues_.push_back(std::move(issue));
        }
    }
    // A profile only adds and changes keys: what the editor removed stays on the card.
    std::vector<std::string> lost;
    lostInto(profile().applyTo(original_).json(), config_.json(), "", lost);
    for (const auto& pointer : lost) {
        config::Issue issue;
        issue.severity = config::Severity::Warning;
        issue.error = Error("profile.cannot_remove").with("key", pointer).atPointer(pointer);
        issues_.push_back(std::move(issue));
    }
    // Errors first, as validate() orders them.
    std::stable_partition(issues_.begin(), issues_.end(), [](const config::Issue& i) {
        return i.severity == config::Severity::Error;
    });
    emit changed();
}

} // namespace imprint::gui
