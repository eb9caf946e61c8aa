#include "app/common/profiles/profilestore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace imprint::app {
namespace {

std::string s(const QString& q) { return q.toStdString(); }

} // namespace

ProfileStore::ProfileStore()
    : ProfileStore(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                   QStringLiteral("/imprint/profiles")) {}

ProfileStore::ProfileStore(QString directory) : directory_(std::move(directory)) {}

bool ProfileStore::validName(const QString& name) {
    return !name.trimmed().isEmpty() && name.size() <= 64 && !name.contains(QLatin1Char('/')) &&
           !name.contains(QLatin1Char('\\')) && !name.startsWith(QLatin1Char('.'));
}

QString ProfileStore::pathOf(const QString& name) const {
    return directory_ + QLatin1Char('/') + name + QStringLiteral(".json");
}

QStringList ProfileStore::names() const {
    QStringList out;
    const auto files =
        QDir(directory_)
            .entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::IgnoreCase);
    for (const auto& f : files) {
        out << f.completeBaseName();
    }
    return out;
}

Result<void> ProfileStore::save(const QString& name, const QJsonObject& profile) {
    if (!validName(name)) {
        return Error("profile.bad_name").with("name", s(name));
    }
    if (!QDir().mkpath(directory_)) {
        return Error("profile.write_failed")
            .with("path", s(directory_))
            .with("reason", "the folder cannot be created");
    }
    return writeFile(pathOf(name), profile);
}

Result<QJsonObject> ProfileStore::load(const QString& name) const {
    if (!validName(name) || !QFile::exists(pathOf(name))) {
        return Error("profile.not_found").with("name", s(name));
    }
    return readFile(pathOf(name));
}

Result<void> ProfileStore::rename(const QString& from, const QString& to) {
    if (!validName(to)) {
        return Error("profile.bad_name").with("name", s(to));
    }
    if (!validName(from) || !QFile::exists(pathOf(from))) {
        return Error("profile.not_found").with("name", s(from));
    }
    if (QFile::exists(pathOf(to))) {
        return Error("profile.exists").with("name", s(to));
    }
    if (!QFile::rename(pathOf(from), pathOf(to))) {
        return Error("profile.write_failed")
            .with("path", s(pathOf(to)))
            .with("reason", "rename failed");
    }
    return {};
}

Result<void> ProfileStore::remove(const QString& name) {
    if (!validName(name) || !QFile::remove(pathOf(name))) {
        return Error("profile.not_found").with("name", s(name));
    }
    return {};
}

Result<QJsonObject> ProfileStore::readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error("profile.read_failed")
            .with("path", s(path))
            .with("reason", s(file.errorString()));
    }
    QJsonParseError parseError{};
    const auto doc = QJsonDocument::fromJson(file.read(4 << 20), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error("profile.bad_json")
            .with("path", s(path))
            .at(static_cast<std::uint64_t>(std::max(0, parseError.offset)));
    }
    return doc.object();
}

Result<void> ProfileStore::writeFile(const QString& path, const QJsonObject& profile) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error("profile.write_failed")
            .with("path", s(path))
            .with("reason", s(file.errorString()));
    }
    file.write(QJsonDocument(profile).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return Error("profile.write_failed")
            .with("path", s(path))
            .with("reason", s(file.errorString()));
    }
    return {};
}

} // namespace imprint::app
