// FatVolume against the independent judges: every image is made by mkfs.fat (FAT12/16/32 at
// 512- and 4096-byte sectors); after every change fsck.fat -n must be clean and mtools must
// read exactly what was written; what mtools writes must read back exactly through FatVolume.
#include "core/disk/blockdevice.h"
#include "core/disk/fatvolume.h"
#include "tests/core/disk/diskfixture.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace imprint;
using namespace imprint::disk;
using namespace imprint::test;

namespace {

bool fsckClean(const QString& image, QString* why) {
    const auto r = fsck(image);
    const auto lines = r.out.trimmed().split('\n');
    if (r.exitCode != 0 || lines.size() > 2) {
        *why = QString::fromUtf8(r.out + r.err);
        return false;
    }
    return true;
}

#define QVERIFY_OK(expr)                                                                           \
    do {                                                                                           \
        const auto& _r = (expr);                                                                   \
        QVERIFY2(_r.ok(), _r.ok() ? "" : _r.error().code.c_str());                                 \
    } while (0)

#define QVERIFY_FSCK(image)                                                                        \
    do {                                                                                           \
        QString _why;                                                                              \
        QVERIFY2(fsckClean(image, &_why), qPrintable(_why));                                       \
    } while (0)

QByteArray randomBytes(std::size_t n, quint32 seed) {
    QRandomGenerator rng(seed);
    QByteArray b(static_cast<qsizetype>(n), '\0');
    for (auto& c : b) {
        c = static_cast<char>(rng.bounded(256));
    }
    return b;
}

std::span<const std::uint8_t> span(const QByteArray& b) {
    return {reinterpret_cast<const std::uint8_t*>(b.constData()),
            static_cast<std::size_t>(b.size())};
}

struct Opened {
    std::unique_ptr<FileDevice> device;
    std::unique_ptr<FatVolume> volume;
};

Opened openImage(const QString& path, bool writable = true) {
    Opened o;
    auto d = FileDevice::open(path.toStdString(), writable);
    if (!d) {
        return o;
    }
    o.device = std::move(d).value();
    FatVolume::Options options;
    options.barriers = false;
    options.clock = [] { return std::time_t{1700000000}; };
    auto v = FatVolume::open(*o.device, 0, o.device->size(), options);
    if (v) {
        o.volume = std::move(v).value();
    }
    return o;
}

} // namespace

class TestFatVolume : public QObject {
    Q_OBJECT
    QTemporaryDir tmp;
    QString image;

