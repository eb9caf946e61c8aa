// The ext2/3/4 block-bitmap reader on hostile input: filesystems made by mke2fs, then damaged
// field by field (superblock, group descriptors, bitmaps, checksums, a cut-off image) and by
// seeded random bytes. Every damage the reader can see is refused with its own error (the
// partition is then written whole); none crashes it, hangs it or makes it allocate much.
#include "core/disk/blockdevice.h"
#include "core/disk/bytes.h"
#include "flasher/blockmap/extbitmap.h"
#include "tests/flasher/blockmap/extfixture.h"
#include "tests/support/testscale.h"

#include <QElapsedTimer>
#include <QTest>

using imprint::flasher::ExtUsage;
using imprint::flasher::readExtUsage;
using Bytes = std::vector<std::uint8_t>;

namespace {
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/extbitmap");

Bytes makeFixture(const imprint::test::ExtRecipe& recipe, const QString& name) {
    const QString image = kDir + QLatin1Char('/') + name;
    if (!imprint::test::makeExtFilesystem(recipe, image).isEmpty()) {
        return {};
    }
    QFile f(image);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray all = f.readAll();
    return {all.begin(), all.end()};
}

// Bytes the test keeps, read in place (the random rounds change a few and put them back).
class ViewDevice : public imprint::disk::BlockDevice {
public:
    explicit ViewDevice(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}
    [[nodiscard]] std::uint64_t size() const override { return bytes_.size(); }
    [[nodiscard]] bool readOnly() const override { return true; }
    imprint::Result<void> read(std::uint64_t offset, std::span<std::uint8_t> out) override {
        if (offset > bytes_.size() || out.size() > bytes_.size() - offset) {
            return imprint::Error("disk.out_of_range");
        }
        std::copy_n(bytes_.begin() + static_cast<std::ptrdiff_t>(offset), out.size(), out.begin());
        return {};
    }
    imprint::Result<void> write(std::uint64_t, std::span<const std::uint8_t>) override {
        return imprint::Error("disk.read_only");
    }

private:
    std::span<const std::uint8_t> bytes_;
};

imprint::Result<ExtUsage> readBytes(std::span<const std::uint8_t> bytes, std::uint64_t room = 0) {
    ViewDevice device(bytes);
    return readExtUsage(device, 0, room != 0 ? room : bytes.size());
}

void put(Bytes& b, std::size_t at, std::uint32_t value, int size) {
    for (int i = 0; i < size; ++i) {
        b[at + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(value >> (8 * i));
    }
}

// Runs that could come from a bitmap at all: ascending, apart, not empty, inside the filesystem.
bool wellFormed(const ExtUsage& u) {
    std::uint64_t next = u.firstDataBlock;
    for (const auto& r : u.used) {
        if (r.count == 0 || r.first < next || r.first + r.count > u.blocksCount) {
            return false;
        }
        next = r.first + r.count + 1;
    }
    return true;
}

bool uses(const ExtUsage& u, std::uint64_t block) {
    return std::any_of(u.used.begin(), u.used.end(), [&](const auto& r) {
        return block >= r.first && block < r.first + r.count;
    });
}
} // namespace

class TestExtBitmap : public QObject {
    Q_OBJECT
    // 1 KiB blocks, 64bit, uninit_bg without metadata_csum: every field can be changed without
    // a superblock checksum standing in the way. Group descriptors (64 bytes) at byte 2048.
    Bytes plain_;
    // 4 KiB blocks, metadata_csum (mke2fs's default).
    Bytes checked_;

