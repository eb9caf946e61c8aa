// ConfigModel: what the Configure step edits, as core/provision sees it: the image's
// config.json with the forms' edits (validated by core/config on every change), the WiFi
// networks, the other connections (typed and imported), the proxy and the new logo, turned into one
// provision::Profile whose Plan the Plan view shows, "Configure only" applies and the Write step
// writes.
#pragma once

#include "app/common/image/imageinfo.h"
#include "core/config/config.h"
#include "core/config/validate.h"
#include "core/provision/plan.h"
#include "core/provision/profile.h"
#include "core/provision/wifi.h"

#include <QObject>

// Nested blocks, not "namespace imprint::gui": lupdate files tr() under the class's full name
// ("imprint::gui::WritePage", what tr() asks for) only when it can read the namespace.
namespace imprint {
namespace gui {

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

    // Connections beyond the simple WiFi list, keyfiles a person imported, the proxy.
    [[nodiscard]] const std::vector<provision::Connection>& connections() const {
        return connections_;
    }
    void setConnections(std::vector<provision::Connection> connections);
    [[nodiscard]] const std::vector<provision::ImportedConnection>& importedConnections() const {
        return imported_;
    }
    void setImportedConnections(std::vector<provision::ImportedConnection> imported);
    [[nodiscard]] const std::optional<provision::Proxy>& proxy() const { return proxy_; }
    void setProxy(std::optional<provision::Proxy> proxy);

    // The PNG file chosen as the new logo (empty: keep the image's); its bytes for previews.
    [[nodiscard]] const QString& logoFile() const { return logoFile_; }
    [[nodiscard]] const QByteArray& newLogo() const { return newLogo_; }
    void setLogoFile(const QString& path);

    // Every problem, errors first; WiFi problems carry pointer "/wifi/<index>", connections
    // "/connections/<index>/<field>", imported ones "/importedConnections/<index>/keyfile", the
    // proxy "/proxy/<field>", the logo "/logo", keys a profile cannot remove "/<key>".
    [[nodiscard]] const std::vector<config::Issue>& issues() const { return issues_; }
    [[nodiscard]] bool hasErrors() const;
    // Where a JSON text edit failed to parse (shown in the Advanced editor).
    void setTextError(std::optional<Error> error);
    [[nodiscard]] const std::optional<Error>& textError() const { return textError_; }

    // The edits as a Profile: the keys that differ from the image's config.json (typed fields
    // for the ones Profile names, the rest in baseConfig), the networks when they changed
    // (replacing the image's balena-wifi-* files), the connections, imports and proxy, the logo.
    [[nodiscard]] provision::Profile profile() const;
    // Starts from the image again with the profile applied (saved and imported profiles).
    void applyProfile(const provision::Profile& profile);

    // core/provision's plan for profile() over the open image (nothing on disk changes).
    [[nodiscard]] Result<provision::Plan> plan() const;

signals:
    void changed();

private:
    void revalidate();
    app::ImageInfo image_;
    config::Config original_;
    config::Config config_;
    std::vector<provision::WifiNetwork> originalWifi_;
    std::vector<provision::WifiNetwork> wifi_;
    std::vector<provision::Connection> connections_;
    std::vector<provision::ImportedConnection> imported_;
    std::optional<provision::Proxy> proxy_;
    QString logoFile_;
    QByteArray newLogo_;
    std::vector<config::Issue> issues_;
    std::optional<Error> textError_;
};

} // namespace gui
} // namespace imprint
