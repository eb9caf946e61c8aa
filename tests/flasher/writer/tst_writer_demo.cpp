// The demo image through the real imprint-writer, from where the GUI stands: to an image file
// (configured on the way by a profile: the writer plans it), byte for byte what the in-process
// pipeline writes for the same request (on Linux, and under Wine with the writer started through
// "runas"); on Linux also to a loop device (root), whose bytes then equal the image's, and a job
// for the drive holding / refused by the writer itself with the words the GUI would use
// (drives.system_drive), whatever the caller believed.
#include "flasher/drives/judgeddrives.h"
#include "flasher/writer/writer.h"
#include "tests/support/testfiles.h"
#if !defined(_WIN32)
#include "tests/support/loopdevice.h"
#endif

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace imprint;
using namespace imprint::flasher;
using namespace imprint::flasher::writer;

namespace {

// A path of the build tree as this program's system names it (under Wine: Z: is the host's /).
#if defined(_WIN32)
#define HOST_PATH(path) "Z:" path
#else
#define HOST_PATH(path) path
#endif

const QString kDemo =
    QStringLiteral(HOST_PATH(IMPRINT_BUILD_DIR "/demo/balena-demo-qemux86-64.img"));

QByteArray digestOf(const QString& path, qint64 length = -1) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 left = length < 0 ? f.size() : length;
    while (left > 0) {
        const QByteArray block = f.read(std::min<qint64>(left, 4 << 20));
        if (block.isEmpty()) {
            return {};
        }
        hash.addData(block);
        left -= block.size();
    }
    return hash.result();
}

WriteRequest demoJob(const QString& target, bool drive) {
    WriteRequest r;
    r.source = kDemo.toStdString();
    TargetRequest t;
    t.path = target.toStdString();
    t.drive = drive;
    t.confirmed = true;
    r.targets = {t};
    return r;
}

const char* codeOf(const TargetOutcome& o) { return o.error ? o.error->code.c_str() : ""; }

WriterCall writerCall(int& progress) {
    WriterCall call;
    call.program = HOST_PATH(WRITER_PROGRAM);
    call.progress = [&progress](const Progress&) { ++progress; };
    return call;
}

} // namespace

class TestWriterDemo : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_{QStringLiteral(HOST_PATH(IMPRINT_BUILD_DIR "/tests/scratch/writer-XXXXXX"))};
    QString path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase() {
        QVERIFY2(QFile::exists(kDemo), "run the layer_demo_image fixture first");
        QVERIFY(dir_.isValid());
        // The boot files' times from a fixed clock, in this process and in the writer alike, so
        // the two configured images can be compared byte for byte.
        qputenv("SOURCE_DATE_EPOCH", "1700000000");
    }

    void configuredImageFileAsThePipelineWritesIt() {
        provision::Profile profile;
        profile.hostname = "writer-demo";
        auto job = demoJob(path("through-writer.img"), false);
        job.targets[0].profile = profile;
        int progress = 0;
        const auto report = writeThroughWriter(job, writerCall(progress));
        QVERIFY2(!report.targets[0].error, codeOf(report.targets[0]));
        QCOMPARE(report.verdict, Verdict::Ok);
        QVERIFY(report.targets[0].verified);
        QVERIFY(report.targets[0].configuredFiles > 0);
        QVERIFY(progress > 0);

        auto local = demoJob(path("in-process.img"), false);
        local.targets[0].profile = profile;
        QCOMPARE(writeAll(local).verdict, Verdict::Ok);
        QCOMPARE(digestOf(path("through-writer.img")), digestOf(path("in-process.img")));
    }

#if !defined(_WIN32)
    void loopDevice() {
        const QString backing = path("loop.img");
        QVERIFY(test::writeFile(backing, QByteArray(1 << 20, '\x5a')));
        QVERIFY(QFile::resize(backing, QFile(kDemo).size() + (8 << 20)));
        test::LoopDevice loop(backing);
        if (!loop.isValid()) {
            QSKIP("no loop devices here (needs root)");
        }
        auto job = demoJob(loop.path(), true);
        job.map = MapChoice::WholeImage;
        int progress = 0;
        const auto report = writeThroughWriter(job, writerCall(progress));
        QVERIFY2(!report.targets[0].error, codeOf(report.targets[0]));
        QCOMPARE(report.verdict, Verdict::Ok);
        QVERIFY(report.targets[0].written && report.targets[0].verified);
        QVERIFY(progress > 0);
        QCOMPARE(digestOf(backing, QFile(kDemo).size()), digestOf(kDemo));
    }

    void theDriveHoldingRootIsRefusedByTheWriter() {
        auto drives = listJudgedDrives();
        QVERIFY(drives);
        QString system;
        for (const auto& d : *drives) {
            if (d.verdict.systemDrive) {
                system = QString::fromStdString(d.drive.path);
            }
        }
        if (system.isEmpty()) {
            QSKIP("lsblk sees no drive holding / here");
        }
        // The caller says yes to everything; the writer judges for itself.
        int progress = 0;
        const auto report = writeThroughWriter(demoJob(system, true), writerCall(progress));
        QCOMPARE(report.verdict, Verdict::Refused);
        QVERIFY(report.targets[0].error);
        QCOMPARE(report.targets[0].error->code, std::string("drives.system_drive"));
        QVERIFY(!report.targets[0].written);
        QCOMPARE(progress, 0);
    }
#endif
};

QTEST_GUILESS_MAIN(TestWriterDemo)
#include "tst_writer_demo.moc"
