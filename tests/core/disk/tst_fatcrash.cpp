// The crash-point test: a change (replace, create, remove, rename of a file next to
// config.json) is recorded sector by sector; for every prefix of its writes (a crash right after
// that write), the image must pass fsck.fat -n with at most lost clusters (and the free-count or
// FAT-copy lag that comes with them), and the files must read, through mtools and through
// FatVolume, as the whole old or the whole new state. What fsck says at each point is printed
// (core/disk/README.md quotes it).
#include "core/disk/blockdevice.h"
#include "core/disk/fatvolume.h"
#include "tests/core/disk/diskfixture.h"
#include "tests/core/disk/recordingdevice.h"

#include <QRegularExpression>
#include <QTest>

#include <map>
#include <optional>

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
// that is brought up to date in the steps after them. Each allowed line has a short tag for
// the per-point summary.
const std::vector<std::pair<QRegularExpression, QString>>& allowedLines() {
    static const std::vector<std::pair<QRegularExpression, QString>> lines = [] {
        const auto re = [](const char* p) { return QRegularExpression(QString::fromLatin1(p)); };
        return std::vector<std::pair<QRegularExpression, QString>>{
            {re("^Reclaimed \\d+ unused clusters?.*$"), QStringLiteral("lost clusters")},
            {re("^Free cluster summary wrong.*$"), QStringLiteral("free count")},
            {re("^Free cluster summary uninitialized.*$"), QStringLiteral("free count")},
            {re("^FATs differ but appear to be intact\\.$"), QStringLiteral("FATs differ")},
            {re("^(fsck\\.fat .*|.*: \\d+ files, \\d+/\\d+ clusters|\\s+Auto-correcting.*|"
                "\\s+Using first FAT\\.|Leaving filesystem unchanged\\.|"
                "\\s*\\*\\*\\* Filesystem was changed \\*\\*\\*|"
                "The changes have not yet been written.*|Checking free cluster summary\\.|"
                "\\s*Performing changes\\.|\\s*)$"),
             QString()},
        };
    }();
    return lines;
}

// Empty when fsck said something a crash must never leave; else the tags it did say.
std::optional<QStringList> judge(const QByteArray& out, QString* bad) {
    QStringList tags;
    for (const auto& line : out.split('\n')) {
        const QString text = QString::fromUtf8(line);
        bool matched = false;
        for (const auto& [re, tag] : allowedLines()) {
            if (re.match(text).hasMatch()) {
                matched = true;
                if (!tag.isEmpty() && !tags.contains(tag)) {
                    tags << tag;
                }
                break;
            }
        }
        if (!matched) {
            *bad = text;
            return std::nullopt;
        }
    }
    return tags;
}

// A file as mtools and FatVolume see it: its bytes, or nothing when it does not exist.
struct Seen {
    std::optional<QByteArray> mtools;
    std::optional<QByteArray> fat;
};

Seen look(const QString& image, const QString& path) {
    Seen s;
    auto r = tool(QStringLiteral("mcopy"), {"-n", "-i", image, "::" + path, "-"});
    if (r.exitCode == 0) {
        s.mtools = r.out;
    }
    auto device = FileDevice::open(image.toStdString(), false);
    if (device.ok()) {
        auto volume = FatVolume::open(**device, 0, (*device)->size());
        if (volume.ok()) {
            auto bytes = (*volume)->readFile(path.toStdString());
            if (bytes.ok()) {
                s.fat = qbytes(*bytes);
            } else if (bytes.error().code != "fat.not_found") {
                s.fat = QByteArray("<" + QByteArray::fromStdString(bytes.error().code) + ">");
            }
        }
    }
    return s;
}

// What a path should hold in a state: its content, or absent.
using FileState = std::map<QString, std::optional<QByteArray>>;

} // namespace

