// imprint profile save|show|list|rm|export|import through the real binary, in a profile folder
// of the test's own (IMPRINT_PROFILE_DIR), and a saved NAME taken by batch --profile.
#include "tests/support/clirunner.h"
#include "tests/support/imagecheck.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace imprint::test;

namespace {
const QString kDemo = QStringLiteral(IMPRINT_BUILD_DIR "/demo/balena-demo-qemux86-64.img");
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/cli-profile");
} // namespace

class TestCliProfile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QDir(kDir).removeRecursively();
        QVERIFY(QDir().mkpath(kDir));
        // The store's folder does not exist: the first save makes it (owner-only).
        qputenv("IMPRINT_PROFILE_DIR", (kDir + QStringLiteral("/store")).toUtf8());
    }

    // The first save makes the store's folder, owner-only (it holds pass phrases).
    void storeFolderIsOwnerOnly() {
#ifndef __linux__
        QSKIP("no group or other permission bits on Windows: the store is private by the ACL of "
              "the user's own folder, which Qt's permissions() does not read");
#endif
        const QString store = kDir + QStringLiteral("/private-store");
        qputenv("IMPRINT_PROFILE_DIR", store.toUtf8());
        const auto r =
            runImprint({QStringLiteral("profile"), QStringLiteral("save"), QStringLiteral("site-p"),
                        QStringLiteral("--hostname"), QStringLiteral("cam")});
        qputenv("IMPRINT_PROFILE_DIR", (kDir + QStringLiteral("/store")).toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFileInfo(store).permissions() & others, QFile::Permissions());
    }

    void saveShowListExportImportRemove() {
        auto r = runImprint(
            {QStringLiteral("profile"), QStringLiteral("save"), QStringLiteral("site-a"),
             QStringLiteral("--hostname"), QStringLiteral("cam"), QStringLiteral("--wifi"),
             QStringLiteral("office"), QStringLiteral("--wifi-psk"), QStringLiteral("office-pass"),
             QStringLiteral("--country"), QStringLiteral("NL")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), kDir + QStringLiteral("/store/site-a.json"));
        QVERIFY(QFileInfo::exists(r.out.trimmed()));

        r = runImprint(
            {QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("site-a")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown[QStringLiteral("hostname")].toString(), QStringLiteral("cam"));
        QCOMPARE(shown[QStringLiteral("country")].toString(), QStringLiteral("NL"));
        QVERIFY(!r.out.contains(QStringLiteral("office-pass"))); // masked
        r = runImprint({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("site-a"),
                        QStringLiteral("--show-secrets")});
        QVERIFY(r.out.contains(QStringLiteral("office-pass")));

        const QString exported = kDir + QStringLiteral("/exported.json");
        r = runImprint({QStringLiteral("profile"), QStringLiteral("export"),
                        QStringLiteral("site-a"), exported});
        QCOMPARE(r.exitCode, 0);
        r = runImprint({QStringLiteral("profile"), QStringLiteral("import"), exported,
                        QStringLiteral("site-b"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(
            QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("name")].toString(),
            QStringLiteral("site-b"));
        // Importing over an existing name needs --replace.
        r = runImprint({QStringLiteral("profile"), QStringLiteral("import"), exported,
                        QStringLiteral("site-b")});
        QCOMPARE(r.exitCode, 2);

        r = runImprint(
            {QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const auto list =
            QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("profiles")].toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("site-a"));

        r = runImprint({QStringLiteral("profile"), QStringLiteral("rm"), QStringLiteral("site-b")});
        QCOMPARE(r.exitCode, 0);
        r = runImprint({QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(r.out.trimmed(), QStringLiteral("site-a"));
        r = runImprint(
            {QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("site-b")});
        QCOMPARE(r.exitCode, 2);
    }

    void invalidProfileIsNotSaved() {
        const auto r =
            runImprint({QStringLiteral("profile"), QStringLiteral("save"), QStringLiteral("bad"),
                        QStringLiteral("--wifi"), QStringLiteral("x"), QStringLiteral("--wifi-psk"),
                        QStringLiteral("short")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(kDir + QStringLiteral("/store/bad.json")));
    }

    // A saved NAME works wherever a profile is taken: here as batch's base profile.
    void savedNameInBatch() {
        QVERIFY2(QFileInfo::exists(kDemo), "run the layer_demo_image fixture first");
        QFile manifest(kDir + QStringLiteral("/one.csv"));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("hostname\nnamed-1\n");
        manifest.close();
        const QString out = kDir + QStringLiteral("/out");
        const auto r = runImprint({QStringLiteral("batch"), manifest.fileName(),
                                   QStringLiteral("--image"), kDemo, QStringLiteral("--profile"),
                                   QStringLiteral("site-a"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto parts = sfdiskPartitions(kDemo);
        QVERIFY(!parts.isEmpty());
        const auto config = mtype(out + QStringLiteral("/named-1.img"), parts[0].start,
                                  QStringLiteral("config.json"));
        QVERIFY(config.has_value());
        const QJsonObject o = QJsonDocument::fromJson(*config).object();
        QCOMPARE(o[QStringLiteral("hostname")].toString(), QStringLiteral("named-1"));
        QCOMPARE(o[QStringLiteral("country")].toString(), QStringLiteral("NL"));
    }
};

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cli_profile.moc"
