// imprint batch --to on real block devices: three loop devices written in parallel from one
// decompression of the demo image's .xz, each with its own row of the manifest. Judges: mtools
// on the boot partition through its own loop device (losetup -o OFFSET --sizelimit), GLib for
// the WiFi keyfile, a byte comparison with the base outside the boot partition, results.json.
// Run twice: in this process, and through imprint-writer.
#include "tests/support/clirunner.h"
#include "tests/support/imagecheck.h"
#include "tests/support/loopdevice.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>

using namespace imprint::test;

namespace {
const QString kDemo = QStringLiteral(IMPRINT_BUILD_DIR "/demo/balena-demo-qemux86-64.img");
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/cli-batch-drives");

// A boot file read with mtype from a loop device that covers only the partition.
std::optional<QByteArray> mtypeThroughPartitionLoop(const QString& backing, qint64 offset,
                                                    qint64 size, const QString& file) {
    const auto attach =
        runTool(QStringLiteral("losetup"),
                {QStringLiteral("--find"), QStringLiteral("--show"), QStringLiteral("--read-only"),
                 QStringLiteral("-o"), QString::number(offset), QStringLiteral("--sizelimit"),
                 QString::number(size), backing});
    const QString dev = QString::fromUtf8(attach.out).trimmed();
    if (attach.exitCode != 0 || !dev.startsWith(QLatin1String("/dev/loop"))) {
        return std::nullopt;
    }
    qputenv("MTOOLS_SKIP_CHECK", "1");
    const auto r =
        tool(QStringLiteral("mtype"), {QStringLiteral("-i"), dev, QStringLiteral("::") + file});
    runTool(QStringLiteral("losetup"), {QStringLiteral("-d"), dev});
    if (r.exitCode != 0) {
        return std::nullopt;
    }
    return r.out;
}
} // namespace

