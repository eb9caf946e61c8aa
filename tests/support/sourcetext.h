// The program's own sources as text, for tests that read them: every error code a part can
// return has words, every value it gives a word parameter is a code.
#pragma once

#include <QDirIterator>
#include <QFile>
#include <QString>

#include <functional>
#include <initializer_list>

// Calls visit(path, text) for every .cpp and .h file below the folders (relative to the top of
// the source tree, such as "/flasher"); false when a file cannot be read.
inline bool forEachSource(std::initializer_list<const char*> folders,
                          const std::function<void(const QString&, const QString&)>& visit) {
    for (const char* folder : folders) {
        QDirIterator it(QStringLiteral(IMPRINT_SOURCE_DIR) + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                return false;
            }
            visit(path, QString::fromUtf8(f.readAll()));
        }
    }
    return true;
}
