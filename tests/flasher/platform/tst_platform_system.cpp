// The seam's calls for the programs themselves (flasher/platform/system.h, and the file.h calls
// they use), judged from outside: a pseudo-terminal from script(1), signals from the kernel, a
// file size limit from prlimit(1), sh and cat run in the probe's place, the holes of a sparse
// file as the test made them, a thread's nice value as /proc tells it.
#include "flasher/platform/file.h"
#include "flasher/platform/system.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <thread>

namespace platform = imprint::platform;

namespace {

const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/platform");
const QString kProbe = QStringLiteral(PLATFORM_PROBE);

struct Run {
    bool exited = false; // ended normally, not by a signal
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString& program, const QStringList& args, const QByteArray& input = {}) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted()) {
        return {};
    }
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit, p.exitCode(), p.readAllStandardOutput()};
}

// Reads the probe's stdout until a line says `line`.
bool waitForLine(QProcess& p, QByteArray& seen, const QByteArray& line) {
    QDeadlineTimer deadline(30000);
    while (!seen.contains(line + '\n') && !deadline.hasExpired()) {
        p.waitForReadyRead(100);
        seen += p.readAllStandardOutput();
    }
    return seen.contains(line + '\n');
}

// Field 19 of /proc/thread-self/stat: the calling thread's nice value.
int threadNice() {
    QFile stat(QStringLiteral("/proc/thread-self/stat"));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -100;
    }
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.value(16).toInt(); // fields from the state (3rd) on: nice is the 19th
}

} // namespace

