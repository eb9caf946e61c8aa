#include "app/common/flash/bmapfile.h"

#include <QFileInfo>
#include <QStringList>

#include <cstring>

namespace imprint::app {

QString bmapBeside(const QString& image) {
    QStringList candidates{image + QStringLiteral(".bmap")};
    for (const char* ext : {".xz", ".gz", ".zst", ".bz2", ".zip"}) {
        if (image.endsWith(QLatin1String(ext))) {
            const QString base =
                image.left(image.size() - static_cast<qsizetype>(std::strlen(ext)));
            candidates << base + QStringLiteral(".bmap");
            const qsizetype dot = base.lastIndexOf(QLatin1Char('.'));
            if (dot > base.lastIndexOf(QLatin1Char('/'))) {
                candidates << base.left(dot) + QStringLiteral(".bmap");
            }
        }
    }
    for (const auto& c : candidates) {
        if (QFileInfo(c).isFile()) {
            return c;
        }
    }
    return {};
}

} // namespace imprint::app
