// ProfileStore: named profiles (what a user wants on a boot partition: config.json keys, WiFi
// networks, logo) kept as JSON files in one folder that the GUI and the CLI share, plus
// import and export of single profile files.
//
// A stand-in until core/provision's Profile lands: the file holds {"config": {...},
// "wifi": [{"ssid", "passphrase", "hidden"}], "logo": "<base64 PNG>"} and the store only moves
// whole documents; it never interprets them.
#pragma once

#include "core/common/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace imprint::app {

class ProfileStore {
public:
    // The default folder: <generic data>/imprint/profiles (shared by both programs).
    ProfileStore();
    explicit ProfileStore(QString directory);

    [[nodiscard]] const QString& directory() const { return directory_; }
    [[nodiscard]] QStringList names() const; // sorted

    // Errors: profile.bad_name {name}, profile.write_failed {path, reason}.
    Result<void> save(const QString& name, const QJsonObject& profile);
    // Errors: profile.not_found {name}, profile.read_failed {path, reason}, profile.bad_json.
    Result<QJsonObject> load(const QString& name) const;
    // Errors: profile.not_found, profile.exists {name}, profile.bad_name, profile.write_failed.
    Result<void> rename(const QString& from, const QString& to);
    Result<void> remove(const QString& name);

    // Single files anywhere (import/export).
    static Result<QJsonObject> readFile(const QString& path);
    static Result<void> writeFile(const QString& path, const QJsonObject& profile);
    // 1-64 characters, no '/' or leading '.'.
    static bool validName(const QString& name);

private:
    [[nodiscard]] QString pathOf(const QString& name) const;
    QString directory_;
};

} // namespace imprint::app
