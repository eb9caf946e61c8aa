// The ext2/3/4 block-bitmap reader (flasher/blockmap/extbitmap.h) judged by libext2fs, the
// library it replaced: for every ext filesystem the tests make (the demo image's, the ones
// balena-image-assemble and mkfs.ext4 -d make) and for seeded random ones mke2fs makes in sparse
// files (ext2/3/4; 1, 2 and 4 KiB blocks; flex_bg or not, meta_bg, 64bit, no sparse_super,
// sparse_super2, uninit_bg, lazy inode tables; short last groups; files written by mke2fs -d,
// some removed and others written by debugfs), both give the same runs of blocks in use.
// Failures print the seed; IMPRINT_EXT_SEED=N repeats a run. libext2fs answers as a host program
// (ext2fsjudge.c), on Linux and under Wine alike.
#include "core/disk/blockdevice.h"
#include "core/disk/bytes.h"
#include "flasher/blockmap/extbitmap.h"
#include "tests/flasher/blockmap/extfixture.h"
#include "tests/support/imagecheck.h"
#include "tests/support/testscale.h"

#include <QElapsedTimer>
#include <QTest>

#include <optional>

using imprint::flasher::ExtUsage;
using imprint::flasher::readExtUsage;
using imprint::test::ExtRecipe;
using Runs = std::vector<ExtUsage::Run>;

namespace {
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/extbitmap_libext2fs");
const QString kDemo = QStringLiteral(IMPRINT_BUILD_DIR "/demo/balena-demo-qemux86-64.img");

// libext2fs's answer: the blocks its bitmap marks from s_first_data_block on, bit by bit (asked
// of ext2fsjudge.c, a host program, through the tool bridge).
std::optional<Runs> judgeRuns(const QString& image, qint64 offset) {
    const auto r = imprint::test::runTool(QStringLiteral(IMPRINT_EXT2FS_JUDGE),
                                          {image, QString::number(offset)});
    if (r.exitCode != 0) {
        return std::nullopt;
    }
    Runs runs;
    for (const QByteArray& line : r.out.split('\n')) {
        const QList<QByteArray> run = line.split(' ');
        if (run.size() == 2) {
            runs.push_back({run[0].toULongLong(), run[1].toULongLong()});
        }
    }
    return runs;
}

QString runText(const Runs& runs, std::size_t i) {
    return i < runs.size() ? QStringLiteral("%1+%2").arg(runs[i].first).arg(runs[i].count)
                           : QStringLiteral("none");
}

// Empty when the reader and libext2fs agree on the filesystem at `offset`, else how not.
QString disagreement(const QString& image, qint64 offset, qint64 room) {
    const auto judge = judgeRuns(image, offset);
    if (!judge) {
        return QStringLiteral("libext2fs cannot read it");
    }
    auto device = imprint::disk::FileDevice::open(image.toStdString(), false);
    if (!device) {
        return QStringLiteral("cannot open it");
    }
    const auto ours = readExtUsage(**device, static_cast<std::uint64_t>(offset),
                                   static_cast<std::uint64_t>(room));
    if (!ours) {
        QString args;
        for (const auto& a : ours.error().args) {
            args += QStringLiteral(" %1=%2").arg(QString::fromStdString(a.name),
                                                 QString::fromStdString(a.value));
        }
        return QStringLiteral("the reader failed: %1%2")
            .arg(QString::fromStdString(ours.error().code), args);
    }
    if (ours->used == *judge) {
        return {};
    }
    std::size_t i = 0;
    while (i < judge->size() && i < ours->used.size() && (*judge)[i] == ours->used[i]) {
        ++i;
    }
    return QStringLiteral("run %1: libext2fs %2, the reader %3 (%4 and %5 runs)")
        .arg(i)
        .arg(runText(*judge, i), runText(ours->used, i))
        .arg(judge->size())
        .arg(ours->used.size());
}

bool isExt(const QString& image, qint64 offset) {
    QFile f(image);
    return f.open(QIODevice::ReadOnly) && f.seek(offset + 1080) && f.read(2) == "\x53\xef";
}

// Every ext partition of a partitioned image; how many there were.
int compareExtPartitions(const QString& image, QStringList& failures) {
    int compared = 0;
    for (const auto& p : imprint::test::sfdiskPartitions(image)) {
        if (!isExt(image, p.start)) {
            continue;
        }
        ++compared;
        if (const QString d = disagreement(image, p.start, p.size); !d.isEmpty()) {
            failures << QStringLiteral("%1 partition %2: %3").arg(image).arg(p.number).arg(d);
        }
    }
    return compared;
}

quint32 baseSeed() {
    const QByteArray fixed = qgetenv("IMPRINT_EXT_SEED");
    return fixed.isEmpty() ? QRandomGenerator::global()->generate() : fixed.toUInt();
}

} // namespace

class TestExtBitmapJudged : public QObject {
    Q_OBJECT
    quint32 seed_ = baseSeed();

