#include "app/common/write/writerchoice.h"

#include "flasher/platform/driveaccess.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace imprint::app {

bool writesThroughWriter(const flasher::WriteRequest& request) {
    if (qEnvironmentVariableIntValue("IMPRINT_WRITER") == 1) {
        return true;
    }
#ifdef Q_OS_WIN
    return !flasher::canOpenDrivesDirectly() &&
           std::any_of(request.targets.begin(), request.targets.end(),
                       [](const flasher::TargetRequest& t) { return t.drive; });
#else
    (void)request;
    return false;
#endif
}

std::string writerProgram() {
    QString program = qEnvironmentVariable("IMPRINT_WRITER_PROGRAM");
    if (program.isEmpty()) {
#ifdef Q_OS_WIN
        const QString name = QStringLiteral("imprint-writer.exe");
#else
        const QString name = QStringLiteral("imprint-writer");
#endif
        program = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    }
    return program.toStdString();
}

flasher::WriteReport writeWithWriter(flasher::WriteRequest request,
                                     flasher::writer::WriterCall call) {
    request.broker = nullptr;
    request.preferBroker = false;
    call.program = writerProgram();
    return flasher::writer::writeThroughWriter(std::move(request), call);
}

} // namespace imprint::app
