#include "app/common/settings/settings.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSettings>
#include <QThreadPool>

namespace imprint::app::settings {
namespace {

// One file for both programs, whatever each calls itself.
QSettings store() { return QSettings(QStringLiteral("Imprint"), QStringLiteral("imprint")); }

// Saving syncs the file to disk, which can take a tenth of a second while a write keeps the
// disk busy: values are saved on one thread of their own (in order), and read back from
// here until they are.
struct Pending {
    QMutex mutex;
    QHash<QString, QVariant> values; // key -> value not yet saved (invalid: removed)
    QHash<QString, int> writes;      // key -> saves queued
    QThreadPool saver;
    Pending() { saver.setMaxThreadCount(1); }
    ~Pending() { saver.waitForDone(); }
};

Pending& pending() {
    static Pending p;
    return p;
}

void saveSoon(const QString& key, const QVariant& v) {
    auto& p = pending();
    {
        QMutexLocker lock(&p.mutex);
        p.values.insert(key, v);
        ++p.writes[key];
    }
    p.saver.start([key, v] {
        {
            auto s = store();
            if (v.isValid()) {
                s.setValue(key, v);
            } else {
                s.remove(key);
            }
        } // synced here
        auto& q = pending();
        QMutexLocker lock(&q.mutex);
        if (--q.writes[key] == 0) {
            q.writes.remove(key);
            q.values.remove(key);
        }
    });
}

} // namespace

QStringList recentImages() {
    QStringList out;
    for (const QString& path : value(QStringLiteral("recentImages")).toStringList()) {
        if (QFileInfo::exists(path)) {
            out << path;
        }
    }
    return out;
}

void addRecentImage(const QString& path) {
    QStringList list = value(QStringLiteral("recentImages")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecentImages) {
        list.removeLast();
    }
    saveSoon(QStringLiteral("recentImages"), list);
}

void clearRecentImages() { saveSoon(QStringLiteral("recentImages"), QVariant()); }

QVariant value(const QString& key, const QVariant& fallback) {
    {
        auto& p = pending();
        QMutexLocker lock(&p.mutex);
        if (auto it = p.values.constFind(key); it != p.values.constEnd()) {
            return it->isValid() ? *it : fallback;
        }
    }
    return store().value(key, fallback);
}

void setValue(const QString& key, const QVariant& v) { saveSoon(key, v); }

void flush() { pending().saver.waitForDone(); }

} // namespace imprint::app::settings
