// imprint drives: lists, hides the system drive unless --all, JSON schema of drives.md.
#include "tests/support/clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using imprint::test::runImprint;

class TestCliDrives : public QObject {
    Q_OBJECT
private slots:
    void jsonSchemaAndSystemDriveHidden() {
        const auto all = runImprint(
            {QStringLiteral("drives"), QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        const auto doc = QJsonDocument::fromJson(all.out.toUtf8());
        QVERIFY(doc.isObject());
        const auto drives = doc.object().value(QStringLiteral("drives")).toArray();
        QStringList systemPaths;
        for (const auto& v : drives) {
            const auto o = v.toObject();
            for (const char* key :
                 {"path", "name", "type", "size", "vendor", "model", "bus", "removable", "readOnly",
                  "systemDrive", "mountpoints", "verdict", "issues"}) {
                QVERIFY2(o.contains(QLatin1String(key)), key);
            }
            if (o.value(QStringLiteral("systemDrive")).toBool()) {
                QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("refused"));
                QCOMPARE(o.value(QStringLiteral("issues"))
                             .toArray()[0]
                             .toObject()
                             .value(QStringLiteral("code"))
                             .toString(),
                         QStringLiteral("drives.system_drive"));
                systemPaths << o.value(QStringLiteral("path")).toString();
            }
        }
        const auto shown = runImprint({QStringLiteral("drives"), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        for (const auto& v : QJsonDocument::fromJson(shown.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("drives"))
                                 .toArray()) {
            QVERIFY(!systemPaths.contains(v.toObject().value(QStringLiteral("path")).toString()));
        }
        const auto text = runImprint({QStringLiteral("drives"), QStringLiteral("--all")});
        QCOMPARE(text.exitCode, 0);
        for (const auto& p : systemPaths) {
            QVERIFY(text.out.contains(p));
            QVERIFY(text.out.contains(QStringLiteral("running system")));
        }
    }
    void rejectsArguments() {
        QCOMPARE(runImprint({QStringLiteral("drives"), QStringLiteral("extra")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliDrives)
#include "tst_cli_drives.moc"
