// Under Wine (run by wine-drive.sh, which maps \\.\PhysicalDrive1 to a 32 MiB file of 'Z' in a
// Wine prefix of the test's own): Wine opens \\.\PhysicalDrive1 as that file; a WriteJob writes
// it through the Windows drive path byte for byte; and the real imprint-writer, started through
// ShellExecuteExW "runas", judges the drive itself from Wine's drive links: a confirmed job for
// an image larger than the card is refused (drives.too_small) and every byte left as it was.
// (tests/windows/writer-drive.sh writes the configured demo image through the writer.)
#include "flasher/platform/driveaccess.h"
#include "flasher/platform/file.h"
#include "flasher/writer/writer.h"
#include "tests/support/testfiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace imprint;
using namespace imprint::flasher;
using namespace imprint::flasher::writer;

namespace {

const std::string kDrive = "\\\\.\\PhysicalDrive1";
constexpr qsizetype kCardBytes = 32 << 20;

// The card as the host sees it, through Wine's Z: (the host's /).
QString cardFile() { return QStringLiteral("Z:") + qEnvironmentVariable("IMPRINT_WINE_CARD"); }

QByteArray readDrive(qsizetype length) {
    platform::UniqueFile fd(platform::openFile(kDrive, platform::kRead));
    if (!fd.valid()) {
        return {};
    }
    QByteArray out(length, '\0');
    const auto t = platform::readAt(fd.get(), out.data(), static_cast<std::size_t>(out.size()), 0);
    return t.complete(static_cast<std::size_t>(length)) ? out : QByteArray();
}

} // namespace

class TestWriterWineDrive : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString source_;
    QString large_; // larger than the card

private slots:
    void initTestCase() {
        QVERIFY2(qEnvironmentVariableIsSet("IMPRINT_WINE_CARD"), "run through wine-drive.sh");
        QVERIFY(dir_.isValid());
        source_ = dir_.filePath(QStringLiteral("source.img"));
        QVERIFY(test::writeFile(source_, test::makeImage(8u << 20, 4)));
        large_ = dir_.filePath(QStringLiteral("large.img"));
        QVERIFY(test::writeFile(large_, test::makeImage(48u << 20, 5)));
    }

    // Checked first: the dosdevices link is what \\.\PhysicalDrive1 opens.
    void wineOpensTheLinkedFile() {
        QCOMPARE(test::readFile(cardFile()).size(), kCardBytes);
        QCOMPARE(readDrive(kCardBytes), QByteArray(kCardBytes, 'Z'));
    }

    void theWriterJudgesTheDriveItself() {
        WriteRequest job;
        job.source = large_.toStdString();
        TargetRequest t;
        t.path = kDrive;
        t.drive = true;
        t.confirmed = true; // the caller says yes; the writer decides
        job.targets = {t};
        WriterCall call;
        call.program = std::string("Z:") + WRITER_PROGRAM; // started with "runas"
        int progress = 0;
        call.progress = [&progress](const Progress&) { ++progress; };
        const auto report = writeThroughWriter(job, call);
        QVERIFY(report.verdict == Verdict::Refused);
        QVERIFY(report.targets[0].error);
        const std::string code = report.targets[0].error->code;
        QCOMPARE(code, std::string("drives.too_small")); // judged, not a channel failure
        qInfo("the writer refused %s: %s", kDrive.c_str(), code.c_str());
        QVERIFY(!report.targets[0].written);
        QCOMPARE(progress, 0);
        QCOMPARE(test::readFile(cardFile()), QByteArray(kCardBytes, 'Z'));
    }

    // The bytes path behind the judgment, as the writer takes it once a drive passes:
    // openDriveTargetDirectly (the Windows drive path) on \\.\PhysicalDrive1 and a WriteJob,
    // verified; the file behind the link then holds the image.
    void aWriteJobThroughTheWindowsDrivePath() {
        auto target = openDriveTargetDirectly(kDrive);
        QVERIFY2(target, target ? "" : target.error().code.c_str());
        auto source = Source::open(source_.toStdString());
        QVERIFY(source);
        std::vector<TargetPlan> plans;
        plans.push_back({std::move(target).value(), {}});
        WriteJob job(std::move(source).value(), std::move(plans));
        const auto results = job.run();
        QVERIFY2(results[0], results[0] ? "" : results[0].error().code.c_str());
        const QByteArray card = test::readFile(cardFile());
        const QByteArray image = test::readFile(source_);
        QCOMPARE(card.left(image.size()), image);
    }
};

QTEST_GUILESS_MAIN(TestWriterWineDrive)
#include "tst_writer_wine_drive.moc"
