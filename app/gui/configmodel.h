// ConfigModel: what the Configure step edits: the image's config.json as a core Config, the
// WiFi networks and the new logo; validated by core/config on every change, and turned into
// the boot-file changes the Plan view lists and the Write step writes.
#pragma once

#include "app/common/session/bootchanges.h"
#include "app/common/session/imageinfo.h"
#include "core/config/config.h"
#include "core/config/validate.h"
#include "core/provision/wifi.h"

#include <QJsonObject>
#include <QObject>

namespace imprint::gui {

class ConfigModel : public QObject {
    Q_OBJECT
public:
    explicit ConfigModel(QObject* parent = nullptr);

    // Starts over from an image's files (config.json, WiFi files, logo).
    void reset(const app::ImageInfo& image);
    [[nodiscard]] const app::ImageInfo& image() const { return image_; }

    [[nodiscard]] const config::Config& config() const { return config_; }
    void setConfig(config::Config config);
    // Sets (or, for an empty string / nullopt, removes) one key.
    void setString(std::string_view pointer, const QString& value);
    void setBool(std::string_view pointer, std::optional<bool> value);

    [[nodiscard]] const std::vector<provision::WifiNetwork>& wifi() const { return wifi_; }
    void setWifi(std::vector<provision::WifiNetwork> networks);

    [[nodiscard]] const QByteArray& newLogo() const { return newLogo_; }
    void setNewLogo(const QByteArray& png);

    // Every problem, errors first; WiFi problems carry pointer "/wifi/<index>".
    [[nodiscard]] const std::vector<config::Issue>& issues() const { return issues_; }
    [[nodiscard]] bool hasErrors() const;
    // Where a JSON text edit failed to parse (shown in the Advanced editor).
    void setTextError(std::optional<Error> error);
    [[nodiscard]] const std::optional<Error>& textError() const { return textError_; }

    [[nodiscard]] QList<app::BootFileChange> changes() const;

    [[nodiscard]] QJsonObject toProfile() const;
    void applyProfile(const QJsonObject& profile);

signals:
    void changed();

private:
    void revalidate();
    app::ImageInfo image_;
    config::Config original_;
    config::Config config_;
    std::vector<provision::WifiNetwork> wifi_;
    std::vector<std::string> originalWifiFiles_;
    QByteArray newLogo_;
    std::vector<config::Issue> issues_;
    std::optional<Error> textError_;
};

} // namespace imprint::gui
