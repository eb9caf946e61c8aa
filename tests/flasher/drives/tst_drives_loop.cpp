// The drive list and the edit verdict on real loop devices: found, judged, refused when
// mounted or read-only.
#include "flasher/drives/lsblk.h"
#include "flasher/drives/safety.h"
#include "tests/support/loopdevice.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace imprint::flasher;
using imprint::test::LoopDevice;
using imprint::test::runTool;

class TestDrivesLoop : public QObject {
    Q_OBJECT
    QString image_ = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/drives-loop.img");
    QString mnt_ = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/drives-loop-mnt");

private slots:
    void initTestCase() {
        QFile f(image_);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(f.resize(64 << 20));
        f.close();
        QCOMPARE(runTool(QStringLiteral("mkfs.ext4"),
                         {QStringLiteral("-q"), QStringLiteral("-F"), image_})
                     .exitCode,
                 0);
        QDir().mkpath(mnt_);
    }

    void freeLoopIsWritable() {
        LoopDevice loop(image_);
        if (!loop.isValid()) {
            QSKIP("no loop devices here (needs root)");
        }
        const auto drive = probeDrive(loop.path().toStdString());
        QVERIFY2(drive.ok(), drive.ok() ? "" : drive.error().code.c_str());
        QCOMPARE(drive->sizeBytes, 64ULL << 20);
        QCOMPARE(drive->type, std::string("loop"));
        const auto verdict = assessDriveForEdit(loop.path().toStdString());
        QVERIFY(verdict.ok());
        QVERIFY(verdict->issues.empty());
    }

    void mountedLoopIsRefusedForEditing() {
        LoopDevice loop(image_);
        if (!loop.isValid()) {
            QSKIP("no loop devices here (needs root)");
        }
        if (runTool(QStringLiteral("mount"), {loop.path(), mnt_}).exitCode != 0) {
            QSKIP("cannot mount ext4 here");
        }
        const auto verdict = assessDriveForEdit(loop.path().toStdString());
        runTool(QStringLiteral("umount"), {mnt_});
        QVERIFY(verdict.ok());
        QVERIFY(verdict->refused());
        QCOMPARE(verdict->reasons(Concern::Refused)[0].code, std::string("drives.mounted"));
        QCOMPARE(verdict->reasons(Concern::Refused)[0].arg("mountpoints"), mnt_.toStdString());
        // The flash verdict asks for an unmount instead.
        const auto drive = probeDrive(loop.path().toStdString());
        QVERIFY(drive.ok());
        QVERIFY(!assessDrive(*drive, {}).needsUnmount()); // unmounted again by now
    }

    void readOnlyLoopIsRefused() {
        LoopDevice loop(image_, true);
        if (!loop.isValid()) {
            QSKIP("no loop devices here (needs root)");
        }
        const auto verdict = assessDriveForEdit(loop.path().toStdString());
        QVERIFY(verdict.ok());
        QCOMPARE(verdict->reasons(Concern::Refused)[0].code, std::string("drives.read_only"));
    }

    void unknownPathIsAnError() {
        const auto verdict = assessDriveForEdit("/dev/imprint-no-such-drive");
        QVERIFY(!verdict.ok());
        QCOMPARE(verdict.error().code, std::string("drives.not_found"));
    }

    void cleanupTestCase() {
        QFile::remove(image_);
        QDir().rmdir(mnt_);
    }
};

QTEST_GUILESS_MAIN(TestDrivesLoop)
#include "tst_drives_loop.moc"
