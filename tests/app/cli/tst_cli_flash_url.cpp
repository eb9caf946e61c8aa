// imprint flash URL: the image is written while it downloads from a real HTTP server on
// 127.0.0.1 (ranges on and off, dropped and truncated bodies, a 404, a slow server), in every
// format. Judges: the target's bytes against the demo image, mtools for config.json, sfdisk.
#include "tests/support/httptestserver.h"
#include "tests/support/imagecheck.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace imprint::test;

namespace {
const QString kDemo = QStringLiteral(IMPRINT_BUILD_DIR "/demo/balena-demo-qemux86-64.img");
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/cli-flash-url");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> lines; // --json output, one object a line
};

// Runs the real program while this test's event loop keeps serving HTTP.
Run runCli(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), kDir + QStringLiteral("/cache"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IMPRINT_BIN_DIR "/imprint"), args);
    if (!p.waitForStarted()) {
        return {};
    }
    QDeadlineTimer deadline(240000);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QTest::qWait(5);
    }
    Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
          p.readAllStandardOutput(),
          p.readAllStandardError(),
          {}};
    for (const auto& l : r.out.split('\n')) {
        if (!l.isEmpty()) {
            r.lines << QJsonDocument::fromJson(l).object();
        }
    }
    return r;
}

QJsonObject resultLine(const Run& r) {
    for (const auto& l : r.lines) {
        if (l[QStringLiteral("event")] == QStringLiteral("result")) {
            return l;
        }
    }
    return {};
}

bool sh(const QString& command) {
    return tool(QStringLiteral("sh"), {QStringLiteral("-c"), command}, 300000).exitCode == 0;
}

