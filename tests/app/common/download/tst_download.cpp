// Downloads against a real HTTP server on 127.0.0.1 that drops connections, ignores ranges
// and answers 404: through the library and through `imprint download` as a user runs it.
#include "app/common/download/download.h"
#include "tests/support/httptestserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using imprint::test::HttpTestServer;

namespace {

QByteArray randomBlob(qsizetype size, quint32 seed) {
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    rng.fillRange(reinterpret_cast<quint32*>(data.data()), size / 4);
    return data;
}

QByteArray sha256(const QByteArray& data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the real program while this test's event loop keeps serving HTTP.
Run runCli(const QStringList& args, const QString& cacheHome) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IMPRINT_BIN_DIR "/imprint"), args);
    if (!p.waitForStarted()) {
        return {};
    }
    QDeadlineTimer deadline(120000);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QTest::qWait(10);
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestDownload : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QByteArray blob_ = randomBlob(3 * 1024 * 1024 + 123, 42);

    QString path(const char* name) const { return dir_.filePath(QLatin1String(name)); }

private slots:
    void plainDownloadWithChecksum() {
        HttpTestServer server;
        server.route("/image.img").body = blob_;
        const auto r =
            runCli({QStringLiteral("download"), QString::fromLatin1(server.url("/image.img")),
                    QStringLiteral("-o"), path("plain.img"), QStringLiteral("--sha256"),
                    QString::fromLatin1(sha256(blob_)), QStringLiteral("--json")},
                   path("cache"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(path("plain.img")), blob_);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("sha256")).toString().toLatin1(), sha256(blob_));
        QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), blob_.size());
        QCOMPARE(o.value(QStringLiteral("resumed")).toBool(), false);
        QVERIFY(!QFile::exists(path("plain.img.part")));
    }

    void resumesAfterADroppedConnection() {
        HttpTestServer server;
        auto& route = server.route("/drop.img");
        route.body = blob_;
        route.dropsLeft = 2;
        route.dropAfter = 1024 * 1024;
        const auto r =
            runCli({QStringLiteral("download"), QString::fromLatin1(server.url("/drop.img")),
                    QStringLiteral("-o"), path("drop.img"), QStringLiteral("--json")},
                   path("cache"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(path("drop.img")), blob_);
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.requests()[0].range, QByteArray());
        QCOMPARE(server.requests()[1].range, QByteArray("bytes=1048576-"));
        QCOMPARE(server.requests()[2].range, QByteArray("bytes=2097152-"));
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("resumed")).toBool());
    }

    void resumesAcrossRuns() {
        HttpTestServer server;
        auto& route = server.route("/flaky.img");
        route.body = blob_;
        route.dropsLeft = 1000; // every connection drops after 512 KiB
        route.dropAfter = 512 * 1024;
        auto r = runCli({QStringLiteral("download"), QString::fromLatin1(server.url("/flaky.img")),
                         QStringLiteral("-o"), path("flaky.img")},
                        path("cache"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("again to resume"), r.err.constData());
        QVERIFY(!QFile::exists(path("flaky.img")));
        const qint64 kept = QFileInfo(path("flaky.img.part")).size();
        QCOMPARE(kept, 5 * 512 * 1024); // five attempts, each adding 512 KiB
        route.dropsLeft = 0;
        server.clearRequests();
        r = runCli({QStringLiteral("download"), QString::fromLatin1(server.url("/flaky.img")),
                    QStringLiteral("-o"), path("flaky.img"), QStringLiteral("--sha256"),
                    QString::fromLatin1(sha256(blob_))},
                   path("cache"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests()[0].range, "bytes=" + QByteArray::number(kept) + "-");
        QCOMPARE(readFile(path("flaky.img")), blob_);
    }

    void serverIgnoringRangesStillGivesTheRightFile() {
        HttpTestServer server;
        auto& route = server.route("/norange.img");
        route.body = blob_;
        route.honourRange = false;
        route.dropsLeft = 1;
        route.dropAfter = 700 * 1024;
        const auto r =
            runCli({QStringLiteral("download"), QString::fromLatin1(server.url("/norange.img")),
                    QStringLiteral("-o"), path("norange.img"), QStringLiteral("--sha256"),
                    QString::fromLatin1(sha256(blob_))},
                   path("cache"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(path("norange.img")), blob_);
    }

    // An earlier run left a .part; the server now answers the ranged request with the whole
    // file (200): the file starts again from zero, neither appended to nor cut short.
    void serverIgnoringRangesOnResumeAcrossRuns_data() {
        QTest::addColumn<qint64>("left");
        QTest::addColumn<bool>("drop");
        QTest::newRow("part shorter than the file") << qint64(700 * 1024) << false;
        QTest::newRow("part shorter, then dropped again") << qint64(700 * 1024) << true;
        QTest::newRow("part as long as the file") << qint64(blob_.size()) << false;
    }
    void serverIgnoringRangesOnResumeAcrossRuns() {
        QFETCH(qint64, left);
        QFETCH(bool, drop);
        HttpTestServer server;
        auto& route = server.route("/again.img");
        route.body = blob_;
        route.honourRange = false;
        if (drop) {
            route.dropsLeft = 1;
            route.dropAfter = 2 * 1024 * 1024;
        }
        const QString out = path("again.img");
        QFile::remove(out);
        {
            QFile part(out + QStringLiteral(".part"));
            QVERIFY(part.open(QIODevice::WriteOnly | QIODevice::Truncate));
            part.write(blob_.left(left));
        }
        const auto r =
            runCli({QStringLiteral("download"), QString::fromLatin1(server.url("/again.img")),
                    QStringLiteral("-o"), out, QStringLiteral("--sha256"),
                    QString::fromLatin1(sha256(blob_)), QStringLiteral("--json")},
                   path("cache"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFile(out).size(), blob_.size());
        QCOMPARE(readFile(out), blob_);
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
        QCOMPARE(server.requests().first().range, "bytes=" + QByteArray::number(left) + '-');
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("resumed")).toBool(),
                 false);
    }

    // A 206 whose Content-Range does not start where the file stopped is not appended.
    void rangeAnsweredFromTheWrongOffset() {
        HttpTestServer server;
        auto& route = server.route("/shifted.img");
        route.body = blob_;
        route.dropsLeft = 1;
        route.dropAfter = 1024 * 1024;
        route.rangeFromInstead = 4096;
        const auto r =
            runCli({QStringLiteral("download"), QString::fromLatin1(server.url("/shifted.img")),
                    QStringLiteral("-o"), path("shifted.img"), QStringLiteral("--sha256"),
                    QString::fromLatin1(sha256(blob_))},
                   path("cache"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFile(path("shifted.img")), blob_);
    }

    void wrongChecksumIsRefusedAndNothingKept() {
        HttpTestServer server;
        server.route("/image.img").body = blob_;
        const QString wrong(64, QLatin1Char('a'));
        const auto r =
            runCli({QStringLiteral("download"), QString::fromLatin1(server.url("/image.img")),
                    QStringLiteral("-o"), path("wrong.img"), QStringLiteral("--sha256"), wrong},
                   path("cache"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("SHA-256"));
        QVERIFY(!QFile::exists(path("wrong.img")));
        QVERIFY(!QFile::exists(path("wrong.img.part")));
    }

    void notFound() {
        HttpTestServer server;
        const auto r =
            runCli({QStringLiteral("download"), QString::fromLatin1(server.url("/nothing.img")),
                    QStringLiteral("-o"), path("nothing.img")},
                   path("cache"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("404"), r.err.constData());
        QVERIFY(!QFile::exists(path("nothing.img")));
        QCOMPARE(server.requests().size(), 1); // a 404 is not retried
    }

    void cacheIsReused() {
        HttpTestServer server;
        server.route("/cached.img").body = blob_;
        const QStringList args = {QStringLiteral("download"),
                                  QString::fromLatin1(server.url("/cached.img")),
                                  QStringLiteral("--json")};
        auto r = runCli(args, path("cache2"));
        QCOMPARE(r.exitCode, 0);
        const QString file =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("path")).toString();
        QVERIFY2(file.startsWith(path("cache2")), qPrintable(file));
        QCOMPARE(readFile(file), blob_);
        r = runCli(args, path("cache2"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("fromCache")).toBool());
        QCOMPARE(server.requests().size(), 1);
        r = runCli(args + QStringList{QStringLiteral("--no-cache")}, path("cache2"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(server.requests().size(), 2);
    }

    void badUrlIsAUsageError() {
        const auto r = runCli(
            {QStringLiteral("download"), QStringLiteral("ftp://example.org/x.img")}, path("cache"));
        QCOMPARE(r.exitCode, 2);
    }

    void tlsFailureIsNamed() {
        HttpTestServer server; // speaks plain HTTP: the TLS handshake cannot succeed
        server.route("/x.img").body = blob_;
        QByteArray url = server.url("/x.img");
        url.replace("http://", "https://");
        const auto r = runCli({QStringLiteral("download"), QString::fromLatin1(url),
                               QStringLiteral("-o"), path("tls.img")},
                              path("cache"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("secure connection"), r.err.constData());
        QVERIFY(!QFile::exists(path("tls.img")));
    }

    void libraryReportsProgress() {
        HttpTestServer server;
        server.route("/p.img").body = blob_;
        imprint::app::DownloadRequest request;
        request.url = QUrl(QString::fromLatin1(server.url("/p.img")));
        request.destination = path("p.img");
        imprint::app::Download download(request);
        QSignalSpy progress(&download, &imprint::app::Download::progress);
        QSignalSpy finished(&download, &imprint::app::Download::finished);
        download.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(download.result()->ok());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), blob_.size());
        QCOMPARE(progress.last().at(1).toLongLong(), blob_.size());
    }
};

QTEST_GUILESS_MAIN(TestDownload)
#include "tst_download.moc"
