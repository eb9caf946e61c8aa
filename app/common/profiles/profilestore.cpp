#include "app/common/profiles/profilestore.h"

#include "app/common/folders/userfolders.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace imprint::app {
namespace {

std::string s(const QString& q) { return q.toStdString(); }

// A profile is a few kilobytes; anything near this is not one.
constexpr qint64 kMaxProfileBytes = 4 << 20;

Error notFound(const QString& name, const QString& folder) {
    return Error("profile.not_found").with("name", s(name)).with("folder", s(folder));
}

Error writeFailed(const QString& path, const QString& reason) {
    return Error("profile.write_failed").with("path", s(path)).with("reason", s(reason));
}

} // namespace

ProfileStore::ProfileStore() : ProfileStore(defaultDirectory()) {}

ProfileStore::ProfileStore(QString directory) : directory_(std::move(directory)) {}

QString ProfileStore::defaultDirectory() { return userFolderPath(UserFolder::Profiles); }

bool ProfileStore::validName(const QString& name) {
    if (name.trimmed().isEmpty() || name.trimmed() != name || name.size() > 64 ||
        name.startsWith(QLatin1Char('.'))) {
        return false;
    }
    return std::none_of(name.begin(), name.end(), [](QChar c) {
        return c == QLatin1Char('/') || c == QLatin1Char('\\') ||
               c.category() == QChar::Other_Control;
    });
}

QString ProfileStore::pathOf(const QString& name) const {
    return directory_ + QLatin1Char('/') + name + QStringLiteral(".json");
}

QStringList ProfileStore::list() const {
    QStringList out;
    const auto files =
        QDir(directory_)
            .entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::IgnoreCase);
    for (const auto& f : files) {
        const QString name = f.fileName().chopped(5);
        if (validName(name)) {
            out << name;
        }
    }
    return out;
}

bool ProfileStore::contains(const QString& name) const {
    return validName(name) && QFileInfo(pathOf(name)).isFile();
}

Result<provision::Profile> ProfileStore::load(const QString& name) const {
    if (!contains(name)) {
        return notFound(name, directory_);
    }
    return readFile(pathOf(name));
}

Result<void> ProfileStore::save(const QString& name, const provision::Profile& profile) {
    if (!validName(name)) {
        return Error("profile.bad_name").with("name", s(name));
    }
    if (auto made = makeFolder(directory_); !made) {
        return made;
    }
    return writeFile(pathOf(name), profile);
}

Result<void> ProfileStore::rename(const QString& from, const QString& to) {
    if (!contains(from)) {
        return notFound(from, directory_);
    }
    if (!validName(to)) {
        return Error("profile.bad_name").with("name", s(to));
    }
    if (from == to) {
        return {};
    }
    // A case-only rename on a case-insensitive file system finds "itself" under the new name.
    const bool sameFile =
        QFileInfo(pathOf(from)).canonicalFilePath() == QFileInfo(pathOf(to)).canonicalFilePath();
    if (QFileInfo::exists(pathOf(to)) && !sameFile) {
        return Error("profile.exists").with("name", s(to));
    }
    if (!QFile::rename(pathOf(from), pathOf(to))) {
        return writeFailed(pathOf(to), QStringLiteral("rename failed"));
    }
    return {};
}

Result<void> ProfileStore::remove(const QString& name) {
    if (!contains(name)) {
        return notFound(name, directory_);
    }
    QFile file(pathOf(name));
    if (!file.remove()) {
        return writeFailed(pathOf(name), file.errorString());
    }
    return {};
}

Result<void> ProfileStore::exportTo(const QString& name, const QString& path) const {
    auto profile = load(name);
    if (!profile) {
        return std::move(profile).takeError();
    }
    return writeFile(path, *profile);
}

Result<QString> ProfileStore::importFrom(const QString& path, const QString& name, bool replace) {
    auto profile = readFile(path);
    if (!profile) {
        return std::move(profile).takeError();
    }
    QString chosen = name;
    if (chosen.isEmpty()) {
        chosen = QFileInfo(path).fileName();
        if (chosen.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            chosen.chop(5);
        }
    }
    if (!validName(chosen)) {
        return Error("profile.bad_name").with("name", s(chosen));
    }
    if (!replace && contains(chosen)) {
        return Error("profile.exists").with("name", s(chosen));
    }
    if (auto saved = save(chosen, *profile); !saved) {
        return std::move(saved).takeError();
    }
    return chosen;
}

Result<QString> ProfileStore::resolvePath(const QString& fileOrName) const {
    if (fileOrName.contains(QLatin1Char('/')) || QFileInfo(fileOrName).isFile()) {
        if (!QFileInfo(fileOrName).isFile()) {
            return Error("profile.read_failed")
                .with("path", s(fileOrName))
                .with("reason", "profile.no_such_file");
        }
        return fileOrName;
    }
    if (!contains(fileOrName)) {
        return notFound(fileOrName, directory_);
    }
    return pathOf(fileOrName);
}

Result<provision::Profile> ProfileStore::resolve(const QString& fileOrName) const {
    auto path = resolvePath(fileOrName);
    if (!path) {
        return std::move(path).takeError();
    }
    return readFile(*path);
}

Result<provision::Profile> ProfileStore::readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error("profile.read_failed")
            .with("path", s(path))
            .with("reason", s(file.errorString()));
    }
    const QByteArray data = file.read(kMaxProfileBytes + 1);
    if (data.size() > kMaxProfileBytes) {
        return Error("profile.too_large").with("path", s(path));
    }
    auto profile = provision::Profile::parse(
        std::string_view(data.constData(), static_cast<std::size_t>(data.size())));
    if (!profile) {
        return std::move(profile).takeError().with("path", s(path));
    }
    return profile;
}

Result<void> ProfileStore::writeFile(const QString& path, const provision::Profile& profile) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return writeFailed(path, file.errorString());
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const std::string text = profile.toText() + "\n";
    file.write(text.data(), static_cast<qint64>(text.size()));
    if (!file.commit()) {
        return writeFailed(path, file.errorString());
    }
    return {};
}

} // namespace imprint::app
