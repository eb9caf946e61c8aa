// Runs the built `imprint` program the way a user or a script would, for CLI tests.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace imprint::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runImprint(const QStringList& arguments, const QByteArray& input = {}) {
    QProcess p;
    p.setProgram(QStringLiteral(IMPRINT_BIN_DIR "/imprint"));
    p.setArguments(arguments);
    p.start();
    p.waitForStarted();
    if (!input.isEmpty()) {
        p.write(input);
    }
    p.closeWriteChannel();
    p.waitForFinished(120000);
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace imprint::test
