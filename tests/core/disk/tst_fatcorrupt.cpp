// Damaged FAT volumes: every on-disk field is checked, so a corrupt boot sector, a looping or
// escaping cluster chain or a directory entry pointing outside the volume gives a clear error
// (the stable fat.* code), never a hang, a crash or a write (the bytes are compared after).
#include "core/disk/blockdevice.h"
#include "core/disk/bytes.h"
#include "core/disk/fatvolume.h"
#include "tests/core/disk/diskfixture.h"

#include <QTest>

using namespace imprint;
using namespace imprint::disk;
using namespace imprint::test;

class TestFatCorrupt : public QObject {
    Q_OBJECT
    QTemporaryDir tmp;
    std::vector<std::uint8_t> pristine; // FAT16, /config.json (3 clusters), /dir/file.txt
    FatGeometry g;
    std::uint32_t configCluster = 0;

    // Runs reads and writes on a damaged copy; all must fail with `code` and change nothing.
    void expectRefused(std::vector<std::uint8_t> image, const std::string& code,
                       bool openFails = false) {
        const auto before = image;
        MemoryDevice device(std::move(image));
        auto volume = FatVolume::open(device, 0, device.size());
        if (openFails) {
            QVERIFY(!volume.ok());
            QCOMPARE(volume.error().code, code);
            return;
        }
        QVERIFY(volume.ok());
        auto read = (*volume)->readFile("/config.json");
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, code);
        const auto put = (*volume)->writeFile("/config.json", std::vector<std::uint8_t>(5000, 'n'));
        QVERIFY(!put.ok());
        QCOMPARE(put.error().code, code);
        QVERIFY(!(*volume)->remove("/config.json").ok());
        QVERIFY(device.bytes() == before);
    }

