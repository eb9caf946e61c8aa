// Computed block maps on a balenaOS-shaped image made by the layer's assembler (MBR with an
// extended partition, FAT boot, ext4 roots with a filler file): every byte that is not zero lies
// in the map, the map is much smaller than the image, and a loop device full of garbage written
// with only the mapped ranges holds filesystems that e2fsck and fsck.fat pass, same files inside.
// FAT12/16/32 volumes made by mkfs.fat map only their metadata and allocated clusters.
#include "flasher/blockmap/computedmap.h"
#include "flasher/writejob/writejob.h"
#include "tests/support/loopdevice.h"
#include "tests/support/testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace imprint::flasher;
using imprint::test::readFile;
using imprint::test::runTool;

namespace {
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/computedmap");

bool mapped(const BlockMap& map, std::uint64_t offset) {
    for (const auto& r : map.ranges) {
        if (offset >= r.offset && offset < r.end()) {
            return true;
        }
    }
    return false;
}
} // namespace

class TestComputedMap : public QObject {
    Q_OBJECT
    QString image_ = kDir + QStringLiteral("/balena.img");

private slots:
    void initTestCase() {
        QDir(kDir).removeRecursively();
        QDir().mkpath(kDir + QStringLiteral("/boot"));
        QVERIFY(imprint::test::writeFile(kDir + QStringLiteral("/boot/config.txt"), "test\n"));
        const auto made = runTool(
            QStringLiteral(IMPRINT_SOURCE_DIR "/meta-balena/scripts/balena-image-assemble"),
            {QStringLiteral("--output"), image_, QStringLiteral("--boot-dir"),
             kDir + QStringLiteral("/boot"), QStringLiteral("--image-size-mb"),
             QStringLiteral("160"), QStringLiteral("--boot-size-mb"), QStringLiteral("16"),
             QStringLiteral("--root-size-mb"), QStringLiteral("40"),
             QStringLiteral("--state-size-mb"), QStringLiteral("16"), QStringLiteral("--filler-mb"),
             QStringLiteral("6"), QStringLiteral("--no-bmap")});
        QVERIFY2(made.exitCode == 0, made.out.constData());
    }

    void everyNonZeroByteIsMapped() {
        const auto map = computeBlockMap(image_.toStdString());
        QVERIFY2(map.ok(), map.ok() ? "" : map.error().code.c_str());
        const QByteArray all = readFile(image_);
        QCOMPARE(map->imageSize, static_cast<std::uint64_t>(all.size()));
        QVERIFY(map->mappedBytes() < map->imageSize / 2);
        const QByteArray zero(4096, '\0');
        for (qsizetype b = 0; b < all.size(); b += 4096) {
            if (all.mid(b, 4096) != zero) {
                QVERIFY2(mapped(*map, static_cast<std::uint64_t>(b)),
                         qPrintable(QStringLiteral("block at %1").arg(b)));
            }
        }
    }

