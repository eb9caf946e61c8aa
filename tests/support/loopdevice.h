// A loop device over a file in the build directory, for tests that need a real block device.
// Detached when the object goes away; isValid() is false where loop devices cannot be made.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace imprint::test {

inline QString runTool(const QString& program, const QStringList& args, int* exitCode = nullptr) {
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    if (exitCode != nullptr) {
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

class LoopDevice {
public:
    explicit LoopDevice(const QString& backingFile, bool readOnly = false) {
        if (geteuid() != 0) {
            return;
        }
        QStringList args{QStringLiteral("--find"), QStringLiteral("--show")};
        if (readOnly) {
            args << QStringLiteral("--read-only");
        }
        args << backingFile;
        int rc = -1;
        const QString dev = runTool(QStringLiteral("losetup"), args, &rc);
        if (rc == 0 && dev.startsWith(QLatin1String("/dev/loop"))) {
            path_ = dev;
        }
    }
    ~LoopDevice() {
        if (!path_.isEmpty()) {
            runTool(QStringLiteral("losetup"), {QStringLiteral("-d"), path_});
        }
    }
    LoopDevice(const LoopDevice&) = delete;
    LoopDevice& operator=(const LoopDevice&) = delete;

    [[nodiscard]] bool isValid() const { return !path_.isEmpty(); }
    [[nodiscard]] const QString& path() const { return path_; }

private:
    QString path_;
};

} // namespace imprint::test