class TestPlatformSystem : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QDir(kDir).removeRecursively();
        QVERIFY(QDir().mkpath(kDir));
        QVERIFY2(QFileInfo(kProbe).isExecutable(), qPrintable(kProbe));
    }

    // Pipes are no terminal; script(1)'s pseudo-terminal is, stream by stream.
    void terminalIsTold_data() {
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("pipes") << QString() << QByteArray("0 0 0");
        QTest::newRow("a terminal") << QStringLiteral(" ") << QByteArray("1 1 1");
        QTest::newRow("stdout alone")
            << QStringLiteral(" </dev/null 2>/dev/null") << QByteArray("0 1 0");
    }
    void terminalIsTold() {
        QFETCH(QString, redirect);
        QFETCH(QByteArray, expected);
        const Run r = redirect.isEmpty()
                          ? run(kProbe, {QStringLiteral("terminal")})
                          : run(QStringLiteral("script"),
                                {QStringLiteral("-qec"), kProbe + " terminal" + redirect,
                                 QStringLiteral("/dev/null")});
        QVERIFY(r.exited);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), expected);
    }

    // The handler is called and the process goes on; given back, the default ends it.
    void interruptCallsTheHandler_data() {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT (Ctrl-C)") << SIGINT;
        QTest::newRow("SIGTERM") << SIGTERM;
    }
    void interruptCallsTheHandler() {
        QFETCH(int, signal);
        QProcess p;
        p.start(kProbe, {QStringLiteral("interrupt")});
        QVERIFY(p.waitForStarted());
        QByteArray seen;
        QVERIFY(waitForLine(p, seen, "ready"));
        QCOMPARE(::kill(static_cast<pid_t>(p.processId()), signal), 0);
        QVERIFY2(waitForLine(p, seen, "interrupted"), seen.constData());
        QVERIFY(waitForLine(p, seen, "default"));
        QCOMPARE(::kill(static_cast<pid_t>(p.processId()), signal), 0);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        seen += p.readAllStandardOutput();
        QVERIFY2(!seen.contains("still running"), seen.constData());
    }

    // Under a 1 MiB file size limit a 2 MiB write stops at 1 MiB with EFBIG instead of ending
    // the process, also in a program run in the probe's place; without the seam's call the
    // kernel's SIGXFSZ ends it.
    void fileSizeLimitIsAnError_data() {
        QTest::addColumn<QStringList>("probe");
        QTest::addColumn<bool>("survives");
        QTest::newRow("ignored") << QStringList{"fsize", "keep"} << true;
        QTest::newRow("ignored, then exec") << QStringList{"fsize-exec"} << true;
        QTest::newRow("not ignored") << QStringList{"fsize", "raw"} << false;
    }
    void fileSizeLimitIsAnError() {
        QFETCH(QStringList, probe);
        QFETCH(bool, survives);
        const QString file = kDir + QStringLiteral("/limited");
        QFile::remove(file);
        QStringList args{QStringLiteral("--fsize=1048576"), kProbe, probe.takeFirst(), file};
        const Run r = run(QStringLiteral("prlimit"), args + probe);
        QCOMPARE(r.exited, survives);
        QCOMPARE(QFileInfo(file).size(), qint64(1) << 20);
        if (survives) {
            QCOMPARE(r.out.trimmed(), "done 1048576 error " + QByteArray(std::strerror(EFBIG)));
        }
    }

    // Stdin read to its end from a pipe (more than a pipe holds) and handed on: cat, run in the
    // probe's place, prints it back.
    void stdinHandedOn() {
        QByteArray content(1 << 20, '\0');
        QRandomGenerator gen(18);
        for (auto& c : content) {
            c = static_cast<char>(gen.bounded(256));
        }
        const Run r = run(
            kProbe, {QStringLiteral("handon"), QStringLiteral("/bin/cat"), QStringLiteral("cat")},
            content);
        QVERIFY(r.exited);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.size(), content.size());
        QVERIFY(r.out == content);
    }

    // The program runs in this process (the same id), with the arguments as given (spaces and
    // quotes kept), and its exit code is the process's.
    void programRunsInstead() {
        const Run r =
            run(kProbe,
                {QStringLiteral("run"), QStringLiteral("/bin/sh"), QStringLiteral("sh"),
                 QStringLiteral("-c"), QStringLiteral("echo \"pid $$\"; echo \"[$1][$2]\"; exit 7"),
                 QStringLiteral("zero"), QStringLiteral("a b"), QStringLiteral("\"q\"\\")});
        QVERIFY(r.exited);
        QCOMPARE(r.exitCode, 7);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith("pid "));
        QCOMPARE(lines[1], lines[0]);
        QCOMPARE(lines[2], QByteArray("[a b][\"q\"\\]"));
    }

    void programThatCannotRunSaysWhy() {
        const Run r = run(kProbe, {QStringLiteral("run"), kDir + QStringLiteral("/missing"),
                                   QStringLiteral("missing")});
        QVERIFY(r.exited);
        QCOMPARE(r.exitCode, 99);
        QVERIFY2(r.out.endsWith("cannot run: " + QByteArray(std::strerror(ENOENT)) + '\n'),
                 r.out.constData());
    }

    void programFileIsThisProgram() {
        QCOMPARE(QString::fromStdString(platform::programFile()),
                 QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath());
    }

    // Only a regular file with an execute bit is a program to run.
    void mayRunOnlyPrograms() {
        const QString program = kDir + QStringLiteral("/program");
        const QString data = kDir + QStringLiteral("/data");
        for (const QString& f : {program, data}) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("#!/bin/sh\n");
        }
        QVERIFY(QFile::setPermissions(program, QFile::ReadOwner | QFile::WriteOwner |
                                                   QFile::ExeOwner | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(platform::mayRun(program.toStdString()));
        QVERIFY(!platform::mayRun(data.toStdString()));
        QVERIFY(!platform::mayRun(kDir.toStdString()));
        QVERIFY(!platform::mayRun((kDir + QStringLiteral("/missing")).toStdString()));
    }

    // The stretches of data of a sparse file are the ones the test wrote, in order; a hole at
    // the end and a file of holes alone have none.
    void dataStretchesOfASparseFile() {
        constexpr std::uint64_t kMiB = 1 << 20;
        const QString path = kDir + QStringLiteral("/sparse");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite | QIODevice::Truncate));
        const std::vector<platform::DataStretch> written{
            {kMiB, kMiB + 4096}, {5 * kMiB, 7 * kMiB}, {9 * kMiB - 8192, 9 * kMiB}};
        for (const auto& w : written) {
            QVERIFY(file.seek(static_cast<qint64>(w.start)));
            QVERIFY(file.write(QByteArray(static_cast<qsizetype>(w.end - w.start), 'd')) > 0);
        }
        QVERIFY(file.resize(16 * kMiB));
        QVERIFY(file.flush());
        const std::uint64_t size = 16 * kMiB;
        std::vector<platform::DataStretch> found;
        for (std::uint64_t at = 0;;) {
            const auto d = platform::nextData(file.handle(), at, size);
            QVERIFY(d.start >= at && d.start <= d.end && d.end <= size);
            if (d.start == size) {
                break;
            }
            found.push_back(d);
            at = d.end;
        }
        QCOMPARE(found.size(), written.size());
        for (std::size_t i = 0; i < found.size(); ++i) {
            QCOMPARE(found[i].start, written[i].start);
            QCOMPARE(found[i].end, written[i].end);
        }
        // From inside a stretch: the rest of it.
        const auto inside = platform::nextData(file.handle(), 6 * kMiB, size);
        QCOMPARE(inside.start, 6 * kMiB);
        QCOMPARE(inside.end, 7 * kMiB);
        QVERIFY(file.resize(0) && file.resize(static_cast<qint64>(size)));
        QCOMPARE(platform::nextData(file.handle(), 0, size).start, size);
    }

    // Only the calling thread gives way (nice 10 as the kernel reports it), not the others.
    void threadPriorityLowered() {
        const int before = threadNice();
        QVERIFY(before > -100);
        int inThread = -100;
        std::thread t([&] {
            platform::lowerThreadPriority();
            inThread = threadNice();
        });
        t.join();
        QCOMPARE(inThread, std::max(before, 10));
        QCOMPARE(threadNice(), before);
    }

    // UDisks2's OpenDevice is asked for the flags the flasher opens drives with itself.
    void brokerFlagsAreTheDirectOnes() {
        QCOMPARE(platform::posixOpenFlags(platform::kExclusive | platform::kDirect),
                 O_EXCL | O_DIRECT);
    }
};

QTEST_GUILESS_MAIN(TestPlatformSystem)
#include "tst_platform_system.moc"
