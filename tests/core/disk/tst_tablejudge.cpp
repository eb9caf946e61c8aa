// Imprint's partition-table reader against libfdisk (fdiskjudge.h) on real tables: the layouts
// the other tests make (tablelayouts.h), the layer's assembler output, and random layouts made by
// sfdisk's engine on sparse files, at 512 and 4096-byte sectors: MBRs with 0-4 primaries and an
// extended partition with logical ones; GPTs of up to 128 entries in tables of 4-256, names
// with accents and emoji, odd sizes, attributes; primary headers and entry arrays damaged (so
// the backup is read), both headers damaged, images cut short. The seed is printed; set
// IMPRINT_TEST_SEED to repeat a run. demoImage (the `integration` entry) reads the layer's demo
// image, raw and through the flasher's ImageHead on its .xz.
#include "core/disk/blockdevice.h"
#include "flasher/plan/imagehead.h"
#include "tests/core/disk/fdiskjudge.h"
#include "tests/core/disk/tablebytes.h"
#include "tests/core/disk/tablelayouts.h"
#include "tests/support/testscale.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace imprint;
using namespace imprint::test;

namespace {

// Types every layout here uses and Imprint must name as libfdisk does.
const std::vector<std::string> kNamedTypes = {"0c",
                                              "0e",
                                              "83",
                                              "82",
                                              "05",
                                              "0f",
                                              "ef",
                                              "ee",
                                              "C12A7328-F81F-11D2-BA4B-00A0C93EC93B",
                                              "0FC63DAF-8483-4772-8E79-3D69D8477DE4",
                                              "EBD0A0A2-B9E5-4433-87C0-68B6B72699C7",
                                              "21686148-6449-6E6F-744E-656564454649",
                                              "0657FD6D-A4AB-43C4-84E5-0933C84B4F4F"};

unsigned runSeed() {
    if (const char* s = std::getenv("IMPRINT_TEST_SEED"); s != nullptr && *s != '\0') {
        return static_cast<unsigned>(std::strtoul(s, nullptr, 10));
    }
    return std::random_device{}();
}

// "" when Imprint reads `image` (through `device`, else the file) as the judge says.
QString disagreement(const QString& image, disk::BlockDevice* device = nullptr) {
    const auto size = static_cast<std::uint64_t>(QFileInfo(image).size());
    const Judged judged = expectedTable(image.toStdString(), size);
    std::unique_ptr<disk::FileDevice> file;
    if (device == nullptr) {
        auto opened = disk::FileDevice::open(image.toStdString(), false);
        if (!opened) {
            return QStringLiteral("cannot open ") + image;
        }
        file = std::move(opened).value();
        device = file.get();
    }
    const auto ours = disk::PartitionTable::read(*device);
    const std::string want = judgedText(judged);
    const std::string got = resultText(ours);
    if (want != got) {
        return QString::fromStdString("libfdisk:\n" + want + "Imprint:\n" + got);
    }
    for (std::size_t i = 0; ours && i < ours->partitions().size(); ++i) {
        const auto& name = ours->partitions()[i].typeName;
        const auto& theirs = judged.partitions[i];
        const bool common = std::find(kNamedTypes.begin(), kNamedTypes.end(),
                                      theirs.partition.type) != kNamedTypes.end();
        if ((!name.empty() && name != theirs.fdiskTypeName) || (common && name.empty())) {
            return QString::fromStdString("type name of partition " + std::to_string(i + 1) +
                                          ": \"" + name + "\", libfdisk \"" + theirs.fdiskTypeName +
                                          "\"");
        }
    }
    return {};
}

// Tables no partitioning tool writes but libfdisk reads in a definite way, written byte by
// byte: Imprint must follow libfdisk's rules for them too.
std::vector<std::pair<QString, Disk>> craftedTables() {
    std::vector<std::pair<QString, Disk>> all;
    const auto extended = [](std::uint32_t size) {
        Disk d(8 << 20);
        mbrEntry(d, 0, 0, 0x05, 2048, size);
        return d;
    };
    Disk d = extended(8192); // an empty logical partition between two: dropped, renumbered
    mbrEntry(d, 2048, 0, 0x83, 64, 100);
    mbrEntry(d, 2048, 1, 0x05, 1000, 500);
    mbrEntry(d, 3048, 0, 0x83, 10, 0);
    mbrEntry(d, 3048, 1, 0x05, 2000, 500);
    mbrEntry(d, 4048, 0, 0x83, 64, 100);
    all.emplace_back("empty logical partition in the chain", d);
    d = extended(8192); // the link before the data, in other slots
    mbrEntry(d, 2048, 0, 0x05, 1000, 200);
    mbrEntry(d, 2048, 2, 0x83, 64, 100, 0x80);
    mbrEntry(d, 3048, 3, 0x0c, 10, 50);
    all.emplace_back("entries in other slots", d);
    d = extended(8192); // a data entry of type 0 with a size, then a link
    mbrEntry(d, 2048, 0, 0x00, 64, 100);
    mbrEntry(d, 2048, 1, 0x05, 1000, 200);
    mbrEntry(d, 3048, 0, 0x83, 10, 50);
    all.emplace_back("logical partition of type 0", d);
    d = extended(8192); // the only logical partition: empty, type 0, but not all zero
    mbrEntry(d, 2048, 0, 0x00, 5, 0);
    all.emplace_back("only logical partition empty", d);
    d = Disk(8 << 20); // a primary entry with nothing but the boot flag; a second extended one
    mbrEntry(d, 0, 0, 0x05, 0, 100);
    mbrEntry(d, 0, 1, 0x00, 0, 0, 0x80);
    mbrEntry(d, 0, 2, 0x0f, 4096, 2048);
    mbrEntry(d, 4096, 0, 0x83, 10, 20);
    all.emplace_back("bad first extended partition, boot flag alone", d);
    d = extended(0xFFFF0000u); // the chain leaves the device
    mbrEntry(d, 2048, 0, 0x83, 64, 100);
    mbrEntry(d, 2048, 1, 0x05, 100000, 200);
    all.emplace_back("chain beyond the device", d);
    d = extended(14000); // 100 records: libfdisk stops at 60 partitions
    for (std::uint32_t k = 0; k < 100; ++k) {
        mbrEntry(d, 2048 + 100 * k, 0, 0x83, 1, 50);
        mbrEntry(d, 2048 + 100 * k, 1, 0x05, 100 * (k + 1), 100);
    }
    all.emplace_back("long chain", d);
    GptLayout g;
    g.entrySize = 256;
    g.count = 5;
    g.entries = {{guidBytes(0xC12A7328, 0xF81F, 0x11D2, 0xBA4B00A0C93EC93B), 40, 99, 4, u"e"},
                 {Disk(16), 100, 50, 0, u"start past end, no type"},
                 {guidBytes(7, 8, 9, 10), 0, 0, 1,
                  u"\U0001F600\xD800"
                  u"A"}};
    d = Disk(1 << 20);
    g.write(d);
    d[d.size() - 512 + 30] ^= 1; // the backup damaged: the primary is read
    all.emplace_back("GPT of 256-byte entries", d);
    return all;
}

} // namespace

