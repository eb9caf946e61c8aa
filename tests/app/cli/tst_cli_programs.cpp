// The three programs behind `imprint`: the launcher picks imprint-lite (QtCore alone) for the
// commands it hosts and imprint-qt for everything else, and both say the same things.
#include "tests/support/clirunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& arguments) {
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, arguments);
    if (!p.waitForFinished(60000)) {
        qFatal("%s did not finish", qPrintable(program));
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList liteCommands() {
    return QString::fromLatin1(IMPRINT_LITE_COMMANDS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString bin(const char* name) { return QStringLiteral(IMPRINT_BIN_DIR "/") + QLatin1String(name); }

QByteArray dynamicSection(const QString& program) {
    const Run r = run(QStringLiteral("readelf"), {QStringLiteral("-d"), program});
    if (r.exitCode != 0) {
        qFatal("readelf -d %s failed", qPrintable(program));
    }
    return r.out;
}

// A stand-in Qt program that only says which one it is and what it was given: the routing is
// the launcher's decision, and this is how the test sees it.
void writeStub(const QString& path, const QByteArray& name) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\necho " + name + " \"$@\"\n");
    f.close();
    QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner));
}

} // namespace

class TestCliPrograms : public QObject {
    Q_OBJECT
private slots:
    void launcherRoutesEachCommand() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString launcher = dir.filePath(QStringLiteral("imprint"));
        QVERIFY(QFile::copy(bin("imprint"), launcher));
        writeStub(dir.filePath(QStringLiteral("imprint-lite")), "lite");
        writeStub(dir.filePath(QStringLiteral("imprint-qt")), "qt");

        QVERIFY(!liteCommands().isEmpty());
        for (const QString& command : liteCommands()) {
            const Run r = run(launcher, {command, QStringLiteral("--help"), QStringLiteral("a b")});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out, "lite " + command.toUtf8() + " --help a b\n");
        }
        for (const QStringList& args :
             {QStringList{"flash", "x"}, QStringList{"batch"}, QStringList{"download"},
              QStringList{"--help"}, QStringList{"--version"}, QStringList{"frobnicate"},
              QStringList{}}) {
            const Run r = run(launcher, args);
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out, QByteArray("qt " + args.join(' ').toUtf8()).trimmed() + "\n");
        }
        // `fs` the launcher cannot do itself (here: a listing) goes to imprint-lite too.
        QCOMPARE(run(launcher, {"fs", "ls", "/nonexistent.img"}).out,
                 QByteArray("lite fs ls /nonexistent.img\n"));
    }

    // imprint-lite exists to skip loading what its commands never call.
    void liteLoadsQtCoreAlone() {
        const QByteArray dynamic = dynamicSection(bin("imprint-lite"));
        QVERIFY2(dynamic.contains("libQt6Core"), dynamic.constData());
        for (const char* heavy : {"libQt6Network", "libQt6DBus", "libQt6Concurrent", "libQt6Gui",
                                  "libcrypto", "libext2fs", "liblzma", "libzstd", "libbz2"}) {
            QVERIFY2(!dynamic.contains(heavy), heavy);
        }
    }

    // Imprint reads partition tables (core/disk) and ext2/3/4 block bitmaps
    // (flasher/blockmap/extbitmap.h) itself: no program needs libfdisk or libext2fs, which the
    // Windows build does not have.
    void noProgramNeedsLibfdiskOrLibext2fs() {
        for (const char* name : {"imprint", "imprint-lite", "imprint-qt"}) {
            const QByteArray dynamic = dynamicSection(bin(name));
            for (const char* library : {"libfdisk", "libext2fs"}) {
                QVERIFY2(!dynamic.contains(library),
                         qPrintable(QString("%1: %2").arg(name, library)));
            }
        }
    }

    // CMake would otherwise leave run paths of empty entries, which make the loader look for
    // every library in the current directory first.
    void noEmptyRunPath() {
        for (const char* name : {"imprint", "imprint-lite", "imprint-qt"}) {
            const QByteArray dynamic = dynamicSection(bin(name));
            for (const QByteArray& line : dynamic.split('\n')) {
                if (line.contains("RUNPATH") || line.contains("(RPATH)")) {
                    const QByteArray path = line.mid(line.indexOf('[') + 1).chopped(1);
                    QVERIFY2(!path.split(':').contains(QByteArray()), line.constData());
                }
            }
        }
    }

    // Both Qt programs are built from the same command sources: same help, same refusals.
    void liteAndFullAgree() {
        for (const QString& command : liteCommands()) {
            for (const QStringList& tail :
                 {QStringList{"--help"}, QStringList{"--no-such-option"}}) {
                const QStringList args = QStringList{command} + tail;
                const Run lite = run(bin("imprint-lite"), args);
                const Run full = run(bin("imprint-qt"), args);
                QCOMPARE(lite.exitCode, full.exitCode);
                QCOMPARE(lite.out, full.out);
                QCOMPARE(lite.err, full.err);
            }
        }
        // And through the launcher, what a user sees is what imprint-qt alone would say.
        const auto viaLauncher = imprint::test::runImprint({"configure", "--help"});
        QCOMPARE(viaLauncher.exitCode, 0);
        QCOMPARE(viaLauncher.out.toUtf8(), run(bin("imprint-qt"), {"configure", "--help"}).out);
    }
};

QTEST_GUILESS_MAIN(TestCliPrograms)
#include "tst_cli_programs.moc"
