// `imprint inspect --json` and the GUI's image summary (app::inspectImage) agree on every fact
// for the six source formats and for URLs served by a local HTTP server (a raw image, and an
// .xz with a .bmap beside it), read while they download.
#include "app/common/image/imageinfo.h"
#include "app/common/image/inspection.h"
#include "tests/flasher/facts/factsimages.h"
#include "tests/support/httptestserver.h"

#include <QDeadlineTimer>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QtConcurrent>

using namespace imprint;
using namespace imprint::test;

namespace {
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/agreement");

// Runs the real program while this test's event loop keeps serving HTTP.
QJsonObject cliFacts(const QString& source, int& exitCode) {
    QProcess p;
    p.start(QStringLiteral(IMPRINT_BIN_DIR "/imprint"),
            {QStringLiteral("inspect"), source, QStringLiteral("--json")});
    QDeadlineTimer deadline(120000);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QTest::qWait(5);
    }
    exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// The GUI's reader, off this thread as the GUI runs it (the HTTP server lives on this one).
Result<app::ImageInfo> guiFacts(const QString& source) {
    QFutureWatcher<Result<app::ImageInfo>> watcher;
    watcher.setFuture(QtConcurrent::run([source] { return app::inspectImage(source); }));
    QDeadlineTimer deadline(120000);
    while (!watcher.isFinished() && !deadline.hasExpired()) {
        QTest::qWait(5);
    }
    watcher.waitForFinished();
    return watcher.result();
}

QStringList strings(const QJsonValue& array) {
    QStringList out;
    for (const auto& v : array.toArray()) {
        out << v.toString();
    }
    return out;
}

} // namespace

class TestInspectAgreement : public QObject {
    Q_OBJECT
    HttpTestServer server_;
    QJsonObject rawFacts_; // of the raw file, as the command line says them

    // What the Image step shows, field by field, against the command line's JSON.
    static void compareSummary(const app::ImageInfo& info, const QJsonObject& cli) {
        QCOMPARE(info.kind, cli["kind"].toString());
        QCOMPARE(info.compression, cli["format"].toString());
        QCOMPARE(static_cast<qint64>(info.size), cli["size"].toInteger());
        QCOMPARE(info.tableKind, cli["table"].toObject()["type"].toString());
        const auto parts = cli["partitions"].toArray();
        QCOMPARE(info.partitions.size(), parts.size());
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const auto p = parts[i].toObject();
            const auto& g = info.partitions[i];
            QCOMPARE(g.number, p["number"].toInt());
            QCOMPARE(static_cast<qint64>(g.start), p["start"].toInteger());
            QCOMPARE(static_cast<qint64>(g.size), p["size"].toInteger());
            QCOMPARE(g.typeName, p["typeName"].toString());
            QCOMPARE(g.filesystem, p["filesystem"].toString());
            QCOMPARE(g.label,
                     p["name"].toString().isEmpty() ? p["label"].toString() : p["name"].toString());
            QCOMPARE(g.container, p["container"].toBool());
        }
        const auto boot = cli["boot"].toObject();
        QCOMPARE(info.bootPartition, boot["partition"].toInt());
        QCOMPARE(info.bootReason, boot["reason"].toString());
        QCOMPARE(info.deviceType, boot["deviceType"].toString());
        QCOMPARE(info.deviceName, boot["deviceName"].toString());
        QCOMPARE(info.osVersion, boot["osVersion"].toString());
        QCOMPARE(info.development, boot["development"].toBool());
        QCOMPARE(info.connectionFiles, strings(boot["networkFiles"]));
        const auto config = boot["config"].toObject();
        QCOMPARE(QJsonDocument::fromJson(info.configText).object().keys(), [&] {
            auto keys = strings(config["keys"]);
            keys.sort(); // QJsonObject's order
            return keys;
        }());
        QCOMPARE(QJsonDocument::fromJson(info.configText).object()["hostname"].toString(),
                 config["hostname"].toString());
    }

private slots:
    void initTestCase() {
        qputenv("XDG_CACHE_HOME", (kDir + QStringLiteral("/cache")).toUtf8());
        QString why;
        QVERIFY2(makeFactsImages(kDir, why), qPrintable(why));
        for (const char* name : {"facts.img", "facts.img.xz"}) {
            auto& route = server_.route(QByteArray("/") + name);
            route.body = read(kDir + QLatin1Char('/') + QLatin1String(name));
            route.chunkBytes = 1 << 20;
            route.chunkDelayMs = 2;
        }
        server_.route("/facts.img.xz.bmap").body =
            read(kFactsDemo.chopped(4) + QStringLiteral(".bmap"));
        int rc = -1;
        rawFacts_ = cliFacts(kDir + QStringLiteral("/facts.img"), rc);
        QCOMPARE(rc, 0);
        QCOMPARE(rawFacts_["boot"].toObject()["config"].toObject()["hostname"].toString(),
                 QStringLiteral("facts-host"));
    }

    void agree_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("format");
        const char* const names[] = {"raw", "gzip", "xz", "zstd", "bzip2", "zip"};
        for (int i = 0; i < kFactsFormats.size(); ++i) {
            QTest::newRow(names[i]) << kDir + QStringLiteral("/facts.img") + kFactsFormats[i]
                                    << QString::fromLatin1(names[i]);
        }
        QTest::newRow("url raw") << QString::fromLatin1(server_.url("/facts.img"))
                                 << QStringLiteral("raw");
        QTest::newRow("url xz") << QString::fromLatin1(server_.url("/facts.img.xz"))
                                << QStringLiteral("xz");
    }

    void agree() {
        QFETCH(QString, source);
        QFETCH(QString, format);
        int rc = -1;
        const QJsonObject cli = cliFacts(source, rc);
        QCOMPARE(rc, 0);
        const auto gui = guiFacts(source);
        QVERIFY2(gui.ok(), gui.ok() ? "" : gui.error().code.c_str());
        // Every fact, the new ones (format, sizes, data bytes, config, development) included.
        const QJsonObject guiJson = app::factsToJson(gui->facts);
        for (const auto& key : cli.keys() + guiJson.keys()) {
            QVERIFY2(cli[key] == guiJson[key],
                     qPrintable(key + QStringLiteral(": ") +
                                QJsonDocument(QJsonObject{{"cli", cli[key]}, {"gui", guiJson[key]}})
                                    .toJson(QJsonDocument::Compact)));
        }
        compareSummary(*gui, cli);
        QCOMPARE(cli["format"].toString(), format);
        // And the same image: layout and boot facts as the raw file's.
        QCOMPARE(cli["partitions"], rawFacts_["partitions"]);
        QCOMPARE(cli["boot"], rawFacts_["boot"]);
        QCOMPARE(cli["size"], rawFacts_["size"]);
        if (source.endsWith(QLatin1String(".xz")) && source.startsWith(QLatin1String("http"))) {
            QCOMPARE(cli["dataBytesFrom"].toString(), QStringLiteral("bmap"));
        } else if (format == QLatin1String("raw") && !source.startsWith(QLatin1String("http"))) {
            QCOMPARE(cli["dataBytesFrom"].toString(), QStringLiteral("computed"));
        } else {
            QVERIFY(cli["dataBytes"].isNull());
        }
    }
};

QTEST_MAIN(TestInspectAgreement)
#include "tst_inspect_agreement.moc"
