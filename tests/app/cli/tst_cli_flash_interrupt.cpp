// imprint flash interrupted (Ctrl-C, or SIGTERM from a service manager) while it writes an image
// that is still downloading from a slow HTTP server on 127.0.0.1: the program is not killed by
// the signal but cancels the write and the download, reports every target as cancelled and
// exits 1 long before the download could have finished. The kernel delivers the signals.
#include "tests/support/httptestserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace imprint::test;

namespace {
const QString kDemo = QStringLiteral(IMPRINT_BUILD_DIR "/demo/balena-demo-qemux86-64.img.xz");
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/cli-flash-interrupt");
constexpr int kChunks = 200;
constexpr int kChunkDelayMs = 100; // the whole download: 20 s
} // namespace

class TestCliFlashInterrupt : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(QFile::exists(kDemo), "run the layer_demo_image fixture first");
        QDir(kDir).removeRecursively();
        QVERIFY(QDir().mkpath(kDir));
    }

    void interruptCancelsTheWrite_data() {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT (Ctrl-C)") << SIGINT;
        QTest::newRow("SIGTERM") << SIGTERM;
    }
    void interruptCancelsTheWrite() {
        QFETCH(int, signal);
        HttpTestServer server;
        auto& route = server.route("/demo.img.xz");
        QFile image(kDemo);
        QVERIFY(image.open(QIODevice::ReadOnly));
        route.body = image.readAll();
        route.chunkBytes = route.body.size() / kChunks + 1;
        route.chunkDelayMs = kChunkDelayMs;
        const QString target = kDir + QStringLiteral("/interrupted.img");
        QFile::remove(target);

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), kDir + QStringLiteral("/cache"));
        p.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        p.start(QStringLiteral(IMPRINT_BIN_DIR "/imprint"),
                {QStringLiteral("flash"), QString::fromLatin1(server.url("/demo.img.xz")),
                 QStringLiteral("--to"), target, QStringLiteral("--json")});
        QVERIFY(p.waitForStarted());
        // The signal goes in once the write is under way (the job's first progress event).
        QByteArray out;
        bool signalled = false;
        while (p.state() != QProcess::NotRunning && clock.elapsed() < 120000) {
            QTest::qWait(5);
            out += p.readAllStandardOutput();
            if (!signalled && out.contains("\"event\":\"progress\"")) {
                QCOMPARE(::kill(static_cast<pid_t>(p.processId()), signal), 0);
                signalled = true;
            }
        }
        out += p.readAllStandardOutput();
        QVERIFY2(signalled, out.constData());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(clock.elapsed() < kChunks * kChunkDelayMs * 3 / 4,
                 qPrintable(QString::number(clock.elapsed())));
        QJsonObject result;
        for (const auto& line : out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o[QStringLiteral("event")] == QStringLiteral("result")) {
                result = o;
            }
        }
        const QJsonArray targets = result[QStringLiteral("targets")].toArray();
        QCOMPARE(targets.size(), 1);
        const QJsonObject t = targets[0].toObject();
        QCOMPARE(t[QStringLiteral("ok")].toBool(), false);
        const QString code =
            t[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString();
        QVERIFY2(code == QLatin1String("flash.cancelled") ||
                     code == QLatin1String("download.cancelled"),
                 qPrintable(code));
    }
};

QTEST_GUILESS_MAIN(TestCliFlashInterrupt)
#include "tst_cli_flash_interrupt.moc"
