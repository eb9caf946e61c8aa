// Sizes, speeds and durations as people read them, in the user's locale.
#pragma once

#include <QLocale>
#include <QString>

namespace imprint::gui {

inline QString formatBytes(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString formatDuration(double seconds);

} // namespace imprint::gui
