// Computed block maps on a balenaOS-shaped image made by the layer's assembler (MBR with an
// extended partition, FAT boot, ext4 roots with a filler file): every byte that is not zero lies
// in the map, the map is much smaller than the image, and a loop device full of garbage written
// with only the mapped ranges holds filesystems that e2fsck passes, with the same file inside.
#include "flasher/blockmap/computedmap.h"
#include "flasher/writejob/writejob.h"
#include "tests/flasher/loopdevice.h"
#include "tests/flasher/testfiles.h"

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
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/flasher/computedmap");

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
        int rc = -1;
        const QString out = runTool(
            QStringLiteral(IMPRINT_SOURCE_DIR "/meta-balena/scripts/balena-image-assemble"),
            {QStringLiteral("--output"), image_, QStringLiteral("--boot-dir"),
             kDir + QStringLiteral("/boot"), QStringLiteral("--image-size-mb"),
             QStringLiteral("160"), QStringLiteral("--boot-size-mb"), QStringLiteral("16"),
             QStringLiteral("--root-size-mb"), QStringLiteral("40"),
             QStringLiteral("--state-size-mb"), QStringLiteral("16"), QStringLiteral("--filler-mb"),
             QStringLiteral("6"), QStringLiteral("--no-bmap")},
            &rc);
        QVERIFY2(rc == 0, qPrintable(out));
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
        const QString table = runTool(QStringLiteral("sfdisk"), {QStringLiteral("--json"), copy});
        const auto parts = QJsonDocument::fromJson(table.toUtf8())
                               .object()[QStringLiteral("partitiontable")]
                               .toObject()[QStringLiteral("partitions")]
                               .toArray();
        QVERIFY(parts.size() >= 5);
        int checked = 0;
        for (const auto& p : parts) {
            const auto o = p.toObject();
            const qint64 start = o[QStringLiteral("start")].toInteger() * 512;
            const qint64 size = o[QStringLiteral("size")].toInteger() * 512;
            if (o[QStringLiteral("type")].toString() != QStringLiteral("83")) {
                continue;
            }
            const QString part = kDir + QStringLiteral("/part.img");
            QVERIFY(imprint::test::writeFile(part, written.mid(start, size)));
            int rc = -1;
            runTool(QStringLiteral("e2fsck"), {QStringLiteral("-fn"), part}, &rc);
            QCOMPARE(rc, 0);
            const QString listing = runTool(
                QStringLiteral("debugfs"), {QStringLiteral("-R"), QStringLiteral("ls -l /"), part});
            const QString orig = kDir + QStringLiteral("/orig-part.img");
            QVERIFY(imprint::test::writeFile(orig, readFile(image_).mid(start, size)));
            QCOMPARE(listing, runTool(QStringLiteral("debugfs"),
                                      {QStringLiteral("-R"), QStringLiteral("ls -l /"), orig}));
            if (listing.contains(QStringLiteral("balena-filler.bin"))) {
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
