// imprint flash with --profile and --target-profile: one decompression of the demo image to
// two image files, each configured with its own profile merged over the shared one; the plans
// shown with --json; an invalid profile refused before any byte is written.
#include "tests/support/clirunner.h"
#include "tests/support/imagecheck.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace imprint::test;

namespace {
const QString kDemo = QStringLiteral(IMPRINT_BUILD_DIR "/demo/balena-demo-qemux86-64.img");
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/cli-flash-profiles");

QList<QJsonObject> jsonLines(const QString& out) {
    QList<QJsonObject> lines;
    for (const auto& l : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        lines << QJsonDocument::fromJson(l.toUtf8()).object();
    }
    return lines;
}
} // namespace

class TestCliFlashProfiles : public QObject {
    Q_OBJECT
    qint64 bootStart_ = 0;
    qint64 bootSize_ = 0;

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(kDemo), "run the layer_demo_image fixture first");
        QDir(kDir).removeRecursively();
        QVERIFY(QDir().mkpath(kDir));
        const auto parts = sfdiskPartitions(kDemo);
        QVERIFY(!parts.isEmpty());
        bootStart_ = parts[0].start;
        bootSize_ = parts[0].size;
        QVERIFY(write(kDir + QStringLiteral("/shared.json"),
                      R"({"country": "SE", "hostname": "shared",
                          "networks": [{"ssid": "office", "passphrase": "office-pass"}]})"));
        QVERIFY(write(kDir + QStringLiteral("/a.json"), R"({"hostname": "alpha"})"));
        QVERIFY(write(kDir + QStringLiteral("/b.json"),
                      R"({"hostname": "beta", "developmentMode": true})"));
        QVERIFY(write(kDir + QStringLiteral("/bad.json"), R"({"hostname": "-bad-"})"));
    }

    void eachTargetItsOwnProfile() {
        const QString a = kDir + QStringLiteral("/a.img");
        const QString b = kDir + QStringLiteral("/b.img");
        const QString c = kDir + QStringLiteral("/c.img");
        const QByteArray before = fingerprint(kDemo + QStringLiteral(".xz"));
        const auto r =
            runImprint({QStringLiteral("flash"), kDemo + QStringLiteral(".xz"),
                        QStringLiteral("--to"), a, QStringLiteral("--target-profile"),
                        kDir + QStringLiteral("/a.json"), QStringLiteral("--to"), b,
                        QStringLiteral("--target-profile=") + kDir + QStringLiteral("/b.json"),
                        QStringLiteral("--to"), c, QStringLiteral("--profile"),
                        kDir + QStringLiteral("/shared.json"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(fingerprint(kDemo + QStringLiteral(".xz")), before);
        int plans = 0;
        for (const auto& line : jsonLines(r.out)) {
            if (line[QStringLiteral("event")] == QStringLiteral("plan")) {
                ++plans;
                // Pass phrases never appear in a plan.
                QVERIFY(!QJsonDocument(line).toJson().contains("office-pass"));
            }
        }
        QCOMPARE(plans, 3);
        const auto expect = [&](const QString& image, const QString& host, bool dev) {
            const auto config = mtype(image, bootStart_, QStringLiteral("config.json"));
            QVERIFY(config.has_value());
            const QJsonObject o = QJsonDocument::fromJson(*config).object();
            QCOMPARE(o[QStringLiteral("hostname")].toString(), host);
            QCOMPARE(o[QStringLiteral("country")].toString(), QStringLiteral("SE"));
            QCOMPARE(o[QStringLiteral("developmentMode")].toBool(), dev);
            const auto wifi =
                mtype(image, bootStart_, QStringLiteral("system-connections/balena-wifi-01"));
            QVERIFY(wifi.has_value());
            QCOMPARE(keyfileValue(*wifi, "wifi-security", "psk").value_or(QString()),
                     QStringLiteral("office-pass"));
            const auto fsck =
                fsckFat(image, bootStart_, bootSize_, image + QStringLiteral(".boot"));
            QVERIFY2(fsck.exitCode == 0, fsck.out.constData());
            QVERIFY(sameOutside(kDemo, image, bootStart_, bootSize_));
        };
        expect(a, QStringLiteral("alpha"), false);
        expect(b, QStringLiteral("beta"), true);
        expect(c, QStringLiteral("shared"), false);
    }

    void invalidProfileWritesNothing() {
        const QString a = kDir + QStringLiteral("/never-a.img");
        const QString b = kDir + QStringLiteral("/never-b.img");
        const auto r = runImprint({QStringLiteral("flash"), kDemo, QStringLiteral("--to"), a,
                                   QStringLiteral("--to"), b, QStringLiteral("--target-profile"),
                                   kDir + QStringLiteral("/bad.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(b) && r.err.contains(QStringLiteral("hostname")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(a));
        QVERIFY(!QFileInfo::exists(b));

        const auto order =
            runImprint({QStringLiteral("flash"), kDemo, QStringLiteral("--target-profile"),
                        kDir + QStringLiteral("/a.json"), QStringLiteral("--to"), a});
        QCOMPARE(order.exitCode, 2);
        QVERIFY(!QFileInfo::exists(a));

        const auto missing =
            runImprint({QStringLiteral("flash"), kDemo, QStringLiteral("--to"), a,
                        QStringLiteral("--profile"), QStringLiteral("no-such-saved-profile")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(!QFileInfo::exists(a));
    }
};

QTEST_GUILESS_MAIN(TestCliFlashProfiles)
#include "tst_cli_flash_profiles.moc"
