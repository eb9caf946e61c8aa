#include "app/common/arguments/connectionimport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace imprint::app {
namespace {

constexpr qint64 kMaxPem = 1024 * 1024;

} // namespace

Result<provision::ImportedConnection> readImportedConnection(const QString& path) {
    provision::ImportedConnection imported;
    const QFileInfo info(path);
    imported.file = info.fileName().toStdString();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error("import.unreadable")
            .with("file", path.toStdString())
            .with("reason", f.errorString().toStdString());
    }
    // One byte past the limit is enough to refuse a file that is too long.
    imported.keyfile =
        f.read(static_cast<qint64>(provision::kMaxImportedKeyfile) + 1).toStdString();
    for (const auto& ref : provision::certificateReferences(imported.keyfile)) {
        const QString certPath = info.dir().filePath(QString::fromStdString(ref.path));
        QFile cert(certPath);
        if (!cert.open(QIODevice::ReadOnly)) {
            return Error("import.certificate_unreadable")
                .with("file", imported.file)
                .with("group", ref.group)
                .with("key", ref.key)
                .with("path", certPath.toStdString())
                .with("reason", cert.errorString().toStdString());
        }
        imported.certificates.emplace_back(ref.key, cert.read(kMaxPem).toStdString());
    }
    if (auto e = provision::checkImportedConnection(imported)) {
        return *e;
    }
    return imported;
}

} // namespace imprint::app