    static std::uint32_t field(const Bytes& b, std::size_t at) {
        return imprint::disk::le32(b, at);
    }

private slots:
    void initTestCase() {
        QDir(kDir).removeRecursively();
        QVERIFY(QDir().mkpath(kDir));
        imprint::test::ExtRecipe plain;
        plain.blockSize = 1024;
        plain.blocksPerGroup = 256;
        plain.blocks = 256 * 12 + 100;
        plain.features = {QStringLiteral("64bit"), QStringLiteral("uninit_bg"),
                          QStringLiteral("^metadata_csum")};
        plain.files = 10;
        plain_ = makeFixture(plain, QStringLiteral("plain.img"));
        QVERIFY(!plain_.empty());
        imprint::test::ExtRecipe checked;
        checked.blocksPerGroup = 1024;
        checked.blocks = 1024 * 6 + 77;
        checked.files = 10;
        checked_ = makeFixture(checked, QStringLiteral("checked.img"));
        QVERIFY(!checked_.empty());
    }

    void fixturesRead() {
        for (const Bytes* b : {&plain_, &checked_}) {
            const auto u = readBytes(*b);
            QVERIFY2(u.ok(), u.ok() ? "" : u.error().code.c_str());
            QCOMPARE(u->blocksCount, std::uint64_t{field(*b, 1024 + 4)});
            QVERIFY(wellFormed(*u));
            // The superblock and the first descriptor block are in use.
            QVERIFY(uses(*u, 1024 / u->blockSize == 1 ? 1 : 0));
            QVERIFY(uses(*u, u->firstDataBlock + 1));
        }
    }

    void damagedSuperblock_data() {
        QTest::addColumn<int>("at");
        QTest::addColumn<quint32>("value");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("what"); // the field or feature named
        const QString bad = QStringLiteral("bmap.ext_bad_superblock");
        const QString unsupported = QStringLiteral("bmap.ext_unsupported");
        const quint32 incompat = field(plain_, 1024 + 0x60);
        QTest::newRow("magic") << 0x38 << 0x1234U << 2 << bad << "s_magic";
        QTest::newRow("revision 2") << 0x4c << 2U << 4 << bad << "s_rev_level";
        QTest::newRow("compression") << 0x60 << (incompat | 1U) << 4 << unsupported << "incompat 1";
        QTest::newRow("journal device")
            << 0x60 << (incompat | 8U) << 4 << unsupported << "journal_dev";
        QTest::newRow("bigalloc") << 0x64 << (field(plain_, 1024 + 0x64) | 0x200U) << 4
                                  << unsupported << "bigalloc";
        QTest::newRow("block size 2^32") << 0x18 << 0xffffffffU << 4 << bad << "s_log_block_size";
        QTest::newRow("cluster size") << 0x1c << 3U << 4 << bad << "s_log_cluster_size";
        QTest::newRow("flex groups 2^40") << 0x174 << 40U << 1 << bad << "s_log_groups_per_flex";
        QTest::newRow("inode size 3") << 0x58 << 3U << 2 << bad << "s_inode_size";
        QTest::newRow("inode size 4096") << 0x58 << 4096U << 2 << bad << "s_inode_size";
        QTest::newRow("descriptor size 24") << 0xfe << 24U << 2 << bad << "s_desc_size";
        QTest::newRow("descriptor size 4096") << 0xfe << 4096U << 2 << bad << "s_desc_size";
        QTest::newRow("clusters per group") << 0x24 << 512U << 4 << bad << "s_clusters_per_group";
        QTest::newRow("no inodes per group") << 0x28 << 0U << 4 << bad << "s_inodes_per_group";
        QTest::newRow("first data block past the end")
            << 0x14 << 0xffffffffU << 4 << bad << "s_first_data_block";
        QTest::newRow("blocks past the partition")
            << 0x04 << (field(plain_, 1024 + 4) + 1) << 4 << bad << "s_blocks_count";
        QTest::newRow("blocks 2^32 more") << 0x150 << 1U << 4 << bad << "s_blocks_count";
        QTest::newRow("inodes count")
            << 0x00 << (field(plain_, 1024) + 1) << 4 << bad << "s_inodes_count";
        QTest::newRow("first meta group past the table")
            << 0x104 << 1000U << 4 << bad << "s_first_meta_bg";
    }
    void damagedSuperblock() {
        QFETCH(int, at);
        QFETCH(quint32, value);
        QFETCH(int, size);
        QFETCH(QString, code);
        QFETCH(QString, what);
        Bytes b = plain_;
        put(b, 1024 + static_cast<std::size_t>(at), value, size);
        if (what == QStringLiteral("s_first_meta_bg")) {
            put(b, 1024 + 0x60, field(plain_, 1024 + 0x60) | 0x10U, 4); // meta_bg
        }
        if (what == QStringLiteral("s_blocks_per_group")) {
            put(b, 1024 + 0x24, value, 4);
        }
        const auto u = readBytes(b);
        QVERIFY(!u.ok());
        QCOMPARE(QString::fromStdString(u.error().code), code);
        const std::string named =
            u.error().arg(code == QStringLiteral("bmap.ext_unsupported") ? "feature" : "field");
        QCOMPARE(QString::fromStdString(named), what);
        QCOMPARE(u.error().arg("offset"), std::string("0"));
    }

