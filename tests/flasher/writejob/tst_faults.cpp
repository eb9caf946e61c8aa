// Faults of real devices and real limits, each ending the write with an error that names the
// offset where it happened and never with success: a loop device whose medium vanishes
// mid-write (capacity dropped to 0, as when a card is pulled), a device-mapper "error" target
// where the kernel has device-mapper, and a file size limit (RLIMIT_FSIZE) on the real program.
// (Short writes, EIO and lost/flipped writes are injected in tst_writejob with FaultyTarget.)
#include "flasher/writejob/writejob.h"
#include "tests/support/clirunner.h"
#include "tests/support/hosttool.h"
#include "tests/support/loopdevice.h"
#include "tests/support/testfiles.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace imprint::flasher;
using imprint::test::readFile;
using imprint::test::runTool;

namespace {
// A real device target that runs the shell `script` with `args` (which removes the medium) once,
// before the first write at or past `at`. Everything else goes to the real target.
class PullingTarget : public Target {
public:
    // What happened, kept by the test: the job frees its targets when it ends.
    struct Pull {
        int status = -1;
        std::uint64_t at = 0;
    };
    PullingTarget(std::unique_ptr<Target> inner, std::uint64_t at, QString script, QStringList args,
                  Pull& pull)
        : inner_(std::move(inner)), at_(at), script_(std::move(script)), args_(std::move(args)),
          pull_(pull) {}
    const std::string& name() const override { return inner_->name(); }
    imprint::Result<void> prepare(std::uint64_t size) override { return inner_->prepare(size); }
    imprint::Result<void> write(std::uint64_t offset, std::span<const std::byte> data) override {
        if (offset + data.size() > at_ && pull_.status < 0) {
            pull_.at = offset;
            pull_.status = imprint::test::shell(script_, args_).exitCode;
        }
        return inner_->write(offset, data);
    }
    imprint::Result<void> readBack(std::uint64_t offset, std::span<std::byte> into) override {
        return inner_->readBack(offset, into);
    }
    imprint::Result<void> sync() override { return inner_->sync(); }
    imprint::Result<void> setSize(std::uint64_t size) override { return inner_->setSize(size); }
    void finish() override { inner_->finish(); }

private:
    std::unique_ptr<Target> inner_;
    std::uint64_t at_;
    QString script_;
    QStringList args_;
    Pull& pull_;
};

const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/faults");

std::unique_ptr<Source> openSource(const QString& path) {
    auto s = Source::open(path.toStdString());
    if (!s) {
        qFatal("cannot open %s", qPrintable(path));
    }
    return std::move(s).value();
}
} // namespace

class TestFaults : public QObject {
    Q_OBJECT
    QString raw_ = kDir + QStringLiteral("/image.img");
    QByteArray image_;

private slots:
    void initTestCase() {
        QDir(kDir).removeRecursively();
        QDir().mkpath(kDir);
        image_ = imprint::test::makeImage(24 << 20, 11);
        QVERIFY(imprint::test::writeFile(raw_, image_));
    }

    void vanishingDeviceFailsAtAnOffset() {
        const QString backing = kDir + QStringLiteral("/vanish.img");
        QVERIFY(imprint::test::writeFile(backing, QByteArray(32 << 20, '\x5a')));
        imprint::test::LoopDevice loop(backing);
        if (!loop.isValid()) {
            QSKIP("no loop devices here (needs root)");
        }
        // The medium goes away (capacity 0, as the kernel shows a pulled card) just before the
        // write that reaches 4 MiB; the kernel, not the test, fails what follows.
        const QString pull = QStringLiteral("truncate -s 0 \"$1\" && losetup -c \"$2\"");
        PullingTarget::Pull pulled;
        std::vector<TargetPlan> targets;
        targets.push_back(
            {std::make_unique<PullingTarget>(makeDeviceTarget(loop.path().toStdString()), 4 << 20,
                                             pull, QStringList{backing, loop.path()}, pulled),
             {}});
        WriteJob job(openSource(raw_), std::move(targets));
        const auto results = job.run();
        QCOMPARE(pulled.status, 0);
        QVERIFY(!results[0].ok());
        const auto& e = results[0].error();
        QCOMPARE(e.code, std::string("target.write_failed"));
        QVERIFY(e.offset.has_value());
        // The write that met the missing medium, not any earlier one.
        QVERIFY2(*e.offset >= pulled.at && *e.offset < pulled.at + (4 << 20),
                 qPrintable(QStringLiteral("%1 vs %2").arg(*e.offset).arg(pulled.at)));
        QCOMPARE(e.arg("offset"), std::to_string(*e.offset));
    }

