#include "app/common/settings/settings.h"

#include "app/common/folders/userfolders.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSettings>
#include <QThreadPool>

namespace imprint::app::settings {
namespace {

// One file for both programs, whatever each calls itself.
QSettings store() { return QSettings(settingsFile(), QSettings::IniFormat); }

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

// The folder is made here, on the caller's thread, so that its failure reaches the caller.
Result<void> saveSoon(const QString& key, const QVariant& v) {
    if (auto folder = userFolder(UserFolder::Config); !folder) {
        return std::move(folder).takeError();
    }
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
    return {};
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

Result<void> addRecentImage(const QString& path) {
    QStringList list = value(QStringLiteral("recentImages")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecentImages) {
        list.removeLast();
    }
    return saveSoon(QStringLiteral("recentImages"), list);
}

Result<void> clearRecentImages() { return saveSoon(QStringLiteral("recentImages"), QVariant()); }

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

Result<void> setValue(const QString& key, const QVariant& v) { return saveSoon(key, v); }

void flush() { pending().saver.waitForDone(); }

} // namespace imprint::app::settings
