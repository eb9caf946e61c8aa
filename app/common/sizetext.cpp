#include "app/common/sizetext.h"

#include <QCoreApplication>
#include <QLocale>

namespace imprint::app {

QString sizeText(quint64 bytes) {
    static const char* const units[] = {
        QT_TRANSLATE_NOOP("Sizes", "%1 kB"),
        QT_TRANSLATE_NOOP("Sizes", "%1 MB"),
        QT_TRANSLATE_NOOP("Sizes", "%1 GB"),
        QT_TRANSLATE_NOOP("Sizes", "%1 TB"),
    };
    if (bytes < 1000) {
        return QCoreApplication::translate("Sizes", "%1 bytes").arg(bytes);
    }
    double value = static_cast<double>(bytes) / 1000.0;
    std::size_t unit = 0;
    while (value >= 1000.0 && unit + 1 < std::size(units)) {
        value /= 1000.0;
        ++unit;
    }
    return QCoreApplication::translate("Sizes", units[unit])
        .arg(QLocale().toString(value, 'f', value < 100.0 ? 1 : 0));
}

} // namespace imprint::app