    void addRows() {
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("sector");
        QTest::addColumn<int>("kib");
        QTest::newRow("FAT12/512") << 12 << 512 << 4096;
        QTest::newRow("FAT12/4096") << 12 << 4096 << 8192;
        QTest::newRow("FAT16/512") << 16 << 512 << 32768;
        QTest::newRow("FAT16/4096") << 16 << 4096 << 65536;
        QTest::newRow("FAT32/512") << 32 << 512 << 65536;
        // mtools takes a FAT32 below 65525 clusters for FAT16, so this one is made large enough
        // (sparse) for mtools to judge it too.
        QTest::newRow("FAT32/4096") << 32 << 4096 << 307200;
    }
    bool make() {
        QFETCH(int, bits);
        QFETCH(int, sector);
        QFETCH(int, kib);
        image = tmp.filePath(QStringLiteral("fat%1-%2.img").arg(bits).arg(sector));
        return makeFat(image, bits, sector, kib);
    }

private slots:
    void writeThenJudge_data() { addRows(); }
    void writeThenJudge() {
        QVERIFY(make());
        QFETCH(int, bits);
        const QByteArray config = randomBytes(2048, 1).toBase64();
        const QByteArray big = randomBytes(300 * 1024, 2);
        const QString unicodeName = QStringLiteral("naïve ☃ Ünïcödé file.txt");
        const QString longName = QString(QStringLiteral("x")).repeated(250) + ".json";
        {
            auto o = openImage(image);
            QVERIFY(o.volume);
            QCOMPARE(static_cast<int>(o.volume->type()), bits == 12 ? 0 : (bits == 16 ? 1 : 2));
            QCOMPARE(QString::fromStdString(*o.volume->label()), QStringLiteral("resin-boot"));
            QVERIFY_OK(o.volume->writeFile("/config.json", span(config)));
            QVERIFY_OK(o.volume->writeFile("README.TXT", span("short only")));
            QVERIFY_OK(o.volume->writeFile("/empty", {}));
            QVERIFY_OK(o.volume->writeFile("/big.bin", span(big)));
            QVERIFY_OK(o.volume->writeFile(unicodeName.toStdString(), span("unicode")));
            QVERIFY_OK(o.volume->writeFile(longName.toStdString(), span("long")));
            QVERIFY_OK(o.volume->makeDirectory("/system-connections"));
            QVERIFY_OK(o.volume->makeDirectory("/system-connections/nested dir"));
            QVERIFY_OK(o.volume->writeFile("/system-connections/nested dir/wifi.ignore",
                                           span("[connection]\n")));
            // Many names in one directory: it grows past its first cluster, aliases stay unique.
            for (int i = 0; i < 40; ++i) {
                QVERIFY_OK(o.volume->writeFile(
                    QStringLiteral("/system-connections/connection number %1.nmconnection")
                        .arg(i)
                        .toStdString(),
                    span(QByteArray::number(i))));
            }
        }
        QVERIFY_FSCK(image);
        QCOMPARE(mtype(image, "/config.json"), config);
        QCOMPARE(mtype(image, "/README.TXT"), QByteArray("short only"));
        QCOMPARE(mtype(image, "/empty"), QByteArray());
        QCOMPARE(mtype(image, "/big.bin"), big);
        QCOMPARE(mtype(image, "/" + unicodeName), QByteArray("unicode"));
        QCOMPARE(mtype(image, "/" + longName), QByteArray("long"));
        QCOMPARE(mtype(image, "/system-connections/nested dir/wifi.ignore"),
                 QByteArray("[connection]\n"));
        for (int i = 0; i < 40; i += 13) {
            QCOMPARE(
                mtype(
                    image,
                    QStringLiteral("/system-connections/connection number %1.nmconnection").arg(i)),
                QByteArray::number(i));
        }
        const auto listing = tool("mdir", {"-i", image, "::/"});
        QVERIFY(listing.out.contains("config.json"));
        QVERIFY(listing.out.contains("CONFIG~1 JSO"));
        // Both FAT copies identical.
        auto o = openImage(image, false);
        const auto& g = o.volume->geometry();
        const QByteArray all = readAll(image);
        QCOMPARE(all.mid(static_cast<qsizetype>(g.fatOffset(0)), g.fatSize * g.bytesPerSector),
                 all.mid(static_cast<qsizetype>(g.fatOffset(1)), g.fatSize * g.bytesPerSector));
        // Timestamps from the clock, read back.
        auto st = o.volume->stat("/config.json");
        QVERIFY(st.ok() && st->has_value());
        // (Qt's own local time, not the seam's platform::localTime the volume uses.)
        const QDateTime local = QDateTime::fromSecsSinceEpoch(1700000000).toLocalTime();
        QCOMPARE((*st)->modified.year, local.date().year());
        QCOMPARE((*st)->modified.minute, local.time().minute());
        QCOMPARE((*st)->modified.second, local.time().second() / 2 * 2);
    }

    void replaceRemoveRenameTruncate_data() { addRows(); }
    void replaceRemoveRenameTruncate() {
        QVERIFY(make());
        const QByteArray v1 = randomBytes(10000, 3);
        const QByteArray v2 = randomBytes(700, 4);
        {
            auto o = openImage(image);
            QVERIFY_OK(o.volume->writeFile("/config.json", span(v1)));
            QVERIFY_OK(o.volume->writeFile("/config.json", span(v2)));
            QVERIFY_OK(o.volume->writeFile("/CONFIG.JSON", span(v1))); // same file, any case
            QVERIFY_OK(o.volume->makeDirectory("/a"));
            QVERIFY_OK(o.volume->makeDirectory("/a/b"));
            QVERIFY_OK(o.volume->writeFile("/a/b/file one.txt", span(v2)));
            QVERIFY_OK(o.volume->rename("/a/b/file one.txt", "/moved file.txt"));
            QVERIFY_OK(o.volume->rename("/a/b", "/b renamed"));
            QVERIFY_OK(o.volume->writeFile("/gone.txt", span(v1)));
            QVERIFY_OK(o.volume->remove("/gone.txt"));
            QVERIFY_OK(o.volume->removeDirectory("/a"));
            QVERIFY_OK(o.volume->writeFile("/t.bin", span(v1)));
            QVERIFY_OK(o.volume->truncate("/t.bin", 100));
            QCOMPARE(o.volume->remove("/b renamed").error().code,
                     std::string("fat.is_a_directory"));
            QCOMPARE(o.volume->readFile("/gone.txt").error().code, std::string("fat.not_found"));
            QCOMPARE(o.volume->rename("/moved file.txt", "/t.bin").error().code,
                     std::string("fat.exists"));
            QCOMPARE(o.volume->rename("/b renamed", "/b renamed/x").error().code,
                     std::string("fat.move_into_itself"));
        }
        QVERIFY_FSCK(image);
        QCOMPARE(mtype(image, "/config.json"), v1);
        QCOMPARE(mtype(image, "/moved file.txt"), v2);
        QCOMPARE(mtype(image, "/t.bin"), v1.left(100));
        QVERIFY(tool("mdir", {"-i", image, "::/b renamed"}).exitCode == 0);
        QVERIFY(tool("mdir", {"-i", image, "::/a"}).exitCode != 0);
        QVERIFY(!tool("mdir", {"-i", image, "::/"}).out.contains("gone.txt"));
        // ".." of the moved directory points at the root now: fsck checks it, and so does mtools.
        QVERIFY(tool("mdir", {"-i", image, "::/b renamed/.."}).exitCode == 0);
    }

