// BlockDevice: image files, a loop block device, and the Overlay that never touches its base.
#include "core/disk/blockdevice.h"
#include "tests/core/disk/diskfixture.h"

#include <QTest>

using namespace imprint::disk;
using namespace imprint::test;

class TestBlockDevice : public QObject {
    Q_OBJECT
    QTemporaryDir tmp;

private slots:
    void fileReadWriteAndRange() {
        const QString path = tmp.filePath("f.img");
        QByteArray bytes(8192, '\0');
        for (int i = 0; i < bytes.size(); ++i) {
            bytes[i] = static_cast<char>(i * 7);
        }
        QVERIFY(writeAll(path, bytes));
        auto d = FileDevice::open(path.toStdString(), true);
        QVERIFY(d.ok());
        QCOMPARE((*d)->size(), 8192u);
        std::vector<std::uint8_t> buf(100);
        QVERIFY((*d)->read(1000, buf).ok());
        QCOMPARE(buf[0], static_cast<std::uint8_t>(1000 * 7));
        QCOMPARE((*d)->read(8100, buf).error().code, std::string("disk.out_of_range"));
        QCOMPARE((*d)->read(~0ull - 10, buf).error().code, std::string("disk.out_of_range"));
        const std::vector<std::uint8_t> w{1, 2, 3};
        QVERIFY((*d)->write(8189, w).ok());
        QCOMPARE((*d)->write(8190, w).error().code, std::string("disk.out_of_range"));
        QVERIFY((*d)->sync().ok());
        QCOMPARE(readAll(path).right(3), QByteArray("\x01\x02\x03"));
        auto ro = FileDevice::open(path.toStdString(), false);
        QCOMPARE((*ro)->write(0, w).error().code, std::string("disk.read_only"));
        QCOMPARE(FileDevice::open(tmp.filePath("missing").toStdString(), false).error().code,
                 std::string("disk.open_failed"));
    }

    void overlayKeepsBaseAndListsChanges() {
        const QString path = tmp.filePath("base.img");
        QByteArray bytes(16384, 'b');
        QVERIFY(writeAll(path, bytes));
        const QByteArray hash = fileHash(path);
        auto base = FileDevice::open(path.toStdString(), false);
        QVERIFY(base.ok());
        Overlay overlay(**base);
        const std::vector<std::uint8_t> w(700, 'w');
        QVERIFY(overlay.write(1000, w).ok()); // sectors 1..3 (bytes 512..2047)
        QVERIFY(overlay.write(10240, std::vector<std::uint8_t>(1, 'z')).ok()); // sector 20
        std::vector<std::uint8_t> all(16384);
        QVERIFY(overlay.read(0, all).ok());
        for (std::size_t i = 0; i < all.size(); ++i) {
            const char want = (i >= 1000 && i < 1700) ? 'w' : (i == 10240 ? 'z' : 'b');
            QCOMPARE(static_cast<char>(all[i]), want);
        }
        const auto changes = overlay.changes();
        QCOMPARE(changes.size(), std::size_t{2});
        QCOMPARE(changes[0].offset, 512u);
        QCOMPARE(changes[0].bytes.size(), std::size_t{1536});
        QCOMPARE(changes[1].offset, 10240u);
        QCOMPARE(changes[1].bytes.size(), std::size_t{512});
        QCOMPARE(overlay.changedSectorCount(), std::size_t{4});
        QCOMPARE(fileHash(path), hash);
        QCOMPARE(overlay.write(16380, w).error().code, std::string("disk.out_of_range"));
    }

    void loopBlockDevice() {
#ifndef __linux__
        QSKIP("a loop device is the host's: under Wine a test never opens a device path");
#endif
        const QString path = tmp.filePath("loop.img");
        QVERIFY(tool("truncate", {"-s", "8M", path}).exitCode == 0);
        const auto attach = tool("losetup", {"-f", "--show", "--sector-size", "4096", path});
        if (attach.exitCode != 0) {
            QSKIP("no loop devices here");
        }
        const QString dev = QString::fromUtf8(attach.out.trimmed());
        auto d = FileDevice::open(dev.toStdString(), true);
        const bool ok = d.ok();
        const bool isBlock = ok && (*d)->isBlockDevice();
        const auto size = ok ? (*d)->size() : 0;
        const auto sector = ok ? (*d)->sectorSize() : 0;
        if (ok) {
            QVERIFY((*d)->write(4096, std::vector<std::uint8_t>(4096, 'L')).ok());
            QVERIFY((*d)->sync().ok());
        }
        d = imprint::Error("closed");
        tool("losetup", {"-d", dev});
        QVERIFY(ok && isBlock);
        QCOMPARE(size, 8u << 20);
        QCOMPARE(sector, 4096u);
        QCOMPARE(readAll(path).mid(4096, 4096), QByteArray(4096, 'L'));
    }
};

QTEST_GUILESS_MAIN(TestBlockDevice)
#include "tst_blockdevice.moc"