    void mappedOnlyWriteGivesWorkingFilesystems() {
#ifndef __linux__
        QSKIP("writes through a loop device: under Wine a test never opens a device path");
#endif
        const auto map = computeBlockMap(image_.toStdString());
        QVERIFY(map.ok());
        const QString backing = kDir + QStringLiteral("/garbage.img");
        QVERIFY(imprint::test::writeFile(backing, QByteArray(168 << 20, '\x5a')));
        QByteArray written;
        {
            imprint::test::LoopDevice loop(backing);
            if (!loop.isValid()) {
                QSKIP("no loop devices here (needs root)");
            }
            auto source = Source::open(image_.toStdString());
            QVERIFY(source.ok());
            std::vector<TargetPlan> targets;
            targets.push_back({makeDeviceTarget(loop.path().toStdString()), {}});
            WriteOptions options;
            options.blockMap = *map;
            WriteJob job(std::move(source).value(), std::move(targets), options);
            const auto results = job.run();
            QVERIFY2(results[0].ok(), results[0].ok() ? "" : results[0].error().code.c_str());
        }
        written = readFile(backing).left(static_cast<qsizetype>(map->imageSize));
        const QString copy = kDir + QStringLiteral("/written.img");
        QVERIFY(imprint::test::writeFile(copy, written));
        // Each ext4 partition, cut out of both images: e2fsck passes and the same files are there.
        const auto table = runTool(QStringLiteral("sfdisk"), {QStringLiteral("--json"), copy});
        const auto parts = QJsonDocument::fromJson(table.out)
                               .object()[QStringLiteral("partitiontable")]
                               .toObject()[QStringLiteral("partitions")]
                               .toArray();
        QVERIFY(parts.size() >= 5);
        int checked = 0;
        int fatChecked = 0;
        for (const auto& p : parts) {
            const auto o = p.toObject();
            const qint64 start = o[QStringLiteral("start")].toInteger() * 512;
            const qint64 size = o[QStringLiteral("size")].toInteger() * 512;
            const QString type = o[QStringLiteral("type")].toString();
            if (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("e")}.contains(
                    type)) {
                // The boot partition: only its FAT metadata and used clusters were written.
                const QString part = kDir + QStringLiteral("/boot-part.img");
                QVERIFY(imprint::test::writeFile(part, written.mid(start, size)));
                const auto fsck = runTool(QStringLiteral("fsck.fat"), {QStringLiteral("-n"), part});
                QVERIFY2(fsck.exitCode == 0, fsck.out.constData());
                QCOMPARE(runTool(QStringLiteral("mtype"),
                                 {QStringLiteral("-i"), part, QStringLiteral("::config.txt")})
                             .out.trimmed(),
                         QByteArray("test"));
                ++fatChecked;
                continue;
            }
            if (type != QStringLiteral("83")) {
                continue;
            }
            const QString part = kDir + QStringLiteral("/part.img");
            QVERIFY(imprint::test::writeFile(part, written.mid(start, size)));
            QCOMPARE(runTool(QStringLiteral("e2fsck"), {QStringLiteral("-fn"), part}).exitCode, 0);
            const QByteArray listing =
                runTool(QStringLiteral("debugfs"),
                        {QStringLiteral("-R"), QStringLiteral("ls -l /"), part})
                    .out;
            const QString orig = kDir + QStringLiteral("/orig-part.img");
            QVERIFY(imprint::test::writeFile(orig, readFile(image_).mid(start, size)));
            QCOMPARE(listing, runTool(QStringLiteral("debugfs"),
                                      {QStringLiteral("-R"), QStringLiteral("ls -l /"), orig})
                                  .out);
            if (listing.contains("balena-filler.bin")) {
                const auto dump = [](const QString& img) {
                    const QString to = img + QStringLiteral(".filler");
                    QFile::remove(to);
                    runTool(QStringLiteral("debugfs"),
                            {QStringLiteral("-R"), QStringLiteral("dump /balena-filler.bin ") + to,
                             img});
                    return QCryptographicHash::hash(readFile(to), QCryptographicHash::Sha256);
                };
                const auto filler = dump(part);
                QVERIFY(!readFile(part + QStringLiteral(".filler")).isEmpty());
                QCOMPARE(filler, dump(orig));
            }
            ++checked;
        }
        QVERIFY(checked >= 2);
        QCOMPARE(fatChecked, 1);
    }

    // FAT12/16/32 made by mkfs.fat, filled and thinned out by mtools: only the metadata and the
    // allocated clusters are mapped, and an image whose unmapped blocks are garbage still passes
    // fsck.fat with every file intact (read back by mtools).
    void fatVolumesMapOnlyWhatTheyUse_data() {
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("partitionMiB");
        QTest::newRow("FAT12") << 12 << 6;
        QTest::newRow("FAT16") << 16 << 24;
        QTest::newRow("FAT32") << 32 << 40;
    }
    void fatVolumesMapOnlyWhatTheyUse() {
        QFETCH(int, bits);
        QFETCH(int, partitionMiB);
        const QString dir = kDir + QStringLiteral("/fat%1").arg(bits);
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        const QString part = dir + QStringLiteral("/part.img");
        QVERIFY(imprint::test::writeFile(part, QByteArray()));
        QCOMPARE(runTool(QStringLiteral("truncate"),
                         {QStringLiteral("-s"), QStringLiteral("%1M").arg(partitionMiB), part})
                     .exitCode,
                 0);
        QStringList mkfs{QStringLiteral("-F"), QString::number(bits)};
        if (bits == 32) {
            mkfs << QStringLiteral("-s") << QStringLiteral("1");
        }
        QCOMPARE(runTool(QStringLiteral("mkfs.fat"), mkfs << part).exitCode, 0);
        // Files of several sizes, a directory, and a deleted file leaving a free gap.
        QStringList names;
        for (int i = 0; i < 6; ++i) {
            const QString name = QStringLiteral("f%1.bin").arg(i);
            const QString local = dir + QLatin1Char('/') + name;
            QVERIFY(imprint::test::writeFile(
                local, imprint::test::makeImage(static_cast<std::size_t>(1000 + i * 190000),
                                                static_cast<quint32>(bits * 10 + i))));
            QCOMPARE(runTool(QStringLiteral("mcopy"),
                             {QStringLiteral("-i"), part, local, QStringLiteral("::") + name})
                         .exitCode,
                     0);
            names << name;
        }
        runTool(QStringLiteral("mmd"), {QStringLiteral("-i"), part, QStringLiteral("::sub")});
        QCOMPARE(runTool(QStringLiteral("mcopy"),
                         {QStringLiteral("-i"), part, dir + QStringLiteral("/f1.bin"),
                          QStringLiteral("::sub/g.bin")})
                     .exitCode,
                 0);
        QCOMPARE(runTool(QStringLiteral("mdel"),
                         {QStringLiteral("-i"), part, QStringLiteral("::f2.bin")})
                     .exitCode,
                 0);
        names.removeAll(QStringLiteral("f2.bin"));

        // The volume at 1 MiB in an MBR image, with a MiB to spare at the end.
        const QString image = dir + QStringLiteral("/disk.img");
        QByteArray bytes(static_cast<qsizetype>(partitionMiB + 2) << 20, '\0');
        const QByteArray volume = readFile(part);
        bytes.replace(1 << 20, volume.size(), volume);
        QVERIFY(imprint::test::writeFile(image, bytes));
        QCOMPARE(runTool(QStringLiteral("sfdisk"), {QStringLiteral("--quiet"), image},
                         QStringLiteral("start=2048, size=%1, type=c\n")
                             .arg(static_cast<qint64>(partitionMiB) * 2048)
                             .toUtf8())
                     .exitCode,
                 0);

        const auto map = computeBlockMap(image.toStdString());
        QVERIFY(map.ok());
        const QByteArray all = readFile(image);
        // Mapped bytes inside the volume (the table's MiB and the tail MiB are always mapped).
        std::uint64_t used = 0;
        const std::uint64_t volumeStart = 1 << 20;
        const std::uint64_t volumeEnd = volumeStart + static_cast<std::uint64_t>(volume.size());
        for (const auto& r : map->ranges) {
            const std::uint64_t a = std::max(r.offset, volumeStart);
            const std::uint64_t b = std::min(r.end(), volumeEnd);
            used += b > a ? b - a : 0;
        }
        QVERIFY2(used < static_cast<std::uint64_t>(volume.size()) * 6 / 10,
                 qPrintable(QStringLiteral("%1 of %2 mapped").arg(used).arg(volume.size())));
        // Everything unmapped becomes garbage.
        QByteArray garbage = all;
        for (qsizetype b = 0; b < garbage.size(); b += 4096) {
            if (!mapped(*map, static_cast<std::uint64_t>(b))) {
                garbage.replace(b, 4096, QByteArray(4096, '\xa5'));
            }
        }
        const QString cut = dir + QStringLiteral("/cut.img");
        QVERIFY(imprint::test::writeFile(cut, garbage.mid(1 << 20, volume.size())));
        const auto fsck = runTool(QStringLiteral("fsck.fat"), {QStringLiteral("-n"), cut});
        QVERIFY2(fsck.exitCode == 0, fsck.out.constData());
        names << QStringLiteral("sub/g.bin");
        for (const auto& name : names) {
            const QString out = dir + QStringLiteral("/out.bin");
            QFile::remove(out);
            QCOMPARE(runTool(QStringLiteral("mcopy"),
                             {QStringLiteral("-i"), cut, QStringLiteral("::") + name, out})
                         .exitCode,
                     0);
            const QString original =
                dir + QLatin1Char('/') +
                (name == QStringLiteral("sub/g.bin") ? QStringLiteral("f1.bin") : name);
            QVERIFY2(readFile(out) == readFile(original), qPrintable(name));
        }
    }

    void noTableMapsWhole() {
        const QString plain = kDir + QStringLiteral("/plain.img");
        QVERIFY(imprint::test::writeFile(plain, imprint::test::makeImage(1 << 20, 3)));
        const auto map = computeBlockMap(plain.toStdString());
        QVERIFY(map.ok());
        QVERIFY(map->coversWholeImage());
        QCOMPARE(computeBlockMap("/nonexistent.img").error().code, std::string("bmap.open_failed"));
    }
};

QTEST_GUILESS_MAIN(TestComputedMap)
#include "tst_computedmap.moc"