private slots:
    void initTestCase() {
        const QString img = tmp.filePath("base.img");
        QVERIFY(makeFat(img, 16, 512, 20480));
        const QString local = tmp.filePath("c.json");
        QVERIFY(writeAll(local, QByteArray(5000, 'c')));
        QCOMPARE(tool("mcopy", {"-i", img, local, "::/config.json"}).exitCode, 0);
        QCOMPARE(tool("mmd", {"-i", img, "::/dir"}).exitCode, 0);
        QCOMPARE(tool("mcopy", {"-i", img, local, "::/dir/file.txt"}).exitCode, 0);
        pristine = bytesOf(readAll(img));
        auto parsed = FatGeometry::parse(std::span(pristine).first(512), pristine.size());
        QVERIFY(parsed.ok());
        g = *parsed;
        MemoryDevice device(pristine);
        auto volume = FatVolume::open(device, 0, device.size());
        auto st = (*volume)->stat("/config.json");
        configCluster = (*st)->firstCluster;
        QVERIFY(configCluster >= 2);
    }

    void badBootSector_data() {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("jump") << 0 << 1 << 0x00 << "fat.not_fat";
        QTest::newRow("BPB_BytsPerSec 0") << 11 << 2 << 0 << "fat.bad_bpb";
        QTest::newRow("BPB_BytsPerSec 513") << 11 << 2 << 513 << "fat.bad_bpb";
        QTest::newRow("BPB_SecPerClus 3") << 13 << 1 << 3 << "fat.bad_bpb";
        QTest::newRow("BPB_SecPerClus 0") << 13 << 1 << 0 << "fat.bad_bpb";
        QTest::newRow("BPB_RsvdSecCnt 0") << 14 << 2 << 0 << "fat.bad_bpb";
        QTest::newRow("BPB_NumFATs 0") << 16 << 1 << 0 << "fat.bad_bpb";
        QTest::newRow("BPB_NumFATs 200") << 16 << 1 << 200 << "fat.bad_bpb";
        QTest::newRow("BPB_RootEntCnt 0") << 17 << 2 << 0 << "fat.bad_bpb";
        QTest::newRow("BPB_TotSec16 huge") << 19 << 2 << 0xFFFF << "fat.volume_exceeds_range";
        QTest::newRow("BPB_FATSz16 1") << 22 << 2 << 1 << "fat.bad_bpb";
        QTest::newRow("BPB_FATSz16 huge") << 22 << 2 << 0xFFFF << "fat.bad_bpb";
    }
    void badBootSector() {
        QFETCH(int, offset);
        QFETCH(int, width);
        QFETCH(int, value);
        QFETCH(QString, code);
        auto image = pristine;
        if (width == 1) {
            image[static_cast<std::size_t>(offset)] = static_cast<std::uint8_t>(value);
        } else {
            put16(image, static_cast<std::size_t>(offset), static_cast<std::uint16_t>(value));
        }
        if (offset == 19) {
            put32(image, 32, 0);
        }
        expectRefused(std::move(image), code.toStdString(), true);
    }

    void cyclicChain() {
        auto image = pristine;
        // config.json: c -> c+1 -> c+2 -> back to c (in both FATs).
        for (std::uint32_t copy = 0; copy < g.numFats; ++copy) {
            put16(image, g.fatOffset(copy) + (configCluster + 2) * 2,
                  static_cast<std::uint16_t>(configCluster));
        }
        auto copy = image;
        // Reading needs only the clusters the size covers; the loop is found when following
        // the whole chain (a replace frees it) and reported, no write made.
        MemoryDevice device(std::move(copy));
        auto volume = FatVolume::open(device, 0, device.size());
        QVERIFY(volume.ok());
        const auto put = (*volume)->writeFile("/config.json", std::vector<std::uint8_t>(10, 'n'));
        QCOMPARE(put.error().code, std::string("fat.cyclic_chain"));
        QCOMPARE((*volume)->remove("/config.json").error().code, std::string("fat.cyclic_chain"));
        QVERIFY(device.bytes() == image);
        // A loop inside the part the size covers fails reads too.
        for (std::uint32_t c = 0; c < g.numFats; ++c) {
            put16(image, g.fatOffset(c) + configCluster * 2,
                  static_cast<std::uint16_t>(configCluster));
        }
        expectRefused(image, "fat.cyclic_chain");
    }

    void chainPastTheEnd() {
        auto image = pristine;
        for (std::uint32_t copy = 0; copy < g.numFats; ++copy) {
            put16(image, g.fatOffset(copy) + configCluster * 2,
                  static_cast<std::uint16_t>(g.maxCluster() + 5));
        }
        expectRefused(image, "fat.chain_out_of_range");
    }

    void chainIntoFreeCluster() {
        auto image = pristine;
        for (std::uint32_t copy = 0; copy < g.numFats; ++copy) {
            put16(image, g.fatOffset(copy) + configCluster * 2, 0);
        }
        expectRefused(image, "fat.chain_free_link");
    }

    void entryPointsOutside() {
        auto image = pristine;
        // Find config.json's short entry in the root and point it past the last cluster.
        const std::size_t root = g.rootDirOffset();
        bool patched = false;
        for (std::size_t e = root; e < root + g.rootEntryCount * 32; e += 32) {
            if (std::equal(image.begin() + static_cast<std::ptrdiff_t>(e),
                           image.begin() + static_cast<std::ptrdiff_t>(e) + 6,
                           std::begin("CONFIG"))) {
                put16(image, e + 26, static_cast<std::uint16_t>(g.maxCluster() + 1));
                patched = true;
            }
        }
        QVERIFY(patched);
        expectRefused(image, "fat.entry_out_of_range");
    }

    void sizeLongerThanChain() {
        auto image = pristine;
        const std::size_t root = g.rootDirOffset();
        for (std::size_t e = root; e < root + g.rootEntryCount * 32; e += 32) {
            if (std::equal(image.begin() + static_cast<std::ptrdiff_t>(e),
                           image.begin() + static_cast<std::ptrdiff_t>(e) + 6,
                           std::begin("CONFIG"))) {
                put32(image, e + 28, 1u << 30);
            }
        }
        MemoryDevice device(image);
        auto volume = FatVolume::open(device, 0, device.size());
        QCOMPARE((*volume)->readFile("/config.json").error().code,
                 std::string("fat.chain_too_short"));
    }

    void randomDamageNeverCrashesOrHangs() {
        // Flip bytes in the metadata area; whatever happens must be an error or a success,
        // within bounds (ASan and UBSan watch this test in CI).
        std::uint32_t seed = 12345;
        const std::size_t metadata = g.firstDataSector * std::size_t{g.bytesPerSector};
        for (int round = 0; round < 200; ++round) {
            auto image = pristine;
            for (int k = 0; k < 8; ++k) {
                seed = seed * 1664525u + 1013904223u;
                image[seed % metadata] = static_cast<std::uint8_t>(seed >> 24);
            }
            MemoryDevice device(std::move(image));
            auto volume = FatVolume::open(device, 0, device.size());
            if (!volume) {
                continue;
            }
            (void)(*volume)->list("/");
            (void)(*volume)->readFile("/config.json");
            (void)(*volume)->readFile("/dir/file.txt");
            (void)(*volume)->writeFile("/dir/new.txt", std::vector<std::uint8_t>(3000, 'x'));
            (void)(*volume)->freeBytes();
        }
    }
};

QTEST_GUILESS_MAIN(TestFatCorrupt)
#include "tst_fatcorrupt.moc"
