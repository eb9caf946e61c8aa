// ProfileRef: what --profile P means everywhere a profile is taken (configure, flash, batch):
// a file path (it contains '/' or names an existing file) or the NAME of a saved profile.
#pragma once

#include "core/common/result.h"
#include "core/provision/profile.h"

#include <QString>
#include <QStringList>

namespace imprint::app {

// Errors: profile.not_found {name, folder}, disk.open_failed {path, reason}, and
// Profile::parse's json.* / profile.* errors.
Result<provision::Profile> loadProfile(const QString& fileOrName);

// `over` merged onto `base`: the settings `over` has replace the base's, lists are joined
// (networks, SSH keys, udev rules of other names), baseConfig merged key by key.
provision::Profile mergeProfiles(const provision::Profile& base, const provision::Profile& over);

// The saved profiles (app/common/profiles' store: core/provision::Profile JSON files, one per
// name, in <config>/Imprint/profiles or $IMPRINT_PROFILE_DIR), as `imprint profile` uses them.

QString profileFolder();
// 1 to 64 characters, no '/', '\\' or control characters, not starting with '.' or blank.
bool validProfileName(const QString& name);
QString profilePath(const QString& name);
QStringList savedProfiles(); // sorted without regard to case

// A file path (it contains '/' or names an existing file) or a saved name.
// Errors: profile.not_found {name, folder}.
Result<QString> resolveProfilePath(const QString& fileOrName);
// Errors: profile.read_failed {path, reason}, Profile::parse's.
Result<provision::Profile> readProfileFile(const QString& path);
// Whole or not at all, readable by the owner only (it holds pass phrases).
// Errors: profile.write_failed {path, reason}.
Result<void> writeProfileFile(const QString& path, const provision::Profile& profile);

} // namespace imprint::app