// Files left in the download cache (complete or .part).
QStringList cached() {
    QStringList files;
    QDirIterator it(kDir + QStringLiteral("/cache"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    return files;
}

} // namespace

class TestCliFlashUrl : public QObject {
    Q_OBJECT
    qint64 bootStart_ = 0;
    qint64 bootSize_ = 0;
    QByteArray demoPrint_;
    QHash<QString, QByteArray> bodies_; // file name -> bytes
    QString profile_;

    QByteArray body(const QString& name) { return bodies_.value(name); }

    void serve(HttpTestServer& server, const QString& name) {
        auto& route = server.route("/" + name.toLatin1());
        route.body = body(name);
        route.chunkBytes = 1 << 20;
    }

    QString target(const char* name) const { return kDir + QLatin1Char('/') + QLatin1String(name); }

    // The demo image, byte for byte, and one configured by the profile: mtools reads its
    // config.json; outside the boot partition it is the demo image's bytes.
    void expectWritten(const QString& plain, const QString& configured, const QString& host) {
        QCOMPARE(fingerprint(plain), demoPrint_);
        const auto config = mtype(configured, bootStart_, QStringLiteral("config.json"));
        QVERIFY(config.has_value());
        QCOMPARE(QJsonDocument::fromJson(*config).object()[QStringLiteral("hostname")].toString(),
                 host);
        QVERIFY(sameOutside(configured, kDemo, bootStart_, bootSize_));
    }

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(kDemo), "run the layer_demo_image fixture first");
        QDir(kDir).removeRecursively();
        QVERIFY(QDir().mkpath(kDir));
        const auto parts = sfdiskPartitions(kDemo);
        QVERIFY(!parts.isEmpty());
        bootStart_ = parts[0].start;
        bootSize_ = parts[0].size;
        demoPrint_ = fingerprint(kDemo);
        const QString d = kDir + QStringLiteral("/demo.img");
        QVERIFY(QFile::copy(kDemo, d));
        QVERIFY(sh(QStringLiteral("cp %1.xz %2.xz && zstd -q -3 -f %2 -o %2.zst && "
                                  "gzip -1 -c %2 > %2.gz && bzip2 -1 -c %2 > %2.bz2 && "
                                  "zip -q -j -1 %2.zip %2")
                       .arg(kDemo, d)));
        for (const char* ext : {"", ".xz", ".zst", ".gz", ".bz2", ".zip"}) {
            QFile f(d + QLatin1String(ext));
            QVERIFY(f.open(QIODevice::ReadOnly));
            bodies_.insert(QStringLiteral("demo.img") + QLatin1String(ext), f.readAll());
        }
        QFile bmap(kDemo.chopped(4) + QStringLiteral(".bmap"));
        QVERIFY(bmap.open(QIODevice::ReadOnly));
        bodies_.insert(QStringLiteral("demo.img.bmap"), bmap.readAll());
        profile_ = kDir + QStringLiteral("/profile.json");
        QFile p(profile_);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(R"({"hostname": "from-the-web"})");
    }

    void init() { QDir(kDir + QStringLiteral("/cache")).removeRecursively(); }

    void everyFormatStreams_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("raw with its .bmap") << QStringLiteral("demo.img");
        QTest::newRow("xz, no .bmap (404)") << QStringLiteral("demo.img.xz");
        QTest::newRow("zst") << QStringLiteral("demo.img.zst");
        QTest::newRow("gz") << QStringLiteral("demo.img.gz");
        QTest::newRow("bz2") << QStringLiteral("demo.img.bz2");
        QTest::newRow("zip") << QStringLiteral("demo.img.zip");
    }
    void everyFormatStreams() {
        QFETCH(QString, name);
        HttpTestServer server;
        serve(server, name);
        if (name == QLatin1String("demo.img")) {
            serve(server, QStringLiteral("demo.img.bmap"));
        }
        const QString plain = target("plain.img");
        const QString configured = target("configured.img");
        QFile::remove(plain);
        QFile::remove(configured);
        const auto r =
            runCli({QStringLiteral("flash"), QString::fromLatin1(server.url("/" + name.toLatin1())),
                    QStringLiteral("--to"), plain, QStringLiteral("--to"), configured,
                    QStringLiteral("--target-profile"), profile_, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        expectWritten(plain, configured, QStringLiteral("from-the-web"));
        const auto result = resultLine(r);
        const auto download = result[QStringLiteral("download")].toObject();
        QCOMPARE(download[QStringLiteral("bytes")].toInteger(), body(name).size());
        QVERIFY(download[QStringLiteral("keptAt")].isNull());
        // One download of the image (the plan and the write read the same bytes), and the
        // .bmap asked for beside it.
        QStringList paths;
        for (const auto& q : server.requests()) {
            paths << QString::fromLatin1(q.path);
        }
        QCOMPARE(paths.count(QLatin1Char('/') + name), 1);
        QVERIFY(paths.contains(QLatin1Char('/') + name + QStringLiteral(".bmap")));
        QVERIFY2(cached().isEmpty(), qPrintable(cached().join(QLatin1Char(' '))));
    }

    void keptDownloadIsReusedWithoutTheServer() {
        HttpTestServer server;
        serve(server, QStringLiteral("demo.img.zst"));
        const QString url = QString::fromLatin1(server.url("/demo.img.zst"));
        QFile::remove(target("kept.img"));
        auto r = runCli({QStringLiteral("flash"), url, QStringLiteral("--to"), target("kept.img"),
                         QStringLiteral("--keep-download"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString kept = resultLine(r)[QStringLiteral("download")]
                                 .toObject()[QStringLiteral("keptAt")]
                                 .toString();
        QVERIFY(!kept.isEmpty());
        QFile f(kept);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), body(QStringLiteral("demo.img.zst")));
        // The server forgets the file: the cached copy still serves (no request for it).
        server.route("/demo.img.zst").body.clear();
        server.clearRequests();
        QFile::remove(target("kept.img"));
        r = runCli({QStringLiteral("flash"), url, QStringLiteral("--to"), target("kept.img"),
                    QStringLiteral("--no-bmap")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(fingerprint(target("kept.img")), demoPrint_);
        QVERIFY(server.requests().isEmpty());
    }

    void droppedConnectionsResume_data() {
        QTest::addColumn<bool>("ranges");
        QTest::newRow("server honours ranges") << true;
        QTest::newRow("server ignores ranges (starts again from zero)") << false;
    }
    void droppedConnectionsResume() {
        QFETCH(bool, ranges);
        HttpTestServer server;
        serve(server, QStringLiteral("demo.img.gz"));
        auto& route = server.route("/demo.img.gz");
        route.honourRange = ranges;
        route.dropsLeft = 2;
        route.dropAfter = route.body.size() / 3;
        QFile::remove(target("plain.img"));
        QFile::remove(target("configured.img"));
        const auto r =
            runCli({QStringLiteral("flash"), QString::fromLatin1(server.url("/demo.img.gz")),
                    QStringLiteral("--to"), target("plain.img"), QStringLiteral("--to"),
                    target("configured.img"), QStringLiteral("--target-profile"), profile_});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        expectWritten(target("plain.img"), target("configured.img"),
                      QStringLiteral("from-the-web"));
        QList<QByteArray> rangesAsked;
        for (const auto& q : server.requests()) {
            if (q.path == "/demo.img.gz") {
                rangesAsked << q.range;
            }
        }
        QCOMPARE(rangesAsked.size(), 3);
        QCOMPARE(rangesAsked[0], QByteArray());
        QCOMPARE(rangesAsked[1], "bytes=" + QByteArray::number(route.dropAfter) + '-');
    }

    void truncatedDownloadFailsAtItsOffset() {
        HttpTestServer server;
        serve(server, QStringLiteral("demo.img.gz"));
        auto& route = server.route("/demo.img.gz");
        route.dropsLeft = 1000; // every connection stops early
        route.dropAfter = route.body.size() / 8;
        const QString t = target("truncated.img");
        QFile::remove(t);
        const auto r =
            runCli({QStringLiteral("flash"), QString::fromLatin1(server.url("/demo.img.gz")),
                    QStringLiteral("--to"), t, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const qint64 broke = 5 * route.dropAfter; // five attempts, each one more piece
        const auto targets = resultLine(r)[QStringLiteral("targets")].toArray();
        QCOMPARE(targets.size(), 1);
        const auto outcome = targets[0].toObject();
        QCOMPARE(outcome[QStringLiteral("ok")].toBool(), false);
        const auto error = outcome[QStringLiteral("error")].toObject();
        QCOMPARE(error[QStringLiteral("code")].toString(), QStringLiteral("download.truncated"));
        QCOMPARE(error[QStringLiteral("offset")].toInteger(), broke);
        QVERIFY2(error[QStringLiteral("message")].toString().contains(QString::number(broke)),
                 qPrintable(error[QStringLiteral("message")].toString()));
        // Never a disk that looks valid: the partition table is written last, so it is not.
        QVERIFY(sfdiskPartitions(t).isEmpty());
        // What arrived stays as .part; the same command again resumes from there.
        QCOMPARE(cached().size(), 1);
        QVERIFY(cached()[0].endsWith(QLatin1String(".part")));
        route.dropsLeft = 0;
        server.clearRequests();
        const auto again =
            runCli({QStringLiteral("flash"), QString::fromLatin1(server.url("/demo.img.gz")),
                    QStringLiteral("--to"), t, QStringLiteral("--yes")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(fingerprint(t), demoPrint_);
        QCOMPARE(server.requests().last().range, "bytes=" + QByteArray::number(broke) + '-');
        QVERIFY(cached().isEmpty());
    }

    void notFoundWritesNothing() {
        HttpTestServer server;
        const QString t = target("missing.img");
        QFile::remove(t);
        const auto r = runCli({QStringLiteral("flash"),
                               QString::fromLatin1(server.url("/nothing-here.img.xz")),
                               QStringLiteral("--to"), t});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("404"), r.err.constData());
        QVERIFY(!QFileInfo::exists(t));
    }

    void slowServerIsWrittenWhileItArrives() {
        HttpTestServer server;
        serve(server, QStringLiteral("demo.img.gz"));
        auto& route = server.route("/demo.img.gz");
        route.chunkBytes = route.body.size() / 40 + 1;
        route.chunkDelayMs = 50; // about two seconds in all
        QFile::remove(target("slow.img"));
        const auto r =
            runCli({QStringLiteral("flash"), QString::fromLatin1(server.url("/demo.img.gz")),
                    QStringLiteral("--to"), target("slow.img"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(fingerprint(target("slow.img")), demoPrint_);
        // Streaming: the write made progress while the download was still under way.
        bool writing = false;
        bool overlapped = false;
        int downloadEvents = 0;
        for (const auto& l : r.lines) {
            const QString event = l[QStringLiteral("event")].toString();
            if (event == QLatin1String("progress") &&
                l[QStringLiteral("phase")] == QStringLiteral("writing") &&
                l[QStringLiteral("bytesDone")].toInteger() > 0) {
                writing = true;
            }
            if (event == QLatin1String("download")) {
                ++downloadEvents;
                if (writing && l[QStringLiteral("bytesDone")].toInteger() <
                                   l[QStringLiteral("bytesTotal")].toInteger()) {
                    overlapped = true;
                }
            }
        }
        QVERIFY(downloadEvents >= 5);
        QVERIFY(overlapped);
    }

    // --sha256: the download's hash is worked out as it streams; a mismatch is the source's
    // error at its end, so every target fails before its first MiB (the partition table) is
    // written, and the wrong file is not kept for a later run.
    void sha256Checked_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("gzip") << QStringLiteral("demo.img.gz");
        QTest::newRow("raw with a .bmap (the end is skipped to)") << QStringLiteral("demo.img");
    }
    void sha256Checked() {
        QFETCH(QString, name);
        HttpTestServer server;
        serve(server, name);
        serve(server, QStringLiteral("demo.img.bmap"));
        const QString url = QString::fromLatin1(server.url("/" + name.toLatin1()));
        const QString right = QString::fromLatin1(
            QCryptographicHash::hash(body(name), QCryptographicHash::Sha256).toHex());
        QFile::remove(target("hashed.img"));
        auto r = runCli({QStringLiteral("flash"), url, QStringLiteral("--to"), target("hashed.img"),
                         QStringLiteral("--sha256"), right.toUpper(), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(fingerprint(target("hashed.img")), demoPrint_);
        QCOMPARE(resultLine(r)[QStringLiteral("download")]
                     .toObject()[QStringLiteral("sha256")]
                     .toString(),
                 right);

        // Wrong: one new image file and one that was there: neither gets a partition table.
        QString wrong = right;
        wrong[0] = wrong[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        const QString fresh = target("wrong-new.img");
        const QString old = target("wrong-old.img");
        QFile::remove(fresh);
        QByteArray before(4 << 20, Qt::Uninitialized);
        for (qsizetype i = 0; i < before.size(); ++i) {
            before[i] = static_cast<char>((i * 131 + 7) & 0xff);
        }
        QVERIFY(write(old, before));
        r = runCli({QStringLiteral("flash"), url, QStringLiteral("--to"), fresh,
                    QStringLiteral("--to"), old, QStringLiteral("--sha256"), wrong,
                    QStringLiteral("--yes"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 3);
        const auto targets = resultLine(r)[QStringLiteral("targets")].toArray();
        QCOMPARE(targets.size(), 2);
        for (const auto& t : targets) {
            const auto error = t.toObject()[QStringLiteral("error")].toObject();
            QCOMPARE(error[QStringLiteral("code")].toString(),
                     QStringLiteral("download.checksum_mismatch"));
            QVERIFY2(error[QStringLiteral("message")].toString().contains(wrong),
                     qPrintable(error[QStringLiteral("message")].toString()));
        }
        QVERIFY(sfdiskPartitions(fresh).isEmpty());
        QVERIFY(sfdiskPartitions(old).isEmpty());
        // A small file can be all there, its hash found wrong, before the targets are opened:
        // then nothing is touched. Else the heads were blanked when writing began (as for a
        // broken download). Never the image's table.
        const QByteArray freshHead = read(fresh).left(1 << 20);
        const QByteArray oldHead = read(old).left(1 << 20);
        const bool untouched = !QFile::exists(fresh) && oldHead == before.left(1 << 20);
        const bool blanked =
            freshHead == QByteArray(1 << 20, '\0') && oldHead == QByteArray(1 << 20, '\0');
        QVERIFY2(untouched || blanked, "a target holds more than a blank head or its old bytes");
        // Neither the file nor a .part is kept: a wrong file must not be reused.
        QVERIFY2(cached().isEmpty(), qPrintable(cached().join(QLatin1Char(' '))));
    }

    // A .zip is downloaded whole before anything else: a wrong hash stops the command there.
    void sha256OfAZipBeforeAnyTarget() {
        HttpTestServer server;
        serve(server, QStringLiteral("demo.img.zip"));
        const QString t = target("zip-hashed.img");
        QFile::remove(t);
        const auto r = runCli(
            {QStringLiteral("flash"), QString::fromLatin1(server.url("/demo.img.zip")),
             QStringLiteral("--to"), t, QStringLiteral("--sha256"), QString(64, QLatin1Char('a'))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QByteArray(64, 'a')), r.err.constData());
        QVERIFY(!QFileInfo::exists(t));
        QVERIFY2(cached().isEmpty(), qPrintable(cached().join(QLatin1Char(' '))));
    }

    // A local SOURCE is hashed before anything is written; a mismatch writes nothing at all.
    void sha256OfALocalFile() {
        const QString image = kDir + QStringLiteral("/demo.img.gz");
        const QByteArray bytes = body(QStringLiteral("demo.img.gz"));
        const QString right = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QString t = target("local-hashed.img");
        QFile::remove(t);
        auto r = runCli({QStringLiteral("flash"), image, QStringLiteral("--to"), t,
                         QStringLiteral("--sha256"), right});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(fingerprint(t), demoPrint_);
        QFile::remove(t);
        QString wrong = right;
        wrong[63] = wrong[63] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        r = runCli({QStringLiteral("flash"), image, QStringLiteral("--to"), t,
                    QStringLiteral("--sha256"), wrong});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFileInfo::exists(t));
        QVERIFY2(r.err.contains(wrong.toLatin1()) && r.err.contains(right.toLatin1()),
                 r.err.constData());
        // Not a SHA-256 at all: a usage error.
        r = runCli({QStringLiteral("flash"), image, QStringLiteral("--to"), t,
                    QStringLiteral("--sha256"), QStringLiteral("abc")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(t));
    }
};

QTEST_GUILESS_MAIN(TestCliFlashUrl)
#include "tst_cli_flash_url.moc"