class TestFatCrash : public QObject {
    Q_OBJECT
    QTemporaryDir tmp;

private slots:
    void everyCrashPoint_data() {
        QTest::addColumn<QString>("op");
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("sector");
        QTest::addColumn<int>("kib");
        QTest::addColumn<int>("oldSize");
        QTest::addColumn<int>("newSize");
        QTest::newRow("replace FAT16/512 grow") << "replace" << 16 << 512 << 40960 << 1500 << 2048;
        QTest::newRow("replace FAT16/512 shrink")
            << "replace" << 16 << 512 << 40960 << 9000 << 2048;
        QTest::newRow("replace FAT32/512") << "replace" << 32 << 512 << 65536 << 2048 << 5000;
        QTest::newRow("replace FAT12/4096") << "replace" << 12 << 4096 << 8192 << 2048 << 2100;
        QTest::newRow("replace FAT32/4096") << "replace" << 32 << 4096 << 307200 << 3000 << 2048;
        QTest::newRow("replace to empty") << "replace" << 16 << 512 << 40960 << 2048 << 0;
        QTest::newRow("create FAT16/512") << "create" << 16 << 512 << 40960 << 2048 << 3000;
        QTest::newRow("create FAT32/512") << "create" << 32 << 512 << 65536 << 2048 << 3000;
        QTest::newRow("create FAT12/4096") << "create" << 12 << 4096 << 8192 << 2048 << 9000;
        QTest::newRow("remove FAT16/512") << "remove" << 16 << 512 << 40960 << 5000 << 0;
        QTest::newRow("remove FAT32/4096") << "remove" << 32 << 4096 << 307200 << 5000 << 0;
        QTest::newRow("rename FAT16/512") << "rename" << 16 << 512 << 40960 << 2048 << 0;
        QTest::newRow("rename FAT32/512") << "rename" << 32 << 512 << 65536 << 2048 << 0;
        QTest::newRow("rename FAT12/4096") << "rename" << 12 << 4096 << 8192 << 2048 << 0;
    }
    void everyCrashPoint() {
        QFETCH(QString, op);
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

        // The states before and after, and the change itself.
        const QString created = QStringLiteral("/network-config.json");
        const QString renamed = QStringLiteral("/config-backup.json");
        FileState before{{"/config.json", oldContent}, {"/os-release", oldContent}};
        FileState after = before;
        MemoryDevice memory(bytesOf(base));
        RecordingDevice recorder(memory);
        {
            auto volume = FatVolume::open(recorder, 0, recorder.size());
            QVERIFY(volume.ok());
            Result<void> done;
            if (op == QLatin1String("replace")) {
                done = (*volume)->writeFile("/config.json", span(newContent));
                after["/config.json"] = newContent;
            } else if (op == QLatin1String("create")) {
                done = (*volume)->writeFile(created.toStdString(), span(newContent));
                before[created] = std::nullopt;
                after[created] = newContent;
            } else if (op == QLatin1String("remove")) {
                done = (*volume)->remove("/config.json");
                after["/config.json"] = std::nullopt;
            } else {
                done = (*volume)->rename("/config.json", renamed.toStdString());
                before[renamed] = std::nullopt;
                after[renamed] = oldContent;
                after["/config.json"] = std::nullopt;
            }
            QVERIFY2(done.ok(), done.ok() ? "" : done.error().code.c_str());
        }
        QVERIFY(!recorder.writes.empty());
        QVERIFY(recorder.syncs >= 1);

        const QString crashed = tmp.filePath("crashed.img");
        QByteArray image = base;
        int sawOld = 0;
        int sawNew = 0;
        QStringList summary;
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
            const auto tags = judge(check.out, &bad);
            QVERIFY2(tags.has_value(),
                     qPrintable(QStringLiteral("after write %1 of %2: fsck says \"%3\"\n%4")
                                    .arg(k)
                                    .arg(recorder.writes.size())
                                    .arg(bad, QString::fromUtf8(check.out))));
            bool isOld = true;
            bool isNew = true;
            for (const auto& [path, unused] : after) {
                const Seen seen = look(crashed, path);
                QVERIFY2(seen.mtools == seen.fat,
                         qPrintable(QStringLiteral("after write %1: mtools and FatVolume "
                                                   "disagree on %2")
                                        .arg(k)
                                        .arg(path)));
                isOld = isOld && seen.mtools == before[path];
                isNew = isNew && seen.mtools == after[path];
            }
            QVERIFY2(isOld || isNew,
                     qPrintable(QStringLiteral("after write %1 of %2: neither the old nor the "
                                               "new state")
                                    .arg(k)
                                    .arg(recorder.writes.size())));
            (isNew ? sawNew : sawOld)++;
            summary << QStringLiteral("%1:%2 %3")
                           .arg(k)
                           .arg(isNew ? QStringLiteral("new") : QStringLiteral("old"))
                           .arg(tags->isEmpty() ? QStringLiteral("clean") : tags->join('+'));
        }
        qInfo("%s (%zu sector writes, %d barriers): %s", QTest::currentDataTag(),
              recorder.writes.size(), recorder.syncs,
              qPrintable(summary.join(QStringLiteral(", "))));
        // Old until the switch, new after it; and the final image is fully clean.
        QVERIFY(sawOld > 0 && sawNew > 0);
        const auto final = fsck(crashed);
        QVERIFY2(final.exitCode == 0 && final.out.trimmed().split('\n').size() <= 2,
                 final.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestFatCrash)
#include "tst_fatcrash.moc"