class TestTableJudge : public QObject {
    Q_OBJECT
    QTemporaryDir tmp;
    unsigned seed_ = runSeed();

    // Whether Imprint and libfdisk agree on `image`; when not, the whole story on stderr.
    bool judge(const QString& image, const QString& what) {
        const QString why = disagreement(image);
        if (!why.isEmpty()) {
            qWarning().noquote()
                << QStringLiteral("seed %1 (IMPRINT_TEST_SEED), %2:\n%3").arg(seed_).arg(what, why);
        }
        return why.isEmpty();
    }

    void randomLayouts(Layout (*make)(Rng&, int), std::uint64_t salt) {
        Rng rng(seed_ ^ salt);
        for (int i = 0; i < 60 * testScale(); ++i) {
            const Layout layout = make(rng, i);
            const QString img = tmp.filePath(QStringLiteral("random.img"));
            const QString made = makeLayout(img, layout);
            QVERIFY2(made.isEmpty(), qPrintable(layout.script + made));
            QVERIFY2(judge(img, layout.name + "\n" + layout.script),
                     qPrintable(QStringLiteral("%1, seed %2").arg(layout.name).arg(seed_)));
        }
    }

private slots:
    void initTestCase() {
        QVERIFY(tmp.isValid());
        qInfo("seed %u (set IMPRINT_TEST_SEED=%u to repeat this run)", seed_, seed_);
    }

    void layoutsOfTheOtherTests() {
        for (const auto& layout : fixtureLayouts()) {
            const QString img = tmp.filePath(QStringLiteral("fixture.img"));
            const QString made = makeLayout(img, layout);
            QVERIFY2(made.isEmpty(), qPrintable(layout.name + ": " + made));
            QVERIFY2(judge(img, layout.name), qPrintable(layout.name));
        }
    }

    void craftedTables() {
        for (const auto& [what, bytes] : ::craftedTables()) {
            const QString img = tmp.filePath(QStringLiteral("crafted.img"));
            QFile f(img);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(reinterpret_cast<const char*>(bytes.data()),
                             static_cast<qint64>(bytes.size())),
                     static_cast<qint64>(bytes.size()));
            f.close();
            QVERIFY2(judge(img, what), qPrintable(what));
        }
    }

    void assemblerImages() {
        for (const bool gpt : {false, true}) {
            const QString img = tmp.filePath(gpt ? "assembled-gpt.img" : "assembled-mbr.img");
            const QString made = assembleSmallImage(tmp.path(), img, gpt);
            QVERIFY2(made.isEmpty(), qPrintable(made));
            QVERIFY2(judge(img, img), qPrintable(img));
        }
    }

    void randomMbrLayouts() { randomLayouts(randomMbr, 0); }

    void randomGptLayouts() { randomLayouts(randomGpt, 0x9E3779B97F4A7C15ull); }

    void otherLabels() {
        for (const QString kind : {"sgi", "sun"}) {
            const QString img = tmp.filePath(kind + ".img");
            const QString made = makeLayout(img, {kind, "label: " + kind + "\n", 16 << 20});
            QVERIFY2(made.isEmpty(), qPrintable(made));
            QVERIFY2(judge(img, kind), qPrintable(kind));
        }
    }

    // The `integration` entry (tst_disk_tablejudge_demo) requires the demo image; the unit run
    // reads it when an earlier run left it.
    void demoImage() {
        const QString img = QStringLiteral(IMPRINT_BUILD_DIR "/demo/balena-demo-qemux86-64.img");
        if (!QFile::exists(img)) {
            if (qEnvironmentVariableIsSet("IMPRINT_TABLEJUDGE_DEMO")) {
                QFAIL("the demo image is missing (fixture layer_demo_image)");
            }
            QSKIP("no demo image (ctest -R tst_disk_tablejudge_demo makes it)");
        }
        QVERIFY2(judge(img, img), qPrintable(img));
        auto head = flasher::ImageHead::open((img + ".xz").toStdString());
        QVERIFY2(head.ok(), head ? "" : head.error().code.c_str());
        const QString why = disagreement(img, head->get());
        QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("ImageHead on .xz:\n") + why));
    }
};

QTEST_GUILESS_MAIN(TestTableJudge)
#include "tst_tablejudge.moc"
