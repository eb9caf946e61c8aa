#include "app/gui/configmodel.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace imprint::gui {

ConfigModel::ConfigModel(QObject* parent) : QObject(parent) { revalidate(); }

void ConfigModel::reset(const app::ImageInfo& image) {
    image_ = image;
    auto parsed = config::Config::parse(image.configText.toStdString());
    original_ = parsed ? *parsed : config::Config();
    config_ = original_;
    wifi_.clear();
    originalWifiFiles_.clear();
    for (const QByteArray& text : image.wifiKeyfiles) {
        if (auto network = provision::readWifiNetwork(text.toStdString())) {
            wifi_.push_back(*network);
        }
    }
    for (const QString& name : image.connectionFiles) {
        if (name.startsWith(QLatin1String("balena-wifi-"))) {
            originalWifiFiles_.push_back(name.toStdString());
        }
    }
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

void ConfigModel::setNewLogo(const QByteArray& png) {
    newLogo_ = png;
    revalidate();
}

void ConfigModel::setTextError(std::optional<Error> error) {
    textError_ = std::move(error);
    emit changed();
}

bool ConfigModel::hasErrors() const { return textError_ || config::hasErrors(issues_); }

void ConfigModel::revalidate() {
    config::ValidationContext context;
    context.wifiNetworks = static_cast<int>(wifi_.size());
    issues_ = config::validateEdit(original_, config_, context);
    issues_.reserve(issues_.size() + wifi_.size());
    for (std::size_t i = 0; i < wifi_.size(); ++i) {
        if (auto problem = provision::checkWifiNetwork(wifi_[i])) {
            config::Issue issue;
            issue.error = std::move(*problem);
            issue.error.pointer = "/wifi/" + std::to_string(i);
            issues_.push_back(std::move(issue));
        }
    }
    // Errors first, as validate() orders them.
    std::stable_partition(issues_.begin(), issues_.end(), [](const config::Issue& i) {
        return i.severity == config::Severity::Error;
    });
    emit changed();
}

QList<app::BootFileChange> ConfigModel::changes() const {
    QList<app::BootFileChange> out;
    if (!(config_ == original_) || !image_.editableFiles.contains(QStringLiteral("/config.json"))) {
        out << app::BootFileChange{QStringLiteral("/config.json"),
                                   QByteArray::fromStdString(config_.toText())};
    }
    for (std::size_t i = 0; i < wifi_.size(); ++i) {
        const std::string name = provision::wifiFileName(static_cast<int>(i) + 1);
        out << app::BootFileChange{
            QStringLiteral("/system-connections/") + QString::fromStdString(name),
            QByteArray::fromStdString(provision::wifiKeyfile(wifi_[i], name))};
    }
    for (const auto& name : originalWifiFiles_) {
        bool kept = false;
        for (std::size_t i = 0; i < wifi_.size(); ++i) {
            kept = kept || provision::wifiFileName(static_cast<int>(i) + 1) == name;
        }
        if (!kept) {
            out << app::BootFileChange{QStringLiteral("/system-connections/") +
                                           QString::fromStdString(name),
                                       std::nullopt};
        }
    }
    if (!newLogo_.isEmpty()) {
        out << app::BootFileChange{app::logoFileName(image_), newLogo_};
    }
    return out;
}

QJsonObject ConfigModel::toProfile() const {
    QJsonObject profile;
    // The keys this profile sets: the edited document minus what identifies one image.
    auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(config_.json().dump())).object();
    doc.remove(QStringLiteral("deviceType"));
    profile.insert(QStringLiteral("config"), doc);
    QJsonArray wifi;
    for (const auto& n : wifi_) {
        wifi.append(
            QJsonObject{{QStringLiteral("ssid"), QString::fromStdString(n.ssid)},
                        {QStringLiteral("passphrase"), QString::fromStdString(n.passphrase)},
                        {QStringLiteral("hidden"), n.hidden}});
    }
    profile.insert(QStringLiteral("wifi"), wifi);
    if (!newLogo_.isEmpty()) {
        profile.insert(QStringLiteral("logo"), QString::fromLatin1(newLogo_.toBase64()));
    }
    return profile;
}

void ConfigModel::applyProfile(const QJsonObject& profile) {
    config::Config next = original_;
    const QByteArray patch = QJsonDocument(profile.value(QStringLiteral("config")).toObject())
                                 .toJson(QJsonDocument::Compact);
    if (auto parsed = config::parseJson(patch.toStdString())) {
        next.merge(*parsed);
    }
    config_ = next;
    wifi_.clear();
    for (const auto& v : profile.value(QStringLiteral("wifi")).toArray()) {
        const auto o = v.toObject();
        provision::WifiNetwork n;
        n.ssid = o.value(QStringLiteral("ssid")).toString().toStdString();
        n.passphrase = o.value(QStringLiteral("passphrase")).toString().toStdString();
        n.hidden = o.value(QStringLiteral("hidden")).toBool();
        wifi_.push_back(n);
    }
    newLogo_ = QByteArray::fromBase64(profile.value(QStringLiteral("logo")).toString().toLatin1());
    textError_.reset();
    revalidate();
}

} // namespace imprint::gui
