#include "app/common/settings/settings.h"

#include <QFileInfo>
#include <QSettings>

namespace imprint::app::settings {
namespace {

// One file for both programs, whatever each calls itself.
QSettings store() { return QSettings(QStringLiteral("Imprint"), QStringLiteral("imprint")); }

} // namespace

QStringList recentImages() {
    QStringList out;
    for (const QString& path : store().value(QStringLiteral("recentImages")).toStringList()) {
        if (QFileInfo::exists(path)) {
            out << path;
        }
    }
    return out;
}

void addRecentImage(const QString& path) {
    QStringList list = store().value(QStringLiteral("recentImages")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecentImages) {
        list.removeLast();
    }
    store().setValue(QStringLiteral("recentImages"), list);
}

void clearRecentImages() { store().remove(QStringLiteral("recentImages")); }

QVariant value(const QString& key, const QVariant& fallback) {
    return store().value(key, fallback);
}

void setValue(const QString& key, const QVariant& v) { store().setValue(key, v); }

} // namespace imprint::app::settings
