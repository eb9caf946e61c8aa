// The elevated writer end to end, from where the GUI stands: writeThroughWriter() starts the
// real imprint-writer (on Windows through ShellExecuteExW "runas"), hands it a job over a fresh
// channel and gets the prepared facts, progress and the report back; the written file's bytes
// are the source's. A stand-in writer (writerimpostor.cpp) that never connects, ends, crashes,
// sends garbage or broken JSON, falls silent, reports on another target or has another program
// connect in its place gives a clean error
// on every target in bounded time. Runs under Wine too.
#include "flasher/writer/writer.h"
#include "tests/support/testfiles.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace imprint;
using namespace imprint::flasher;
using namespace imprint::flasher::writer;

namespace {

// A path of the build tree as this program's system names it (under Wine: Z: is the host's /).
std::string hostPath(const char* path) {
#if defined(Q_OS_WIN)
    return std::string("Z:") + path;
#else
    return path;
#endif
}

const std::string kWriter = hostPath(WRITER_PROGRAM);
const std::string kImpostor = hostPath(IMPOSTOR_PROGRAM);

WriteRequest fileJob(const QString& source, const QString& out) {
    WriteRequest r;
    r.source = source.toStdString();
    r.map = MapChoice::WholeImage;
    TargetRequest t;
    t.path = out.toStdString();
    r.targets = {t};
    return r;
}

} // namespace

class TestWriterRun : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString source_;
    QString path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        source_ = path("source.img");
        QVERIFY(test::writeFile(source_, test::makeImage(24u << 20, 18)));
    }

    void writesThroughTheWriter() {
        WriterCall call;
        call.program = kWriter;
        std::atomic<int> progress{0};
        bool sawWriting = false;
        bool sawVerifying = false;
        std::optional<MapFacts> map;
        call.prepared = [&](const MapFacts& m) { map = m; };
        call.progress = [&](const Progress& p) {
            ++progress;
            sawWriting = sawWriting || p.phase == Phase::Writing;
            sawVerifying = sawVerifying || p.phase == Phase::Verifying;
        };
        const QString out = path("out.img");
        const auto report = writeThroughWriter(fileJob(source_, out), call);
        QCOMPARE(report.targets.size(), std::size_t{1});
        const auto& o = report.targets[0];
        QVERIFY2(!o.error, o.error ? o.error->code.c_str() : "");
        QCOMPARE(report.verdict, Verdict::Ok);
        QVERIFY(o.written && o.verified);
        QVERIFY(map && map->origin == MapFacts::Origin::WholeImage);
        QCOMPARE(map->imageSize, std::uint64_t{24u << 20});
        QVERIFY(progress > 0 && sawWriting && sawVerifying);
        QVERIFY(test::readFile(out) == test::readFile(source_));
    }

    // The writer judges the job itself: a target it may not write is refused by it, in the words
    // every front end uses (here: the image written onto itself).
    void theWriterRefusesWhatTheRulesRefuse() {
        WriterCall call;
        call.program = kWriter;
        auto job = fileJob(source_, source_);
        job.targets[0].confirmed = true;
        const auto before = test::readFile(source_);
        const auto report = writeThroughWriter(job, call);
        QCOMPARE(report.verdict, Verdict::Refused);
        QVERIFY(report.targets[0].error);
        QCOMPARE(report.targets[0].error->code, std::string("target.is_source"));
        QVERIFY(test::readFile(source_) == before);
    }

    void aSourceTheWriterCannotOpen() {
        WriterCall call;
        call.program = kWriter;
        auto job = fileJob(path("missing.img"), path("never.img"));
        const auto report = writeThroughWriter(job, call);
        QCOMPARE(report.verdict, Verdict::Failed);
        QVERIFY(report.targets[0].error);
        QCOMPARE(report.targets[0].error->code, std::string("source.open_failed"));
        QVERIFY(!QFile::exists(path("never.img")));
    }

    void cancelled() {
        WriterCall call;
        call.program = kWriter;
        std::atomic<bool> cancel{false};
        call.cancel = &cancel;
        call.progress = [&](const Progress& p) {
            if (p.phase == Phase::Writing) {
                cancel = true;
            }
        };
        auto job = fileJob(source_, path("cancelled.img"));
        job.chunkBytes = 64 * 1024; // many small pieces: the cancel lands mid-write
        job.chunkCount = 2;
        const auto report = writeThroughWriter(job, call);
        QVERIFY(report.targets[0].error);
        QCOMPARE(report.targets[0].error->code, std::string("flash.cancelled"));
    }

    void impostors_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("code");
        QTest::newRow("never connects") << "never"
                                        << "writer.exited";
        QTest::newRow("ends after connecting") << "exit"
                                               << "writer.exited";
        QTest::newRow("crashes mid-job") << "crash"
                                         << "writer.exited";
        QTest::newRow("garbage") << "garbage"
                                 << "writer.message_too_large";
        QTest::newRow("broken json") << "badjson"
                                     << "writer.bad_json";
        QTest::newRow("silent") << "silent"
                                << "writer.timeout";
        QTest::newRow("connects too late") << "late"
                                           << "writer.timeout";
        QTest::newRow("reports on another target") << "stranger"
                                                   << "writer.bad_field";
        QTest::newRow("another program connects") << "proxy"
                                                  << "writer.wrong_peer";
    }

    void impostors() {
        QFETCH(QString, mode);
        QFETCH(QString, code);
        qputenv("IMPRINT_IMPOSTOR", mode.toUtf8());
        WriterCall call;
        call.program = kImpostor;
        call.timeouts.connectMs = 3000;
        call.timeouts.silenceMs = 3000;
        QElapsedTimer timer;
        timer.start();
        const auto report = writeThroughWriter(fileJob(source_, path("impostor.img")), call);
        qunsetenv("IMPRINT_IMPOSTOR");
        QCOMPARE(report.verdict, Verdict::Failed);
        QVERIFY(report.targets[0].error);
        QCOMPARE(QString::fromStdString(report.targets[0].error->code), code);
        QVERIFY2(timer.elapsed() < 20000, "the caller gives up in bounded time");
        QVERIFY(!QFile::exists(path("impostor.img")));
    }

    void aWriterThatIsNotThere() {
        WriterCall call;
        call.program = hostPath("/nonexistent/imprint-writer");
        const auto report = writeThroughWriter(fileJob(source_, path("x.img")), call);
        QCOMPARE(report.verdict, Verdict::Failed);
        QCOMPARE(report.targets[0].error->code, std::string("writer.start_failed"));
    }
};

QTEST_GUILESS_MAIN(TestWriterRun)
#include "tst_writer_run.moc"
