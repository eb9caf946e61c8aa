// Settings: what Imprint remembers between runs (recent images, the last choices, the desktop
// window's state), in QSettings under one set of names shared by the GUI and the CLI.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace imprint::app::settings {

inline constexpr int kMaxRecentImages = 8;

// Most recent first; files that no longer exist are dropped.
QStringList recentImages();
void addRecentImage(const QString& path);
void clearRecentImages();

// A remembered choice ("write/verify", "configure/lastProfile", ...).
QVariant value(const QString& key, const QVariant& fallback = {});
void setValue(const QString& key, const QVariant& value);

} // namespace imprint::app::settings
