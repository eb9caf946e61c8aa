// The command line's global options and `imprint version`, run as a user would run them.
#include "tests/support/clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using imprint::test::runImprint;

class TestCliVersion : public QObject {
    Q_OBJECT
private slots:
    void versionOption() {
        const auto r = runImprint({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("imprint ")));
        QVERIFY(r.err.isEmpty());
    }
    void helpListsCommands() {
        const auto r = runImprint({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Usage: imprint")));
        QVERIFY(r.out.contains(QStringLiteral("  version")));
    }
    void unknownCommandIsUsageError() {
        auto r = runImprint({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
        r = runImprint({});
        QCOMPARE(r.exitCode, 2);
        r = runImprint({QStringLiteral("--no-such-option")});
        QCOMPARE(r.exitCode, 2);
    }
    void subcommandHelp() {
        const auto r = runImprint({QStringLiteral("version"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: imprint version [options]")),
                 qPrintable(r.out));
    }

    void compare_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("sign");
        QTest::newRow("beta") << "2.0.0-beta1"
                              << "2.0.0"
                              << "<";
        QTest::newRow("rev") << "2.0.0+rev11"
                             << "2.0.0+rev2"
                             << ">";
        QTest::newRow("zeros") << "18.04.1"
                               << "18.4.1"
                               << "=";
        QTest::newRow("product") << "balenaOS 2.0.0 (prod)"
                                 << "v2.0.0"
                                 << "=";
        QTest::newRow("dev") << "2.0.0+rev1.dev"
                             << "2.0.0+rev1"
                             << "<";
    }
    void compare() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, sign);
        const auto r = runImprint({QStringLiteral("version"), QStringLiteral("compare"), a, b});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, sign + QLatin1Char('\n'));
        QVERIFY(r.err.isEmpty());
    }
    void compareInvalidExitsTwo() {
        const auto r = runImprint({QStringLiteral("version"), QStringLiteral("compare"),
                                   QStringLiteral("2.0-beta.8"), QStringLiteral("2.0.0")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("2.0-beta.8")) &&
                     r.err.contains(QStringLiteral("patch")),
                 qPrintable(r.err));
        const auto negative =
            runImprint({QStringLiteral("version"), QStringLiteral("compare"), QStringLiteral("--"),
                        QStringLiteral("-1.0.0"), QStringLiteral("1.0.0")});
        QCOMPARE(negative.exitCode, 2);
        QVERIFY(negative.err.contains(QStringLiteral("negative")));
        const auto oneArg = runImprint(
            {QStringLiteral("version"), QStringLiteral("compare"), QStringLiteral("1.0.0")});
        QCOMPARE(oneArg.exitCode, 2);
    }
    void compareJson() {
        const auto r = runImprint({QStringLiteral("version"), QStringLiteral("compare"),
                                   QStringLiteral("--json"), QStringLiteral("2.0.0-rc1"),
                                   QStringLiteral("2.0.0")});
        QCOMPARE(r.exitCode, 0);
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8());
        QCOMPARE(doc.object().value(QStringLiteral("result")).toString(), QStringLiteral("<"));
        QCOMPARE(doc.object().value(QStringLiteral("a")).toObject().value(QStringLiteral("label")),
                 QJsonValue(QStringLiteral("rc1")));
    }

    void sortTheIssueExample() {
        const QByteArray input =
            "2.0.0+rev1\n2.0.0-beta10\n2.0.0\n2.0.0-beta1\n2.0.0-rc1\n2.0.0+rev11\n1.2.3+rev4\n";
        const auto r = runImprint({QStringLiteral("version"), QStringLiteral("sort")}, input);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("1.2.3+rev4\n2.0.0-beta1\n2.0.0-beta10\n2.0.0-rc1\n2.0.0\n"
                                       "2.0.0+rev1\n2.0.0+rev11\n"));
        QVERIFY(r.err.isEmpty());
    }
    void sortKeepsLinesUnchangedAndStable() {
        const QByteArray input = "v2.0.0\n  18.04.1\n2.0.0 (prod)\n18.4.1\nbalenaOS 1.0.0\n";
        const auto r = runImprint({QStringLiteral("version"), QStringLiteral("sort")}, input);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 QStringLiteral("balenaOS 1.0.0\nv2.0.0\n2.0.0 (prod)\n  18.04.1\n18.4.1\n"));
    }
    void sortReportsInvalidLines() {
        const QByteArray input = "2.0.0\nnot-a-version\n1.0.0\n\n2.0.0+rev3+prod\n";
        const auto r = runImprint({QStringLiteral("version"), QStringLiteral("sort")}, input);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QStringLiteral("1.0.0\n2.0.0\n"));
        QVERIFY2(r.err.contains(QStringLiteral("line 2")) &&
                     r.err.contains(QStringLiteral("line 5")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("line 4")));
    }
    void sortJson() {
        const auto r =
            runImprint({QStringLiteral("version"), QStringLiteral("sort"), QStringLiteral("--json"),
                        QStringLiteral("2.0.0"), QStringLiteral("1.0.0-beta1")});
        QCOMPARE(r.exitCode, 0);
        const auto array = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array[0].toObject().value(QStringLiteral("line")).toString(),
                 QStringLiteral("1.0.0-beta1"));
    }
    void germanMessages() {
        qputenv("IMPRINT_LANG", "de");
        const auto r = runImprint({QStringLiteral("version"), QStringLiteral("compare"),
                                   QStringLiteral("1.2"), QStringLiteral("1.2.0")});
        qunsetenv("IMPRINT_LANG");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliVersion)
#include "tst_cli_version.moc"
