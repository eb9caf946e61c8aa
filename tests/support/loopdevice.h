// A loop device over a file in the build directory, for tests that need a real block device.
// Detached when the object goes away; isValid() is false where loop devices cannot be made, and
// always off Linux (under Wine a test never opens a device path).
#pragma once

#include "tests/support/hosttool.h"

#include <QString>
#include <QStringList>

#ifdef __linux__
#include <unistd.h>
#endif

namespace imprint::test {

class LoopDevice {
public:
    explicit LoopDevice(const QString& backingFile, bool readOnly = false) {
#ifdef __linux__
        if (geteuid() != 0) {
            return;
        }
        QStringList args{QStringLiteral("--find"), QStringLiteral("--show")};
        if (readOnly) {
            args << QStringLiteral("--read-only");
        }
        args << backingFile;
        const auto attach = runTool(QStringLiteral("losetup"), args);
        const QString dev = QString::fromUtf8(attach.out).trimmed();
        if (attach.exitCode == 0 && dev.startsWith(QLatin1String("/dev/loop"))) {
            path_ = dev;
        }
#else
        Q_UNUSED(backingFile);
        Q_UNUSED(readOnly);
#endif
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
