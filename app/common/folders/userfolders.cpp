#include "app/common/folders/userfolders.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <filesystem>
#include <system_error>
#include <vector>

namespace imprint::app {
namespace {

namespace fs = std::filesystem;

QString inImprint(QStandardPaths::StandardLocation base, const char* below) {
    return QStandardPaths::writableLocation(base) + QStringLiteral("/Imprint") +
           QLatin1String(below);
}

Error cannotCreate(const QString& folder, const std::error_code& ec) {
    return Error("folder.cannot_create")
        .with("folder", QDir::toNativeSeparators(folder).toStdString())
        .with("reason", ec.message());
}

} // namespace

QString userFolderPath(UserFolder folder) {
    switch (folder) {
    case UserFolder::Config:
        return inImprint(QStandardPaths::GenericConfigLocation, "");
    case UserFolder::Profiles:
        if (const QString over = qEnvironmentVariable("IMPRINT_PROFILE_DIR"); !over.isEmpty()) {
            return over;
        }
        return inImprint(QStandardPaths::GenericConfigLocation, "/profiles");
    case UserFolder::Backups:
        return inImprint(QStandardPaths::GenericDataLocation, "/backups");
    case UserFolder::Downloads:
        return inImprint(QStandardPaths::GenericCacheLocation, "/downloads");
    }
    return {};
}

Result<void> makeFolder(const QString& path) {
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // The levels that are missing, innermost first; a file in the way or a level that cannot
    // be looked at ends the search with its error.
    std::vector<fs::path> missing;
    std::error_code ec;
    for (fs::path p(absolute.toStdU16String()); p.has_relative_path(); p = p.parent_path()) {
        const fs::file_status status = fs::status(p, ec);
        if (fs::is_directory(status)) {
            break;
        }
        if (ec && status.type() != fs::file_type::not_found) {
            return cannotCreate(path, ec);
        }
        if (fs::exists(status)) {
            return cannotCreate(path, std::make_error_code(std::errc::not_a_directory));
        }
        missing.push_back(p);
    }
    for (auto level = missing.rbegin(); level != missing.rend(); ++level) {
        // false without an error: made by another process meanwhile, which is as good.
        if (!fs::create_directory(*level, ec) && ec) {
            return cannotCreate(path, ec);
        }
        fs::permissions(*level, fs::perms::owner_all, fs::perm_options::replace, ec);
        if (ec) {
            return cannotCreate(path, ec);
        }
    }
    return {};
}

Result<QString> userFolder(UserFolder folder) {
    const QString path = userFolderPath(folder);
    if (auto made = makeFolder(path); !made) {
        return std::move(made).takeError();
    }
    return path;
}

QString settingsFile() {
    return userFolderPath(UserFolder::Config) + QStringLiteral("/imprint.conf");
}

QString defaultBackupDirectory() {
    return userFolderPath(UserFolder::Backups) + QLatin1Char('/') +
           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

} // namespace imprint::app