    void mtoolsWritesFatVolumeReads_data() { addRows(); }
    void mtoolsWritesFatVolumeReads() {
        QVERIFY(make());
        const QByteArray data = randomBytes(123457, 5);
        const QString local = tmp.filePath(QStringLiteral("local.bin"));
        QVERIFY(writeAll(local, data));
        QCOMPARE(tool("mmd", {"-i", image, "::/Some Dir"}).exitCode, 0);
        QCOMPARE(tool("mcopy", {"-i", image, local, "::/Some Dir/A Long File Name.bin"}).exitCode,
                 0);
        QCOMPARE(tool("mcopy", {"-i", image, local, "::/SHORT.BIN"}).exitCode, 0);
        QCOMPARE(tool("mcopy", {"-i", image, local, "::/lower.txt"}).exitCode, 0);
        auto o = openImage(image, false);
        QCOMPARE(qbytes(*o.volume->readFile("/Some Dir/A Long File Name.bin")), data);
        QCOMPARE(qbytes(*o.volume->readFile("/some dir/a long file name.BIN")), data);
        QCOMPARE(qbytes(*o.volume->readFile("/SHORT.BIN")), data);
        auto entries = o.volume->list("/");
        QVERIFY_OK(entries);
        QStringList names;
        for (const auto& e : *entries) {
            names << QString::fromStdString(e.name);
        }
        QVERIFY2(names.contains("lower.txt") && names.contains("Some Dir") &&
                     names.contains("SHORT.BIN"),
                 qPrintable(names.join(',')));
    }

    void refusalsLeaveImageIdentical_data() { addRows(); }
    void refusalsLeaveImageIdentical() {
        QVERIFY(make());
        {
            auto o = openImage(image);
            QVERIFY_OK(o.volume->writeFile("/config.json", span("{}")));
        }
        const QByteArray before = fileHash(image);
        {
            auto o = openImage(image);
            const auto free = o.volume->freeBytes();
            QVERIFY_OK(free);
            const QByteArray huge(static_cast<qsizetype>(*free + 1), 'x');
            QCOMPARE(o.volume->writeFile("/config.json", span(huge)).error().code,
                     std::string("fat.volume_full"));
            QCOMPARE(o.volume->writeFile("/a:b", span("x")).error().code,
                     std::string("fat.invalid_name"));
            QCOMPARE(o.volume->writeFile("/trailing.", span("x")).error().code,
                     std::string("fat.invalid_name"));
            QCOMPARE(o.volume->writeFile(std::string(256, 'n'), span("x")).error().code,
                     std::string("fat.invalid_name"));
            QCOMPARE(o.volume->writeFile("/nodir/x", span("x")).error().code,
                     std::string("fat.not_found"));
            QCOMPARE(o.volume->writeFile("/config.json/x", span("x")).error().code,
                     std::string("fat.not_a_directory"));
            QCOMPARE(o.volume->makeDirectory("/config.json").error().code,
                     std::string("fat.exists"));
            QCOMPARE(o.volume->removeDirectory("/").error().code, std::string("fat.is_root"));
        }
        QCOMPARE(fileHash(image), before);
        {
            auto o = openImage(image, false);
            QCOMPARE(o.volume->writeFile("/config.json", span("x")).error().code,
                     std::string("disk.read_only"));
        }
        QCOMPARE(fileHash(image), before);
    }

    void fillTheVolume_data() { addRows(); }
    void fillTheVolume() {
        QVERIFY(make());
        auto o = openImage(image);
        const auto free = o.volume->freeBytes();
        QVERIFY_OK(free);
        if (*free > (100u << 20)) {
            QSKIP("a 300 MiB volume takes too long to fill here; the small ones cover it");
        }
        // Exactly the free space (less one cluster for a directory that may need to grow).
        const std::uint64_t cluster = o.volume->geometry().clusterBytes();
        QByteArray data(static_cast<qsizetype>(*free - cluster), 'f');
        data.replace(0, 4096, randomBytes(4096, 6));
        data.replace(data.size() - 4096, 4096, randomBytes(4096, 8));
        QVERIFY_OK(o.volume->writeFile("/fill.bin", span(data)));
        QCOMPARE(*o.volume->freeBytes(), cluster);
        QCOMPARE(o.volume->writeFile("/more.bin", span(randomBytes(cluster + 1, 7))).error().code,
                 std::string("fat.volume_full"));
        o = {};
        QVERIFY_FSCK(image);
        QCOMPARE(mtype(image, "/fill.bin"), data);
    }
};

QTEST_GUILESS_MAIN(TestFatVolume)
#include "tst_fatvolume.moc"