    // Makes the recipe's filesystem and compares; empty when they agree.
    static QString check(const ExtRecipe& recipe) {
        const QString image = kDir + QStringLiteral("/fs.img");
        if (const QString e = imprint::test::makeExtFilesystem(recipe, image); !e.isEmpty()) {
            return QStringLiteral("could not make it: ") + e;
        }
        return disagreement(image, recipe.offset, recipe.blocks * recipe.blockSize + recipe.tail);
    }

private slots:
    void initTestCase() {
        QDir(kDir).removeRecursively();
        QVERIFY(QDir().mkpath(kDir));
        qInfo("seed %u (IMPRINT_EXT_SEED=%u repeats this run)", seed_, seed_);
    }

    void demoImage() {
        QVERIFY2(QFile::exists(kDemo), "the demo_image fixture has not made the demo image");
        QStringList failures;
        QVERIFY(compareExtPartitions(kDemo, failures) >= 2);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // Images laid out as balenaOS lays them out, MBR and GPT, a root filled with files.
    void assembledImages_data() {
        QTest::addColumn<bool>("gpt");
        QTest::newRow("MBR") << false;
        QTest::newRow("GPT") << true;
    }
    void assembledImages() {
        QFETCH(bool, gpt);
        const QString root = kDir + QStringLiteral("/root");
        QDir(root).removeRecursively();
        QVERIFY(QDir().mkpath(root + QStringLiteral("/etc")));
        QVERIFY(QDir().mkpath(kDir + QStringLiteral("/boot")));
        QRandomGenerator rng(seed_);
        for (int i = 0; i < 20; ++i) {
            QVERIFY(imprint::test::ext_detail::writeRandom(
                root + (i % 2 == 0 ? QStringLiteral("/etc/f%1") : QStringLiteral("/f%1")).arg(i),
                rng.bounded(1 << 17), rng));
        }
        const QString image = kDir + QStringLiteral("/balena.img");
        QStringList args{QStringLiteral("--output"),        image,
                         QStringLiteral("--boot-dir"),      kDir + QStringLiteral("/boot"),
                         QStringLiteral("--rootfs"),        root,
                         QStringLiteral("--image-size-mb"), QStringLiteral("200"),
                         QStringLiteral("--boot-size-mb"),  QStringLiteral("16"),
                         QStringLiteral("--root-size-mb"),  QStringLiteral("48"),
                         QStringLiteral("--state-size-mb"), QStringLiteral("16"),
                         QStringLiteral("--filler-mb"),     QStringLiteral("5"),
                         QStringLiteral("--no-bmap")};
        if (gpt) {
            args << QStringLiteral("--gpt");
        }
        const auto made = imprint::test::tool(
            QStringLiteral(IMPRINT_SOURCE_DIR "/meta-balena/scripts/balena-image-assemble"), args);
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QStringList failures;
        QVERIFY(compareExtPartitions(image, failures) >= 4);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // What the write-job and boot-partition tests make: mkfs.ext4's defaults with -d.
    void mkfsExt4Defaults() {
        const QString dir = kDir + QStringLiteral("/files");
        QVERIFY(QDir().mkpath(dir));
        QRandomGenerator rng(seed_ + 1);
        for (int i = 0; i < 12; ++i) {
            QVERIFY(imprint::test::ext_detail::writeRandom(dir + QStringLiteral("/f%1").arg(i),
                                                           rng.bounded(1 << 20), rng));
        }
        const QString image = kDir + QStringLiteral("/defaults.img");
        QFile f(image);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(48 << 20));
        f.close();
        const auto made = imprint::test::tool(
            QStringLiteral("mkfs.ext4"),
            {QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("-d"), dir, image});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QString d = disagreement(image, 0, 48 << 20);
        QVERIFY2(d.isEmpty(), qPrintable(d));
    }

    // Each feature on its own at each block size, several groups and a short last one.
    void features_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("features");
        QTest::addColumn<QStringList>("extended");
        QTest::addColumn<int>("blockSize");
        const QStringList none;
        const QStringList noResize{QStringLiteral("^resize_inode")};
        const struct {
            const char* name;
            const char* type;
            QStringList features;
            QStringList extended;
        } rows[] = {
            {"ext2", "ext2", none, none},
            {"ext3", "ext3", none, none},
            {"ext4", "ext4", none, none},
            {"ext4 ^flex_bg", "ext4", {QStringLiteral("^flex_bg")}, none},
            {"ext4 meta_bg", "ext4", noResize + QStringList{QStringLiteral("meta_bg")}, none},
            {"ext4 64bit", "ext4", {QStringLiteral("64bit")}, none},
            {"ext4 ^sparse_super", "ext4", noResize + QStringList{QStringLiteral("^sparse_super")},
             none},
            {"ext4 sparse_super2",
             "ext4",
             {QStringLiteral("sparse_super2")},
             {QStringLiteral("num_backup_sb=1")}},
            {"ext4 uninit_bg",
             "ext4",
             {QStringLiteral("uninit_bg"), QStringLiteral("^metadata_csum")},
             none},
            {"ext2 uninit_bg", "ext2", {QStringLiteral("uninit_bg")}, none},
            {"ext4 lazy_itable_init", "ext4", none, {QStringLiteral("lazy_itable_init=1")}},
        };
        for (int blockSize : {1024, 2048, 4096}) {
            for (const auto& row : rows) {
                QTest::addRow("%s %d", row.name, blockSize)
                    << QString::fromLatin1(row.type) << row.features << row.extended << blockSize;
            }
        }
    }
    void features() {
        QFETCH(QString, type);
        QFETCH(QStringList, features);
        QFETCH(QStringList, extended);
        QFETCH(int, blockSize);
        ExtRecipe r;
        r.type = type;
        r.features = features;
        r.extended = extended;
        r.blockSize = blockSize;
        // 40 groups and a short one: at 1 KiB the descriptors take two blocks (meta_bg: two
        // meta groups).
        r.blocksPerGroup = 256;
        r.blocks = 256 * 40 + 117;
        r.files = 30;
        r.churn = true;
        r.seed = seed_;
        const QString d = check(r);
        QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("IMPRINT_EXT_SEED=%1 ").arg(seed_) +
                                         r.describe() + QStringLiteral(": ") + d));
    }

    void randomFilesystems() {
        QElapsedTimer timer;
        timer.start();
        const int count = 40 * imprint::test::testScale();
        for (int i = 0; i < count; ++i) {
            const ExtRecipe r = imprint::test::randomExtRecipe(seed_ + static_cast<quint32>(i));
            const QString d = check(r);
            QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("IMPRINT_EXT_SEED=%1 ").arg(seed_) +
                                             r.describe() + QStringLiteral(": ") + d));
        }
        qInfo("%d random filesystems in %lld ms", count, timer.elapsed());
    }

    // libext2fs trusts BLOCK_UNINIT only while the group's descriptor checksum holds; so does
    // the reader: with the checksum broken, both read the group's bitmap block from disk (here
    // given a pattern, so that reading it or not shows).
    void uninitGroupWithBrokenChecksum() {
        ExtRecipe r;
        r.features = {QStringLiteral("uninit_bg"), QStringLiteral("^metadata_csum"),
                      QStringLiteral("^flex_bg")};
        r.blockSize = 1024;
        r.blocksPerGroup = 1024;
        r.blocks = 1024 * 12;
        r.seed = seed_;
        const QString image = kDir + QStringLiteral("/uninit.img");
        QVERIFY(imprint::test::makeExtFilesystem(r, image).isEmpty());
        QFile f(image);
        QVERIFY(f.open(QIODevice::ReadWrite));
        // The descriptors (32 bytes each) are in block 2: the last BLOCK_UNINIT group's.
        qint64 at = -1;
        for (qint64 g = 11; g > 0 && at < 0; --g) {
            QVERIFY(f.seek(2048 + g * 32 + 0x12));
            if ((static_cast<quint8>(f.read(1)[0]) & 0x02) != 0) {
                at = 2048 + g * 32;
            }
        }
        QVERIFY(at > 0 && f.seek(at));
        const quint32 bitmap = imprint::disk::le32(
            std::span(reinterpret_cast<const std::uint8_t*>(f.read(4).constData()), 4), 0);
        QVERIFY(f.seek(qint64{bitmap} * 1024) && f.write(QByteArray(128, '\x55')) == 128);
        QVERIFY(f.seek(at + 0x1e));
        const char broken = static_cast<char>(~f.read(1)[0]);
        QVERIFY(f.seek(at + 0x1e) && f.write(&broken, 1) == 1);
        f.close();
        const QString d = disagreement(image, 0, r.blocks * r.blockSize);
        QVERIFY2(d.isEmpty(), qPrintable(d));
    }

    // bigalloc's bitmaps count clusters: the reader leaves such a filesystem to be written whole.
    void bigallocIsNotRead() {
        ExtRecipe r;
        r.features = {QStringLiteral("bigalloc")};
        r.clusterSize = 16384;
        r.blocks = 8192;
        const QString image = kDir + QStringLiteral("/bigalloc.img");
        r.seed = seed_;
        QString made = imprint::test::makeExtFilesystem(r, image);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        QVERIFY(judgeRuns(image, 0).has_value());
        auto device = imprint::disk::FileDevice::open(image.toStdString(), false);
        QVERIFY(device.ok());
        const auto ours = readExtUsage(**device, 0, 8192 * 4096);
        QVERIFY(!ours.ok());
        QCOMPARE(ours.error().code, std::string("bmap.ext_unsupported"));
        QCOMPARE(ours.error().arg("feature"), std::string("bigalloc"));
    }
};

QTEST_GUILESS_MAIN(TestExtBitmapJudged)
#include "tst_extbitmap_libext2fs.moc"
