// UserFolders: where Imprint keeps what it remembers for the user (settings, saved profiles,
// backups, downloads), the one place that builds those paths and creates them when needed.
#pragma once

#include "core/common/result.h"

#include <QString>

namespace imprint::app {

// <config>, <data> and <cache> are the system's folders for each (QStandardPaths' generic
// locations: on Linux $XDG_CONFIG_HOME, $XDG_DATA_HOME, $XDG_CACHE_HOME, or ~/.config,
// ~/.local/share, ~/.cache). Both programs use the same folders.
enum class UserFolder {
    Config,    // <config>/Imprint: the settings file, imprint.conf
    Profiles,  // <config>/Imprint/profiles, or $IMPRINT_PROFILE_DIR: saved profiles
    Backups,   // <data>/Imprint/backups: the boot files a configure replaced, one folder a run
    Downloads, // <cache>/Imprint/downloads: images downloaded without a destination
};

// Where the folder is. Nothing is created: reading needs no folder (a fresh account has none).
QString userFolderPath(UserFolder folder);

// The folder, created when missing, for a command about to write there. Every level it makes
// is owner-only (0700), as the XDG base directory specification asks: profiles hold WiFi pass
// phrases and backups the replaced config.json with its keys.
// Errors: folder.cannot_create {folder, reason} (folder: the one asked for).
Result<QString> userFolder(UserFolder folder);

// Any folder made the same way (a --backup DIR). Errors: folder.cannot_create {folder, reason}.
Result<void> makeFolder(const QString& path);

// The settings file both programs share: <config>/Imprint/imprint.conf.
QString settingsFile();

// A new folder for one run's backups, <data>/Imprint/backups/<UTC time> (not created).
QString defaultBackupDirectory();

} // namespace imprint::app
