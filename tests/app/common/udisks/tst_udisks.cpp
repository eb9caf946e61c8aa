// The UDisks2 path for real: a private system bus, udevd and udisksd; a loop device set up by
// UDisks2's Manager.LoopSetup; `imprint flash` forced onto Block.OpenDevice
// (IMPRINT_FORCE_UDISKS=1) writes it; the bytes on the device are the image's.
#include "app/common/udisks/udisks.h"
#include "tests/support/clirunner.h"
#include "tests/support/loopdevice.h"
#include "tests/support/testfiles.h"
#include "tests/support/udisksdaemons.h"
#include "tests/support/udisksloop.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTest>

#include <unistd.h>

using imprint::test::readFile;
using imprint::test::runImprint;
using imprint::test::runTool;
using imprint::test::UDisksLoop;

namespace {
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/udisks");

QByteArray sha(const QByteArray& b) {
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256);
}
} // namespace

class TestUDisks : public QObject {
    Q_OBJECT
    imprint::test::UDisksDaemons daemons_;
    QString image_ = kDir + QStringLiteral("/image.img");
    QString backing_ = kDir + QStringLiteral("/backing.img");
    QByteArray bytes_;

private slots:
    void initTestCase() {
        if (geteuid() != 0) {
            QSKIP("udisksd and loop devices need root");
        }
        QDir(kDir).removeRecursively();
        QDir().mkpath(kDir);
        const QString why = daemons_.start(kDir + QStringLiteral("/daemons"));
        if (!why.isEmpty()) {
            QSKIP(qPrintable(QStringLiteral("UDisks2 daemons cannot run here: ") + why));
        }
        bytes_ = imprint::test::makeImage(12 << 20, 5);
        QVERIFY(imprint::test::writeFile(image_, bytes_));
        runTool(QStringLiteral("truncate"),
                {QStringLiteral("-s"), QStringLiteral("16M"), backing_});
        QVERIFY(imprint::test::writeFile(backing_, QByteArray(16 << 20, '\x5a')));
    }

    void resolvesLoopDevices() {
        UDisksLoop loop(daemons_.bus(), backing_);
        QVERIFY2(loop.error().isEmpty(), qPrintable(loop.error()));
        auto object = imprint::app::UDisksBroker::objectFor(loop.path().toStdString());
        QVERIFY(object.ok());
        QVERIFY(object->startsWith(QLatin1String("/org/freedesktop/UDisks2/block_devices/loop")));
        auto missing = imprint::app::UDisksBroker::objectFor("/dev/imprint-no-such-disk");
        QVERIFY(!missing.ok());
        QCOMPARE(QString::fromStdString(missing.error().code),
                 QStringLiteral("udisks.no_such_device"));
    }

    // The real program, forced onto OpenDevice, writes through the descriptor UDisks2 hands out.
    void flashesThroughOpenDevice() {
        UDisksLoop loop(daemons_.bus(), backing_);
        QVERIFY2(loop.error().isEmpty(), qPrintable(loop.error()));
        qputenv("IMPRINT_FORCE_UDISKS", "1");
        const auto r = runImprint({QStringLiteral("flash"), image_, QStringLiteral("--to"),
                                   loop.path(), QStringLiteral("--yes"), QStringLiteral("--json")});
        qunsetenv("IMPRINT_FORCE_UDISKS");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QByteArray written = readFile(backing_);
        QCOMPARE(sha(written.left(bytes_.size())), sha(bytes_));
        // The last MiB of the device was wiped (no stale GPT backup), the rest left alone.
        QCOMPARE(written.right(1 << 20), QByteArray(1 << 20, '\0'));
        QCOMPARE(written.mid(bytes_.size(), (3 << 20)), QByteArray(3 << 20, '\x5a'));
    }

    // The environment switch really takes the UDisks2 path: with no bus to talk to, even root
    // does not fall back to opening the device itself, and the device is left untouched.
    void forcedUDisksWithoutBusFails() {
        imprint::test::LoopDevice loop(backing_);
        QVERIFY(loop.isValid());
        QVERIFY(imprint::test::writeFile(backing_, QByteArray(16 << 20, '\x33')));
        const QByteArray before = sha(readFile(backing_));
        const QByteArray address = qgetenv("DBUS_SYSTEM_BUS_ADDRESS");
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=" + kDir.toUtf8() + "/no-bus-here");
        qputenv("IMPRINT_FORCE_UDISKS", "1");
        const auto r = runImprint({QStringLiteral("flash"), image_, QStringLiteral("--to"),
                                   loop.path(), QStringLiteral("--yes")});
        qunsetenv("IMPRINT_FORCE_UDISKS");
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", address);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("UDisks2")), qPrintable(r.err));
        QCOMPARE(sha(readFile(backing_)), before);
    }
};

QTEST_GUILESS_MAIN(TestUDisks)
#include "tst_udisks.moc"
