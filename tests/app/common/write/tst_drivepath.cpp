// Which targets a user names are drives (app/common/write/opentarget.h): /dev/ paths on Linux,
// \\.\PhysicalDriveN on Windows; everything else is an image file. Only names are judged: no
// path here is opened.
#include "app/common/write/opentarget.h"

#include <QTest>

using imprint::app::isDrivePath;

class TestDrivePath : public QObject {
    Q_OBJECT
private slots:
    void drivesAndFiles_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("drive");
#if defined(_WIN32)
        QTest::newRow("physical drive") << R"(\\.\PhysicalDrive1)" << true;
        QTest::newRow("any case") << R"(\\.\physicaldrive12)" << true;
        QTest::newRow("forward slashes") << "//./PhysicalDrive0" << false;
        QTest::newRow("no number") << R"(\\.\PhysicalDrive)" << false;
        QTest::newRow("a volume") << R"(\\.\Z:)" << false;
        QTest::newRow("a /dev path is a file here") << "/dev/sdb" << false;
        QTest::newRow("an image file") << R"(C:\cards\PhysicalDrive1.img)" << false;
#else
        QTest::newRow("a disk") << "/dev/sdb" << true;
        QTest::newRow("a card reader") << "/dev/mmcblk0" << true;
        QTest::newRow("a Windows drive name is a file here") << R"(\\.\PhysicalDrive1)" << false;
        QTest::newRow("an image file") << "/home/me/dev/card.img" << false;
#endif
        QTest::newRow("relative") << "card.img" << false;
    }
    void drivesAndFiles() {
        QFETCH(QString, target);
        QFETCH(bool, drive);
        QCOMPARE(isDrivePath(target), drive);
    }
};

QTEST_GUILESS_MAIN(TestDrivePath)
#include "tst_drivepath.moc"
