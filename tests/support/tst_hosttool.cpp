// The tool bridge itself (hosttool.h): exit codes, bytes both ways, environment, the test's paths
// and working folder, a missing tool and a timeout, with the same answers on Linux (QProcess) and
// under Wine (the host's tests/support/hosttools.py).
#include "tests/support/hosttool.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using imprint::test::runTool;
using imprint::test::shell;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed) {
    QByteArray b(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (char& c : b) {
        c = static_cast<char>(rng.bounded(256));
    }
    return b;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<cannot read>");
}

} // namespace

class TestHostTool : public QObject {
    Q_OBJECT

private slots:
    void exitCodeAndBothStreams() {
        const auto r = shell(QStringLiteral("printf 'a\\000b'; printf 'to stderr' >&2; exit 3"));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QByteArray("a\0b", 3));
        QCOMPARE(r.err, QByteArray("to stderr"));
        QCOMPARE(shell(QStringLiteral("true")).exitCode, 0);
    }

    void everyByteThroughStdin() {
        QByteArray all(256, '\0');
        for (int i = 0; i < 256; ++i) {
            all[i] = static_cast<char>(i);
        }
        QCOMPARE(runTool(QStringLiteral("cat"), {}, all).out, all);
        const QByteArray big = randomBytes(6 << 20, 1);
        const auto r = runTool(QStringLiteral("cat"), {}, big);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out == big);
    }

    void argumentsAndEnvironment() {
        const auto r = shell(QStringLiteral("printf '%s|%s|%s' \"$1\" \"$2\" \"$IMPRINT_HT_TEST\""),
                             {QStringLiteral("two words"), QStringLiteral("ü'\"$x")}, {},
                             {QStringLiteral("IMPRINT_HT_TEST=a=b c")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("two words|ü'\"$x|a=b c"));
    }

    // The test's own files, named as the test names them (under Wine: C:/users/..., or with
    // backslashes), reach the tool; what the tool writes there, the test reads.
    void pathsOfTheTest() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a b")));
        const QString in = dir.filePath(QStringLiteral("a b/ü in.bin"));
        const QByteArray bytes = randomBytes(100000, 2);
        QVERIFY(writeFile(in, bytes));
        for (const QString& name : {in, QDir::toNativeSeparators(in)}) {
            const auto r = runTool(QStringLiteral("cat"), {name});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out == bytes);
        }
        const QString out = dir.filePath(QStringLiteral("a b/copy.bin"));
        QCOMPARE(runTool(QStringLiteral("cp"), {in, QDir::toNativeSeparators(out)}).exitCode, 0);
        QVERIFY(readFile(out) == bytes);
        QCOMPARE(shell(QStringLiteral("printf made > \"$1\""), {out}).exitCode, 0);
        QCOMPARE(readFile(out), QByteArray("made"));
    }

    void workingFolderOfTheTest() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("here.txt")), "here"));
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        const auto r = runTool(QStringLiteral("cat"), {QStringLiteral("here.txt")});
        QVERIFY(QDir::setCurrent(before));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("here"));
    }

    void missingToolIs127() {
        QElapsedTimer t;
        t.start();
        const auto r = runTool(QStringLiteral("imprint-no-such-tool"), {QStringLiteral("x")});
        QCOMPARE(r.exitCode, 127);
        QVERIFY2(r.err.contains("imprint-no-such-tool"), r.err.constData());
        QVERIFY(t.elapsed() < 30000);
    }

    void timeoutEndsTheTool() {
        QElapsedTimer t;
        t.start();
        const auto r = shell(QStringLiteral("echo started; sleep 60"), {}, {}, {}, 500);
        QCOMPARE(r.exitCode, -1);
        QVERIFY2(r.err.contains("timed out"), r.err.constData());
        QVERIFY2(t.elapsed() < 30000, qPrintable(QString::number(t.elapsed())));
    }

    void crashIsMinusOne() { QCOMPARE(shell(QStringLiteral("kill -9 $$")).exitCode, -1); }

    // The host server runs nothing for a caller without its token.
    void wrongTokenRunsNothing() {
#ifndef _WIN32
        QSKIP("the token guards the host server of the Windows build; on Linux the test runs "
              "its tools itself");
#else
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("touched"));
        const QByteArray token = qgetenv("IMPRINT_HOSTTOOLS_TOKEN");
        QVERIFY(!token.isEmpty());
        qputenv("IMPRINT_HOSTTOOLS_TOKEN", "0" + token);
        const auto r = runTool(QStringLiteral("touch"), {file});
        qputenv("IMPRINT_HOSTTOOLS_TOKEN", token);
        QCOMPARE(r.exitCode, -1);
        QVERIFY2(r.err.contains("no answer"), r.err.constData());
        QVERIFY(!QFile::exists(file));
        QCOMPARE(runTool(QStringLiteral("touch"), {file}).exitCode, 0);
        QVERIFY(QFile::exists(file));
#endif
    }
};

QTEST_GUILESS_MAIN(TestHostTool)
#include "tst_hosttool.moc"
