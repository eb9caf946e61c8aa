// See hosttool.h. Linux: QProcess. Windows (under Wine): one request per call to the host's
// tests/support/hosttools.py, whose port and token wine-run.sh put in the environment.
#include "tests/support/hosttool.h"

#ifdef _WIN32
#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QtEndian>
#else
#include <QProcess>
#endif

namespace imprint::test {

namespace {

#ifdef _WIN32

ToolRun failed(const QString& why) {
    return {-1, {}, QStringLiteral("hosttool: %1\n").arg(why).toUtf8()};
}

bool readExactly(QTcpSocket& socket, char* into, qint64 size, int timeoutMs) {
    while (size > 0) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(timeoutMs)) {
            return false;
        }
        const qint64 n = socket.read(into, size);
        if (n < 0) {
            return false;
        }
        into += n;
        size -= n;
    }
    return true;
}

QJsonObject request(const QString& program, const QStringList& args, const QByteArray& input,
                    const QStringList& extraEnv, int timeoutMs) {
    QJsonObject env;
    for (const QString& pair : extraEnv) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        env.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return {{QStringLiteral("token"), qEnvironmentVariable("IMPRINT_HOSTTOOLS_TOKEN")},
            {QStringLiteral("program"), program},
            {QStringLiteral("args"), QJsonArray::fromStringList(args)},
            {QStringLiteral("stdin"), QString::fromLatin1(input.toBase64())},
            {QStringLiteral("env"), env},
            {QStringLiteral("cwd"), QDir::currentPath()},
            {QStringLiteral("timeoutMs"), timeoutMs}};
}

ToolRun viaHost(const QString& program, const QStringList& args, const QByteArray& input,
                const QStringList& extraEnv, int timeoutMs) {
    bool ok = false;
    const auto port = qEnvironmentVariable("IMPRINT_HOSTTOOLS_PORT").toUShort(&ok);
    if (!ok || qEnvironmentVariableIsEmpty("IMPRINT_HOSTTOOLS_TOKEN")) {
        return failed(QStringLiteral("IMPRINT_HOSTTOOLS_PORT and IMPRINT_HOSTTOOLS_TOKEN are not "
                                     "set (run the test through ctest, which starts "
                                     "tests/support/hosttools.py): cannot run ") +
                      program);
    }
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000)) {
        return failed(QStringLiteral("no host tool server on port %1: ").arg(port) +
                      socket.errorString());
    }
    const QByteArray body =
        QJsonDocument(request(program, args, input, extraEnv, timeoutMs)).toJson();
    char header[4];
    qToBigEndian(static_cast<quint32>(body.size()), header);
    socket.write(header, 4);
    socket.write(body);
    // The server ends a tool at its timeout and always answers; the margin covers the transfer.
    const int wait = timeoutMs + 60000;
    char answerHeader[4];
    if (!readExactly(socket, answerHeader, 4, wait)) {
        return failed(QStringLiteral("no answer from the host tool server for ") + program);
    }
    QByteArray answer(static_cast<qsizetype>(qFromBigEndian<quint32>(answerHeader)),
                      Qt::Uninitialized);
    if (!readExactly(socket, answer.data(), answer.size(), wait)) {
        return failed(QStringLiteral("a cut-off answer from the host tool server for ") + program);
    }
    const QJsonObject o = QJsonDocument::fromJson(answer).object();
    return {o.value(QStringLiteral("exitCode")).toInt(-1),
            QByteArray::fromBase64(o.value(QStringLiteral("stdout")).toString().toLatin1()),
            QByteArray::fromBase64(o.value(QStringLiteral("stderr")).toString().toLatin1())};
}

#else

ToolRun viaProcess(const QString& program, const QStringList& args, const QByteArray& input,
                   const QStringList& extraEnv, int timeoutMs) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& pair : extraEnv) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        env.insert(pair.left(eq), pair.mid(eq + 1));
    }
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted()) {
        return {
            127, {}, QStringLiteral("hosttool: %1: %2\n").arg(program, p.errorString()).toUtf8()};
    }
    if (!input.isEmpty()) {
        p.write(input);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, p.readAllStandardOutput(),
                p.readAllStandardError() + QStringLiteral("\nhosttool: %1: timed out after %2 ms\n")
                                               .arg(program)
                                               .arg(timeoutMs)
                                               .toUtf8()};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

#endif

} // namespace

ToolRun runTool(const QString& program, const QStringList& args, const QByteArray& input,
                const QStringList& extraEnv, int timeoutMs) {
#ifdef _WIN32
    return viaHost(program, args, input, extraEnv, timeoutMs);
#else
    return viaProcess(program, args, input, extraEnv, timeoutMs);
#endif
}

bool toolInstalled(const QString& program) {
    return shell(QStringLiteral("command -v \"$1\" >/dev/null"), {program}).exitCode == 0;
}

ToolRun shell(const QString& script, const QStringList& args, const QByteArray& input,
              const QStringList& extraEnv, int timeoutMs) {
    return runTool(QStringLiteral("/bin/sh"),
                   QStringList{QStringLiteral("-ec"), script, QStringLiteral("sh")} + args, input,
                   extraEnv, timeoutMs);
}

} // namespace imprint::test