class TestCliBatchDrives : public QObject {
    Q_OBJECT

private slots:
    // The same run in this process and through imprint-writer (IMPRINT_WRITER=1, as on Windows
    // without elevation): there each device's profile travels and the writer plans it itself.
    void threeLoopDevicesEachWithItsRow_data() {
        QTest::addColumn<bool>("throughWriter");
        QTest::newRow("in process") << false;
        QTest::newRow("imprint-writer") << true;
    }
    void threeLoopDevicesEachWithItsRow() {
        QFETCH(bool, throughWriter);
        if (geteuid() != 0) {
            QSKIP("loop devices need root");
        }
        QVERIFY2(QFileInfo::exists(kDemo + QStringLiteral(".xz")),
                 "run the layer_demo_image fixture first");
        QDir(kDir).removeRecursively();
        QVERIFY(QDir().mkpath(kDir));
        const auto parts = sfdiskPartitions(kDemo);
        QVERIFY(!parts.isEmpty());
        const qint64 bootStart = parts[0].start;
        const qint64 bootSize = parts[0].size;
        const qint64 imageSize = QFileInfo(kDemo).size();

        // Fresh drives a little larger than the image (the writer skips the image's holes, which
        // a fresh drive reads as zeros like the image).
        std::vector<std::unique_ptr<LoopDevice>> loops;
        QStringList backings;
        for (int i = 0; i < 3; ++i) {
            const QString backing = kDir + QStringLiteral("/drive%1.img").arg(i);
            QFile f(backing);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QVERIFY(f.resize(imageSize + (8 << 20)));
            f.close();
            backings << backing;
            loops.push_back(std::make_unique<LoopDevice>(backing));
            QVERIFY2(loops.back()->isValid(), "no free loop device");
        }

        const QString manifest = kDir + QStringLiteral("/devices.csv");
        QVERIFY(write(manifest, "hostname,wifi_ssid,wifi_psk,dev_mode\n"
                                "edge-{index:02},site-a,secret-one,false\n"
                                "edge-{index:02},site-b,secret-two,true\n"
                                "edge-{index:02},site-c,secret-three,false\n"));
        const QString report = kDir + QStringLiteral("/results.json");
        QStringList args{QStringLiteral("batch"),
                         manifest,
                         QStringLiteral("--image"),
                         kDemo + QStringLiteral(".xz"),
                         QStringLiteral("--yes"),
                         QStringLiteral("--report"),
                         report};
        for (const auto& l : loops) {
            args << QStringLiteral("--to") << l->path();
        }
        if (throughWriter) {
            qputenv("IMPRINT_WRITER", "1");
        }
        const auto r = runImprint(args);
        qunsetenv("IMPRINT_WRITER");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const QJsonObject results = QJsonDocument::fromJson(read(report)).object();
        QVERIFY(results[QStringLiteral("ok")].toBool());
        QCOMPARE(results[QStringLiteral("remaining")].toInt(), 0);
        const QJsonArray devices = results[QStringLiteral("devices")].toArray();
        QCOMPARE(devices.size(), 3);
        QSet<QString> uuids;
        const char* ssids[] = {"site-a", "site-b", "site-c"};
        const char* psks[] = {"secret-one", "secret-two", "secret-three"};
        for (int i = 0; i < 3; ++i) {
            ::sync();
            const QJsonObject d = devices[i].toObject();
            const QString host = QStringLiteral("edge-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            QCOMPARE(d[QStringLiteral("row")].toInt(), i + 1);
            QCOMPARE(d[QStringLiteral("target")].toString(),
                     loops[static_cast<std::size_t>(i)]->path());
            QCOMPARE(d[QStringLiteral("hostname")].toString(), host);
            QVERIFY(d[QStringLiteral("ok")].toBool());
            QVERIFY(d[QStringLiteral("verified")].toBool());
            QVERIFY(d[QStringLiteral("error")].isNull());
            uuids.insert(d[QStringLiteral("uuid")].toString());

            const auto config = mtypeThroughPartitionLoop(backings[i], bootStart, bootSize,
                                                          QStringLiteral("config.json"));
            QVERIFY(config.has_value());
            QCOMPARE(QString::fromLatin1(
                         QCryptographicHash::hash(*config, QCryptographicHash::Sha256).toHex()),
                     d[QStringLiteral("configSha256")].toString());
            const QJsonObject c = QJsonDocument::fromJson(*config).object();
            QCOMPARE(c[QStringLiteral("hostname")].toString(), host);
            QCOMPARE(c[QStringLiteral("uuid")].toString(), d[QStringLiteral("uuid")].toString());
            QCOMPARE(c[QStringLiteral("developmentMode")].toBool(), i == 1);
            const auto wifi =
                mtypeThroughPartitionLoop(backings[i], bootStart, bootSize,
                                          QStringLiteral("system-connections/balena-wifi-01"));
            QVERIFY(wifi.has_value());
            QCOMPARE(keyfileValue(*wifi, "wifi", "ssid").value_or(QString()),
                     QLatin1String(ssids[i]));
            QCOMPARE(keyfileValue(*wifi, "wifi-security", "psk").value_or(QString()),
                     QLatin1String(psks[i]));

            // Outside the boot partition, the drive holds the base image's bytes.
            QFile drive(backings[i]);
            QFile base(kDemo);
            QVERIFY(drive.open(QIODevice::ReadOnly) && base.open(QIODevice::ReadOnly));
            QVERIFY(sameRange(drive, base, 0, bootStart));
            QVERIFY(sameRange(drive, base, bootStart + bootSize, imageSize - bootStart - bootSize));
        }
        QCOMPARE(uuids.size(), 3);
        QVERIFY(!read(report).contains("secret"));
    }

    // Proof that the second run above went through the writer: one that cannot start fails the
    // row (exit 1, the writer named) and the drive keeps its bytes.
    void aWriterThatCannotStartWritesNothing() {
        if (geteuid() != 0) {
            QSKIP("loop devices need root");
        }
        QVERIFY(QDir().mkpath(kDir));
        const QString backing = kDir + QStringLiteral("/untouched.img");
        const QByteArray before(QFileInfo(kDemo).size() + (8 << 20), '\x33');
        QVERIFY(write(backing, before));
        LoopDevice loop(backing);
        QVERIFY2(loop.isValid(), "no free loop device");
        const QString manifest = kDir + QStringLiteral("/one.csv");
        QVERIFY(write(manifest, "hostname\nlonely\n"));
        qputenv("IMPRINT_WRITER", "1");
        qputenv("IMPRINT_WRITER_PROGRAM", "/nonexistent/imprint-writer");
        const auto r = runImprint({QStringLiteral("batch"), manifest, QStringLiteral("--image"),
                                   kDemo + QStringLiteral(".xz"), QStringLiteral("--yes"),
                                   QStringLiteral("--to"), loop.path()});
        qunsetenv("IMPRINT_WRITER");
        qunsetenv("IMPRINT_WRITER_PROGRAM");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("/nonexistent/imprint-writer")), qPrintable(r.err));
        QCOMPARE(read(backing), before);
    }
};

QTEST_GUILESS_MAIN(TestCliBatchDrives)
#include "tst_cli_batch_drives.moc"
