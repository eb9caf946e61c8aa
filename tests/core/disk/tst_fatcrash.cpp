// The crash-point test: a config.json replace is recorded sector by sector; for every prefix
// of its writes (a crash right after that write), the image must pass fsck.fat -n with at most
// lost clusters (and the free-count or FAT-copy lag that comes with them), and config.json must
// read, through mtools and through FatVolume, as the whole old or the whole new file.
#include "core/disk/blockdevice.h"
#include "core/disk/fatvolume.h"
#include "tests/core/disk/diskfixture.h"
#include "tests/core/disk/recordingdevice.h"

#include <QRegularExpression>
#include <QTest>

using namespace imprint;
using namespace imprint::disk;
using namespace imprint::test;

namespace {

std::span<const std::uint8_t> span(const QByteArray& b) {
    return {reinterpret_cast<const std::uint8_t*>(b.constData()),
            static_cast<std::size_t>(b.size())};
}

QByteArray json(int n, char fill) {
    QByteArray b = "{\"hostname\":\"";
    b += QByteArray(n, fill);
    b += "\"}";
    return b;
}

// fsck.fat -n output lines that a crash may leave: unreferenced clusters, and the bookkeeping
// that is brought up to date in the steps after them.
bool acceptable(const QByteArray& out, QString* bad) {
    static const QRegularExpression allowed(
        QStringLiteral("^(fsck\\.fat .*|.*: \\d+ files, \\d+/\\d+ clusters|"
                       "Reclaimed \\d+ unused clusters?.*|"
                       "Free cluster summary wrong.*|\\s+Auto-correcting.*|"
                       "FATs differ but appear to be intact\\.|\\s+Using first FAT\\.|"
                       "Leaving filesystem unchanged\\.|"
                       "\\s*\\*\\*\\* Filesystem was changed \\*\\*\\*|"
                       "The changes have not yet been written.*|"
                       "Checking free cluster summary\\.|"
                       "Free cluster summary uninitialized.*|"
                       "\\s*Performing changes\\.|\\s*)$"));
    for (const auto& line : out.split('\n')) {
        if (!allowed.match(QString::fromUtf8(line)).hasMatch()) {
            *bad = QString::fromUtf8(line);
            return false;
        }
    }
    return true;
}

} // namespace

class TestFatCrash : public QObject {
    Q_OBJECT
    QTemporaryDir tmp;

private slots:
    void everyCrashPoint_data() {
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("sector");
        QTest::addColumn<int>("kib");
        QTest::addColumn<int>("oldSize");
        QTest::addColumn<int>("newSize");
        QTest::newRow("FAT16/512 grow") << 16 << 512 << 40960 << 1500 << 2048;
        QTest::newRow("FAT16/512 shrink") << 16 << 512 << 40960 << 9000 << 2048;
        QTest::newRow("FAT32/512") << 32 << 512 << 65536 << 2048 << 5000;
        QTest::newRow("FAT12/4096") << 12 << 4096 << 8192 << 2048 << 2100;
        QTest::newRow("FAT32/4096") << 32 << 4096 << 307200 << 3000 << 2048;
        QTest::newRow("to empty") << 16 << 512 << 40960 << 2048 << 0;
    }
    void everyCrashPoint() {
        QFETCH(int, bits);
        QFETCH(int, sector);
        QFETCH(int, kib);
        QFETCH(int, oldSize);
        QFETCH(int, newSize);
        const QString original = tmp.filePath("original.img");
        QVERIFY(makeFat(original, bits, sector, kib));
        const QByteArray oldContent = json(oldSize, 'o');
        const QByteArray newContent = newSize == 0 ? QByteArray() : json(newSize, 'n');
        const QString local = tmp.filePath("old.json");
        QVERIFY(writeAll(local, oldContent));
        // The old file and some neighbours, written by mtools (an independent writer).
        QCOMPARE(tool("mcopy", {"-i", original, local, "::/config.json"}).exitCode, 0);
        QCOMPARE(tool("mcopy", {"-i", original, local, "::/os-release"}).exitCode, 0);
        QCOMPARE(tool("mmd", {"-i", original, "::/system-connections"}).exitCode, 0);
        const QByteArray base = readAll(original);

        // Record the replace.
        MemoryDevice memory(bytesOf(base));
        RecordingDevice recorder(memory);
        {
            auto volume = FatVolume::open(recorder, 0, recorder.size());
            QVERIFY(volume.ok());
            QVERIFY((*volume)->writeFile("/config.json", span(newContent)).ok());
        }
        QVERIFY(recorder.writes.size() >= 3);
        QVERIFY(recorder.syncs >= 2); // barriers: after the FAT chain, after the switch

        const QString crashed = tmp.filePath("crashed.img");
        QByteArray image = base;
        int sawOld = 0;
        int sawNew = 0;
        for (std::size_t k = 0; k <= recorder.writes.size(); ++k) {
            if (k == 0) {
                QVERIFY(writeAll(crashed, image));
            } else {
                // Only that one write is applied: the file is what a crash right after it leaves.
                const auto& w = recorder.writes[k - 1];
                image.replace(static_cast<qsizetype>(w.offset),
                              static_cast<qsizetype>(w.bytes.size()), qbytes(w.bytes));
                QFile f(crashed);
                QVERIFY(f.open(QIODevice::ReadWrite));
                QVERIFY(f.seek(static_cast<qint64>(w.offset)));
                QCOMPARE(f.write(qbytes(w.bytes)), static_cast<qint64>(w.bytes.size()));
            }
            const auto check = fsck(crashed);
            QString bad;
            QVERIFY2(acceptable(check.out, &bad),
                     qPrintable(QStringLiteral("after write %1 of %2: fsck says \"%3\"\n%4")
                                    .arg(k)
                                    .arg(recorder.writes.size())
                                    .arg(bad, QString::fromUtf8(check.out))));
            const QByteArray viaMtools = mtype(crashed, "/config.json");
            auto view = FileDevice::open(crashed.toStdString(), false);
            QVERIFY(view.ok());
            auto volume = FatVolume::open(**view, 0, (*view)->size());
            QVERIFY(volume.ok());
            auto viaFat = (*volume)->readFile("/config.json");
            if (!viaFat.ok()) {
                QFAIL(qPrintable(QStringLiteral("after write %1: %2")
                                     .arg(k)
                                     .arg(QString::fromStdString(viaFat.error().code))));
            }
            QCOMPARE(qbytes(*viaFat), viaMtools);
            QVERIFY2(
                viaMtools == oldContent || viaMtools == newContent,
                qPrintable(
                    QStringLiteral("after write %1: config.json is neither old nor new").arg(k)));
            (viaMtools == oldContent ? sawOld : sawNew)++;
            QCOMPARE(mtype(crashed, "/os-release"), oldContent);
        }
        // Old until the switch, new after it; and the final image is fully clean.
        QVERIFY(sawOld > 0 && sawNew > 0);
        const auto final = fsck(crashed);
        QVERIFY2(final.exitCode == 0 && final.out.trimmed().split('\n').size() <= 2,
                 final.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestFatCrash)
#include "tst_fatcrash.moc"
