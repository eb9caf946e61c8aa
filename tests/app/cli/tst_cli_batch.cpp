// imprint batch as a fleet operator runs it: a 20-device CSV against the layer's demo image
// (.xz), every image judged by mtools, fsck.fat, GLib's keyfile parser and a byte comparison
// with the base outside the boot partition; invalid manifests refused before any write.
#include "tests/support/clirunner.h"
#include "tests/support/imagecheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace imprint::test;

namespace {
const QString kDemo = QStringLiteral(IMPRINT_BUILD_DIR "/demo/balena-demo-qemux86-64.img");
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/cli-batch");

QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot);
}

QString sha256Hex(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestCliBatch : public QObject {
    Q_OBJECT
    QString xz_ = kDemo + QStringLiteral(".xz");
    qint64 bootStart_ = 0;
    qint64 bootSize_ = 0;
    QByteArray sourceFingerprint_;

    // Runs a batch that must be refused: exit 2, the message naming `expect`, nothing written.
    void refused(const QString& name, const QByteArray& manifest, const QString& expect) {
        const QString file = kDir + QStringLiteral("/") + name;
        QVERIFY(write(file, manifest));
        const QString out = kDir + QStringLiteral("/refused-") + name;
        const auto r = runImprint({QStringLiteral("batch"), file, QStringLiteral("--image"), xz_,
                                   QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 2, qPrintable(r.err));
        QVERIFY2(r.err.contains(expect), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out) || filesIn(out).isEmpty());
        QCOMPARE(fingerprint(xz_), sourceFingerprint_);
    }

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(xz_), "run the layer_demo_image fixture first");
        QDir(kDir).removeRecursively();
        QVERIFY(QDir().mkpath(kDir));
        const auto parts = sfdiskPartitions(kDemo);
        QVERIFY(!parts.isEmpty());
        bootStart_ = parts[0].start;
        bootSize_ = parts[0].size;
        sourceFingerprint_ = fingerprint(xz_);
    }

    void twentyDevicesFromCsv() {
        QByteArray csv = "hostname,uuid,wifi_ssid,wifi_psk,config.persistentLogging\n";
        for (int i = 1; i <= 20; ++i) {
            // Row 5 brings its own uuid; the others get one generated.
            csv += i == 5 ? "dev-{index:03},00112233445566778899aabbccddeeff," : "dev-{index:03},,";
            csv += "\"site-{index}\",pass-{row.hostname},true\n";
        }
        const QString manifest = kDir + QStringLiteral("/devices.csv");
        QVERIFY(write(manifest, csv));
        const QString profile = kDir + QStringLiteral("/base.json");
        QVERIFY(write(profile,
                      R"({"country": "DE", "baseConfig": {"ntpServers": "pool.example.org"}})"));
        const QString out = kDir + QStringLiteral("/out");
        const auto r = runImprint({QStringLiteral("batch"), manifest, QStringLiteral("--image"),
                                   xz_, QStringLiteral("--profile"), profile,
                                   QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(QJsonDocument::fromJson(read(out + QStringLiteral("/results.json"))).object(),
                 report);
        QVERIFY(report[QStringLiteral("ok")].toBool());
        // What the base image is, as `imprint inspect` says it, read on the head the plans used.
        const QJsonObject facts = report[QStringLiteral("imageFacts")].toObject();
        const auto inspected =
            runImprint({QStringLiteral("inspect"), xz_, QStringLiteral("--json")});
        QCOMPARE(inspected.exitCode, 0);
        QCOMPARE(facts, QJsonDocument::fromJson(inspected.out.toUtf8()).object());
        QCOMPARE(facts[QStringLiteral("format")].toString(), QStringLiteral("xz"));
        QCOMPARE(facts[QStringLiteral("boot")][QStringLiteral("deviceType")].toString(),
                 QStringLiteral("qemux86-64"));
        const QJsonArray devices = report[QStringLiteral("devices")].toArray();
        QCOMPARE(devices.size(), 20);
        QCOMPARE(fingerprint(xz_), sourceFingerprint_);

        QSet<QString> uuids;
        static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
        for (int i = 0; i < 20; ++i) {
            const QJsonObject d = devices[i].toObject();
            const QString host = QStringLiteral("dev-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            const QString image = out + QStringLiteral("/") + host + QStringLiteral(".img");
            QCOMPARE(d[QStringLiteral("row")].toInt(), i + 1);
            QCOMPARE(d[QStringLiteral("hostname")].toString(), host);
            QCOMPARE(d[QStringLiteral("target")].toString(), image);
            QVERIFY(d[QStringLiteral("ok")].toBool());
            QVERIFY(d[QStringLiteral("verified")].toBool());
            QCOMPARE(d[QStringLiteral("uuidGenerated")].toBool(), i != 4);

            const auto config = mtype(image, bootStart_, QStringLiteral("config.json"));
            QVERIFY(config.has_value());
            QCOMPARE(sha256Hex(*config), d[QStringLiteral("configSha256")].toString());
            const QJsonObject c = QJsonDocument::fromJson(*config).object();
            QCOMPARE(c[QStringLiteral("hostname")].toString(), host);
            QCOMPARE(c[QStringLiteral("country")].toString(), QStringLiteral("DE"));
            QCOMPARE(c[QStringLiteral("ntpServers")].toString(),
                     QStringLiteral("pool.example.org"));
            QCOMPARE(c[QStringLiteral("persistentLogging")].toBool(), true);
            const QString uuid = c[QStringLiteral("uuid")].toString();
            QCOMPARE(uuid, d[QStringLiteral("uuid")].toString());
            QVERIFY(hex32.match(uuid).hasMatch());
            if (i == 4) {
                QCOMPARE(uuid, QStringLiteral("00112233445566778899aabbccddeeff"));
            }
            uuids.insert(uuid);

            const auto wifi =
                mtype(image, bootStart_, QStringLiteral("system-connections/balena-wifi-01"));
            QVERIFY(wifi.has_value());
            QCOMPARE(keyfileValue(*wifi, "wifi", "ssid").value_or(QString()),
                     QStringLiteral("site-%1").arg(i + 1));
            QCOMPARE(keyfileValue(*wifi, "wifi-security", "psk").value_or(QString()),
                     QStringLiteral("pass-") + host);

            const auto fsck =
                fsckFat(image, bootStart_, bootSize_, image + QStringLiteral(".boot"));
            QVERIFY2(fsck.exitCode == 0, fsck.out.constData());
            QVERIFY(sameOutside(kDemo, image, bootStart_, bootSize_));
        }
        QCOMPARE(uuids.size(), 20);
        // The report holds no pass phrase.
        QVERIFY(!r.out.contains(QStringLiteral("pass-dev")));
    }

    void invalidManifestsWriteNothing() {
        QByteArray badHost = "hostname,wifi_ssid\n";
        for (int i = 1; i <= 10; ++i) {
            badHost += i == 7 ? "not_a_host!,net\n" : "ok-{index},net\n";
        }
        refused(QStringLiteral("bad-host.csv"), badHost, QStringLiteral("Row 7, column hostname"));

        QByteArray dupUuid = "hostname,uuid\n";
        for (int i = 1; i <= 10; ++i) {
            dupUuid += "h-{index},";
            dupUuid += (i == 3 || i == 9) ? "abcdefabcdefabcdefabcdefabcdefab\n" : "\n";
        }
        refused(QStringLiteral("dup-uuid.csv"), dupUuid, QStringLiteral("Row 9, column uuid"));

        refused(QStringLiteral("dup-host.json"),
                R"([{"hostname": "same"}, {"hostname": "other"}, {"hostname": "SAME"}])",
                QStringLiteral("Row 3, column hostname"));
        refused(QStringLiteral("missing-field.csv"), "hostname,country\na,DE\nb\n",
                QStringLiteral("Row 2 (line 3)"));
        refused(QStringLiteral("unknown-column.csv"), "hostname,colour\na,red\n",
                QStringLiteral("colour"));
        refused(QStringLiteral("template.csv"), "hostname\nx-{idx}\n",
                QStringLiteral("Row 1, column hostname"));
        refused(QStringLiteral("psk.csv"), "hostname,wifi_psk\na,secret-pass\n",
                QStringLiteral("Row 1 has a wifi_psk"));
        refused(QStringLiteral("short-psk.csv"),
                "hostname,wifi_ssid,wifi_psk\na,n,long-enough\nb,n,short\n",
                QStringLiteral("Row 2, column wifi_psk"));
        refused(QStringLiteral("bad-country.json"), R"([{"hostname": "a", "country": "XX"}])",
                QStringLiteral("Row 1, column country"));
    }

    void jsonManifestAndResume() {
        const QString manifest = kDir + QStringLiteral("/devices.json");
        QVERIFY(write(manifest, R"([{"hostname": "cam-{index}", "dev_mode": true},
                                   {"hostname": "cam-{index}", "dev_mode": false},
                                   {"dev_mode": "false"}])"));
        const QString out = kDir + QStringLiteral("/resume");
        const QStringList args{QStringLiteral("batch"), manifest, QStringLiteral("--image"), kDemo,
                               QStringLiteral("--out"), out,      QStringLiteral("--json")};
        auto r = runImprint(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray first =
            QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("devices")].toArray();
        QCOMPARE(first.size(), 3);
        QCOMPARE(first[2].toObject()[QStringLiteral("target")].toString(),
                 out + QStringLiteral("/device-3.img"));
        const auto c1 =
            mtype(out + QStringLiteral("/cam-1.img"), bootStart_, QStringLiteral("config.json"));
        QVERIFY(c1.has_value());
        QCOMPARE(QJsonDocument::fromJson(*c1).object()[QStringLiteral("developmentMode")].toBool(),
                 true);

        // Again without --resume: the images exist, nothing is overwritten.
        r = runImprint(args);
        QCOMPARE(r.exitCode, 4);

        // One image lost: --resume writes only that one, with the uuid it had.
        QVERIFY(QFile::remove(out + QStringLiteral("/cam-2.img")));
        const QDateTime kept = QFileInfo(out + QStringLiteral("/cam-1.img")).lastModified();
        r = runImprint(args + QStringList{QStringLiteral("--resume")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray second =
            QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("devices")].toArray();
        QCOMPARE(second.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(second[i].toObject()[QStringLiteral("uuid")],
                     first[i].toObject()[QStringLiteral("uuid")]);
            QCOMPARE(second[i].toObject()[QStringLiteral("resumed")].toBool(), i != 1);
        }
        QCOMPARE(QFileInfo(out + QStringLiteral("/cam-1.img")).lastModified(), kept);
        const auto c2 =
            mtype(out + QStringLiteral("/cam-2.img"), bootStart_, QStringLiteral("config.json"));
        QVERIFY(c2.has_value());
        QCOMPARE(QJsonDocument::fromJson(*c2).object()[QStringLiteral("uuid")],
                 first[1].toObject()[QStringLiteral("uuid")]);
    }

    // --to: a set of targets at a time; without a terminal one set per run, then --resume.
    void setsOfTargets() {
        const QString manifest = kDir + QStringLiteral("/three.csv");
        QVERIFY(write(manifest, "hostname\nset-1\nset-2\nset-3\n"));
        const QString a = kDir + QStringLiteral("/set-a.img");
        const QString b = kDir + QStringLiteral("/set-b.img");
        const QString report = kDir + QStringLiteral("/sets.json");
        const QStringList args{
            QStringLiteral("batch"),    manifest, QStringLiteral("--image"), kDemo,
            QStringLiteral("--to"),     a,        QStringLiteral("--to"),    b,
            QStringLiteral("--report"), report,   QStringLiteral("--json")};
        auto r = runImprint(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QStringLiteral("remaining")].toInt(), 1);
        QCOMPARE(o[QStringLiteral("devices")].toArray().size(), 2);
        const auto host = [&](const QString& image) {
            const auto c = mtype(image, bootStart_, QStringLiteral("config.json"));
            return c ? QJsonDocument::fromJson(*c).object()[QStringLiteral("hostname")].toString()
                     : QString();
        };
        QCOMPARE(host(a), QStringLiteral("set-1"));
        QCOMPARE(host(b), QStringLiteral("set-2"));
        r = runImprint(args + QStringList{QStringLiteral("--resume")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QStringLiteral("remaining")].toInt(), 0);
        QVERIFY(o[QStringLiteral("ok")].toBool());
        QCOMPARE(host(a), QStringLiteral("set-3"));
        QCOMPARE(host(b), QStringLiteral("set-2"));
    }

    // Compressed in-process (liblzma, libzstd); judged by the xz and zstd programs.
    void compressedOutput_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("program");
        QTest::newRow("zst") << QStringLiteral("zst") << QStringLiteral("zstd");
        QTest::newRow("xz") << QStringLiteral("xz") << QStringLiteral("xz");
    }
    void compressedOutput() {
        QFETCH(QString, kind);
        QFETCH(QString, program);
        const QString manifest = kDir + QStringLiteral("/two.csv");
        QVERIFY(write(manifest, "hostname\nzed-1\nzed-2\n"));
        const QString out = kDir + QLatin1Char('/') + kind;
        const auto r =
            runImprint({QStringLiteral("batch"), manifest, QStringLiteral("--image"), xz_,
                        QStringLiteral("--out"), out, QStringLiteral("--compress"), kind});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString packed = QStringLiteral("zed-2.img.") + kind;
        QCOMPARE(filesIn(out), (QStringList{QStringLiteral("results.json"),
                                            QStringLiteral("zed-1.img.") + kind, packed}));
        QCOMPARE(tool(program, {QStringLiteral("-t"), out + QLatin1Char('/') + packed}).exitCode,
                 0);
        const QString plain = kDir + QStringLiteral("/zed-2.img");
        QVERIFY(
            tool(QStringLiteral("sh"),
                 {QStringLiteral("-c"), QStringLiteral("%1 -dc %2 > %3")
                                            .arg(program, out + QLatin1Char('/') + packed, plain)})
                .exitCode == 0);
        const auto c = mtype(plain, bootStart_, QStringLiteral("config.json"));
        QVERIFY(c.has_value());
        QCOMPARE(QJsonDocument::fromJson(*c).object()[QStringLiteral("hostname")].toString(),
                 QStringLiteral("zed-2"));
        QVERIFY(sameOutside(kDemo, plain, bootStart_, bootSize_));
        QFile::remove(plain);
    }
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_cli_batch.moc"