    void deviceMapperErrorTargetFailsAtItsOffset() {
        const auto targets = runTool(QStringLiteral("dmsetup"), {QStringLiteral("targets")});
        if (targets.exitCode != 0 || !targets.out.contains("error")) {
            QSKIP("no device-mapper (or no dm-error target) in this kernel");
        }
        const QString backing = kDir + QStringLiteral("/dm.img");
        QVERIFY(imprint::test::writeFile(backing, QByteArray(32 << 20, '\x5a')));
        imprint::test::LoopDevice loop(backing);
        QVERIFY(loop.isValid());
        // Sectors 16384..18431 (8 MiB to 9 MiB) fail; the rest maps onto the loop device.
        const QString name = QStringLiteral("imprint-test-error-%1").arg(getpid());
        const auto dm = runTool(
            QStringLiteral("dmsetup"), {QStringLiteral("create"), name},
            QStringLiteral("0 16384 linear %1 0\n16384 2048 error\n18432 47104 linear %1 18432\n")
                .arg(loop.path())
                .toUtf8());
        QCOMPARE(dm.exitCode, 0);
        std::vector<TargetPlan> plans;
        plans.push_back({makeDeviceTarget("/dev/mapper/" + name.toStdString()), {}});
        WriteJob job(openSource(raw_), std::move(plans));
        const auto results = job.run();
        runTool(QStringLiteral("dmsetup"), {QStringLiteral("remove"), name});
        QVERIFY(!results[0].ok());
        QCOMPARE(results[0].error().code, std::string("target.write_failed"));
        QVERIFY(results[0].error().offset.has_value());
        const auto off = *results[0].error().offset;
        QVERIFY2(off >= (8 << 20) - (4 << 20) && off < (9 << 20), qPrintable(QString::number(off)));
        // Nothing says "disk" on it: the first MiB is still the wiped one.
        QCOMPARE(readFile(backing, 1 << 20), QByteArray(1 << 20, '\0'));
    }

    // The real program under a file size limit: no SIGXFSZ death, exit 1, the message names the
    // byte. With a size known up front the file cannot even be made that long; with a size known
    // only at the end (bzip2), the write that crosses the limit fails.
    void fileSizeLimitNamesTheOffset_data() {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::newRow("raw") << QString() << qint64(24 << 20) << qint64((24 << 20) + 1);
        QTest::newRow("bzip2") << QStringLiteral(".bz2") << qint64(5 << 20) << qint64(6 << 20);
    }
    void fileSizeLimitNamesTheOffset() {
        QFETCH(QString, suffix);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        if (!suffix.isEmpty()) {
            QCOMPARE(
                runTool(QStringLiteral("bzip2"), {QStringLiteral("-k"), QStringLiteral("-f"), raw_})
                    .exitCode,
                0);
        }
        const QString out = kDir + QStringLiteral("/limited.img");
        // prlimit (util-linux) sets RLIMIT_FSIZE in bytes: 5 MiB.
        const QString err = QString::fromUtf8(
            runTool(QStringLiteral("sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("prlimit --fsize=5242880 \"$1\" flash \"$2\" --to \"$3\" --yes "
                                    "--no-bmap 2>&1 >/dev/null; echo rc=$?"),
                     QStringLiteral("sh"), QStringLiteral(IMPRINT_BIN_DIR "/imprint"),
                     raw_ + suffix, out})
                .out.trimmed());
        QVERIFY2(err.endsWith(QLatin1String("rc=1")), qPrintable(err));
        const QRegularExpression at(QStringLiteral("at byte (\\d+)"));
        const auto m = at.match(err);
        QVERIFY2(m.hasMatch(), qPrintable(err));
        const qint64 offset = m.captured(1).toLongLong();
        QVERIFY2(offset >= from && offset < to, qPrintable(err));
        // Whatever was written, the first MiB is not.
        const QByteArray head = readFile(out, 1 << 20);
        QCOMPARE(head, QByteArray(head.size(), '\0'));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