    void zeroBlocksPerGroup() {
        Bytes b = plain_;
        put(b, 1024 + 0x20, 0, 4);
        put(b, 1024 + 0x24, 0, 4);
        const auto u = readBytes(b);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().arg("field"), std::string("s_blocks_per_group"));
    }

    // Counts meant to make the reader read or hold without end are refused before it reads.
    void hugeCountsAreRefusedAtOnce_data() {
        QTest::addColumn<quint32>("high");
        QTest::addColumn<quint32>("perGroup");
        QTest::newRow("2^44 blocks, groups of 256") << 0x1000U << 256U;
        QTest::newRow("2^40 blocks, groups of 8192") << 0x100U << 8192U;
    }
    void hugeCountsAreRefusedAtOnce() {
        QFETCH(quint32, high);
        QFETCH(quint32, perGroup);
        Bytes b = plain_;
        put(b, 1024 + 0x150, high, 4);
        put(b, 1024 + 0x20, perGroup, 4);
        put(b, 1024 + 0x24, perGroup, 4);
        QElapsedTimer timer;
        timer.start();
        const auto u = readBytes(b, std::uint64_t{1} << 60U);
        QVERIFY(timer.elapsed() < 100);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, std::string("bmap.ext_too_large"));
    }

    // A group's bitmap at block 0 or outside the filesystem: libext2fs would take the group as
    // empty; the reader refuses, so its blocks are written after all.
    void bitmapOutside_data() {
        QTest::addColumn<int>("at");
        QTest::addColumn<quint32>("value");
        QTest::addColumn<quint64>("block");
        const quint32 count = field(plain_, 1024 + 4);
        const quint32 low = field(plain_, 2048);
        QTest::newRow("block 0") << 0x00 << 0U << quint64{0};
        QTest::newRow("past the end") << 0x00 << count + 5 << quint64{count + 5};
        QTest::newRow("high half") << 0x20 << 1U << ((quint64{1} << 32U) | low);
    }
    void bitmapOutside() {
        QFETCH(int, at);
        QFETCH(quint32, value);
        QFETCH(quint64, block);
        Bytes b = plain_;
        put(b, 2048 + static_cast<std::size_t>(at), value, 4); // group 0's descriptor
        const auto u = readBytes(b);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, std::string("bmap.ext_block_outside"));
        QCOMPARE(u.error().arg("block"), std::to_string(block));
    }

    // A filesystem of one group whose descriptor block would be its last block + 1.
    void descriptorTableOutside() {
        Bytes b = plain_;
        const quint32 count = field(plain_, 1024 + 4);
        put(b, 1024 + 0x14, count - 1, 4);                  // s_first_data_block
        put(b, 1024 + 0x00, field(plain_, 1024 + 0x28), 4); // one group's inodes
        const auto u = readBytes(b);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, std::string("bmap.ext_block_outside"));
        QCOMPARE(u.error().arg("block"), std::to_string(count));
    }

    // Cut before the superblock's end, inside the descriptors, before group 0's bitmap: the
    // device's own error. Cut after the metadata only (flex_bg keeps it up front): the same runs.
    void truncatedImage() {
        const auto whole = readBytes(plain_);
        QVERIFY(whole.ok());
        const std::size_t bitmap = field(plain_, 2048) * std::size_t{1024};
        for (std::size_t cut : {std::size_t{1500}, std::size_t{2100}, bitmap + 10}) {
            const auto u = readBytes(std::span(plain_).first(cut), plain_.size());
            QVERIFY2(!u.ok(), qPrintable(QString::number(cut)));
            QCOMPARE(u.error().code, std::string("disk.out_of_range"));
        }
        const std::size_t half = plain_.size() / 2;
        QVERIFY(bitmap < half);
        const auto u = readBytes(std::span(plain_).first(half), plain_.size());
        QVERIFY(u.ok());
        QVERIFY(u->used == whole->used);
    }

    void checksums() {
        Bytes b = checked_;
        b[1024 + 0x78] ^= 0x20; // the volume name
        auto u = readBytes(b);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, std::string("bmap.ext_checksum_mismatch"));
        QCOMPARE(u.error().arg("block"), std::string("0"));

        b = checked_;
        b[1024 + 0x175] = 2; // a checksum type other than CRC-32C
        u = readBytes(b);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().arg("field"), std::string("s_checksum_type"));

        b = checked_;
        const std::uint32_t bitmap = field(checked_, 4096); // group 0's block bitmap
        b[std::size_t{bitmap} * 4096 + 3] ^= 0x01;
        u = readBytes(b);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, std::string("bmap.ext_checksum_mismatch"));
        QCOMPARE(u.error().arg("block"), std::to_string(bitmap));
    }

    // Random bytes in the metadata, seeded: an answer or an error, never a crash; an answer's
    // runs always lie inside the filesystem, in order. A third of the bytes land in the
    // superblock's first 0x180 bytes, a third in the descriptors, a third anywhere up to group
    // 0's inode bitmap (the block bitmaps before it). IMPRINT_EXT_SEED=N repeats a run.
    void randomDamage() {
        const QByteArray fixed = qgetenv("IMPRINT_EXT_SEED");
        const quint32 seed =
            fixed.isEmpty() ? QRandomGenerator::global()->generate() : fixed.toUInt();
        QRandomGenerator rng(seed);
        QElapsedTimer timer;
        timer.start();
        const int rounds = 3000 * imprint::test::testScale();
        int answered = 0;
        for (int i = 0; i < rounds; ++i) {
            Bytes& b = (i % 4) == 3 ? checked_ : plain_;
            const std::size_t blockSize = &b == &checked_ ? 4096 : 1024;
            const std::size_t descriptors = &b == &checked_ ? 4096 : 2048;
            const std::size_t end = (field(b, descriptors + 4) + 1) * blockSize;
            const std::size_t regions[3][2] = {
                {1024, 1024 + 0x180}, {descriptors, descriptors + 64 * 13}, {1024, end}};
            std::vector<std::pair<std::size_t, std::uint8_t>> saved;
            for (int n = rng.bounded(1, 7); n > 0; --n) {
                const auto* r = regions[rng.bounded(3)];
                const std::size_t at = r[0] + rng.bounded(static_cast<quint32>(r[1] - r[0]));
                saved.emplace_back(at, b[at]);
                b[at] = static_cast<std::uint8_t>(rng.bounded(256));
            }
            const auto u = readBytes(b);
            for (auto it = saved.rbegin(); it != saved.rend(); ++it) {
                b[it->first] = it->second;
            }
            if (u.ok()) {
                ++answered;
                QVERIFY2(
                    wellFormed(*u),
                    qPrintable(QStringLiteral("IMPRINT_EXT_SEED=%1, round %2").arg(seed).arg(i)));
            }
        }
        qInfo("seed %u: %d of %d damaged filesystems still read, %lld ms", seed, answered, rounds,
              timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestExtBitmap)
#include "tst_extbitmap.moc"
