// Settings: what Imprint remembers between runs (recent images, the last choices, the desktop
// window's state), in QSettings under one set of names shared by the GUI and the CLI, in the
// file app/common/folders names (<config>/Imprint/imprint.conf).
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace imprint::app::settings {

inline constexpr int kMaxRecentImages = 8;

// Most recent first; files that no longer exist are dropped.
QStringList recentImages();
// Errors (here and below): folder.cannot_create {folder, reason}, when the settings' folder is
// missing and cannot be made (nothing is remembered then; a fresh account gets it made).
Result<void> addRecentImage(const QString& path);
Result<void> clearRecentImages();

// A remembered choice ("write/verify", "configure/lastProfile", ...). setValue returns at
// once (the file is written on a thread of its own, never on the caller's); value() sees it
// at once.
QVariant value(const QString& key, const QVariant& fallback = {});
Result<void> setValue(const QString& key, const QVariant& value);
// Waits until every value set so far is in the file (for another process to read it).
void flush();

} // namespace imprint::app::settings
