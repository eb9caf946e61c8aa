// ProfileStore: the saved profiles (core/provision::Profile as JSON, the very format
// `imprint configure --profile FILE` reads), one file per name in a folder the GUI and the CLI
// share, plus import and export of single profile files anywhere.
#pragma once

#include "core/common/result.h"
#include "core/provision/profile.h"

#include <QString>
#include <QStringList>

namespace imprint::app {

class ProfileStore {
public:
    // The shared folder (app/common/folders: <config>/Imprint/profiles, or
    // $IMPRINT_PROFILE_DIR), made owner-only by the first save.
    ProfileStore();
    explicit ProfileStore(QString directory);
    static QString defaultDirectory();

    [[nodiscard]] const QString& directory() const { return directory_; }
    // Saved names, sorted without regard to case.
    [[nodiscard]] QStringList list() const;
    [[nodiscard]] bool contains(const QString& name) const;
    // Where a name is (or would be) saved.
    [[nodiscard]] QString pathOf(const QString& name) const;

    // Errors: profile.not_found {name, folder}, then those of readFile.
    [[nodiscard]] Result<provision::Profile> load(const QString& name) const;
    // Replaces a profile of the same name; makes the folder when missing. Errors:
    // profile.bad_name {name}, folder.cannot_create {folder, reason}, profile.write_failed.
    Result<void> save(const QString& name, const provision::Profile& profile);
    // Errors: profile.not_found, profile.bad_name, profile.exists {name}, profile.write_failed.
    Result<void> rename(const QString& from, const QString& to);
    // Errors: profile.not_found, profile.write_failed.
    Result<void> remove(const QString& name);

    // Copies a saved profile to a file. Errors: those of load and writeFile.
    Result<void> exportTo(const QString& name, const QString& path) const;
    // Saves the profile in `path` under `name` (empty: the file's base name); an existing
    // profile of that name is kept unless `replace`. Returns the name used.
    // Errors: those of readFile and save, profile.exists.
    Result<QString> importFrom(const QString& path, const QString& name = {}, bool replace = false);

    // A file path (it contains '/' or names an existing file) or a saved name, as the
    // command line's --profile takes it. Errors: profile.not_found {name, folder}.
    [[nodiscard]] Result<QString> resolvePath(const QString& fileOrName) const;
    [[nodiscard]] Result<provision::Profile> resolve(const QString& fileOrName) const;

    // One profile file. Errors: profile.read_failed {path, reason}, profile.too_large {path},
    // and Profile::parse's json.* / profile.* (with {path} added).
    static Result<provision::Profile> readFile(const QString& path);
    // Written whole or not at all, readable by the owner only (it holds WiFi pass phrases).
    // Errors: profile.write_failed {path, reason}.
    static Result<void> writeFile(const QString& path, const provision::Profile& profile);
    // 1 to 64 characters, no '/', '\\' or control characters, not starting with '.'.
    static bool validName(const QString& name);

private:
    QString directory_;
};

} // namespace imprint::app
