// Per-target plans through the stream: the demo image (raw, .xz, .zst) written to image files,
// each with its own profile, from the flasher's ImageHead + Overlay. Judged by sfdisk, mtools,
// fsck.fat, GLib's keyfile parser and byte comparison with the source.
#include "flasher/blockmap/blockmap.h"
#include "flasher/plan/streamplan.h"
#include "flasher/source/source.h"
#include "flasher/target/target.h"
#include "tests/support/imagecheck.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

using namespace imprint;
using namespace imprint::test;

namespace {
const QString kDemo = QStringLiteral(IMPRINT_BUILD_DIR "/demo/balena-demo-qemux86-64.img");
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/streamplan");

provision::Profile profileFor(const QString& name) {
    provision::Profile p;
    p.hostname = name.toStdString();
    p.baseConfig = config::Json{{"uuid", "0123456789abcdef0123456789abcdef"}};
    provision::WifiNetwork n;
    n.ssid = "fleet-" + name.toStdString();
    n.passphrase = "secret-" + name.toStdString();
    p.networks.push_back(n);
    p.country = "DE";
    return p;
}
} // namespace

class TestStreamPlan : public QObject {
    Q_OBJECT
    QList<PartitionRange> parts_;

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(kDemo), "run the layer_demo_image fixture first");
        QDir(kDir).removeRecursively();
        QVERIFY(QDir().mkpath(kDir));
        const auto z = tool(QStringLiteral("zstd"),
                            {QStringLiteral("-q"), QStringLiteral("-f"), kDemo,
                             QStringLiteral("-o"), kDir + QStringLiteral("/demo.img.zst")});
        QCOMPARE(z.exitCode, 0);
        parts_ = sfdiskPartitions(kDemo);
        QCOMPARE(parts_.size(), 6);
    }

    void writesConfiguredImage_data() {
        QTest::addColumn<QString>("source");
        QTest::newRow("raw") << kDemo;
        QTest::newRow("xz") << kDemo + QStringLiteral(".xz");
        QTest::newRow("zst") << kDir + QStringLiteral("/demo.img.zst");
    }

    void writesConfiguredImage() {
        QFETCH(QString, source);
        const QString name = QStringLiteral("dev-") + QString::fromLatin1(QTest::currentDataTag());
        const QString out = kDir + QStringLiteral("/") + name + QStringLiteral(".img");
        const QByteArray sourceHash = fingerprint(source);

        auto head = flasher::ImageHead::open(source.toStdString());
        QVERIFY(head.ok());
        auto sp = flasher::planOnStream(**head, profileFor(name));
        QVERIFY2(sp.ok(), sp.ok() ? "" : sp.error().code.c_str());
        QVERIFY(!sp->plan.refused());
        QVERIFY(!sp->overrides.empty());
        QCOMPARE(sp->boot.number, 1);
        // Only metadata and the few files the plan read are kept, not the partition.
        qInfo("%s: %u decoding pass(es), %llu bytes kept, %zu override runs",
              QTest::currentDataTag(), (*head)->passes(),
              static_cast<unsigned long long>((*head)->keptBytes()), sp->overrides.size());
        QVERIFY((*head)->keptBytes() < 4u << 20);
        QVERIFY((*head)->passes() <= 6);

        auto src = flasher::Source::open(source.toStdString());
        QVERIFY(src.ok());
        std::vector<flasher::TargetPlan> targets;
        targets.push_back({flasher::makeFileTarget(out.toStdString()), sp->overrides});
        flasher::WriteOptions options;
        auto map = flasher::loadBmap(
            (QFileInfo(kDemo).path() + QStringLiteral("/balena-demo-qemux86-64.bmap"))
                .toStdString());
        QVERIFY(map.ok());
        options.blockMap = std::move(map).value();
        QElapsedTimer timer;
        timer.start();
        flasher::WriteJob job(std::move(src).value(), std::move(targets), std::move(options));
        const auto results = job.run();
        QCOMPARE(results.size(), std::size_t{1});
        QVERIFY2(results[0].ok(), results[0].ok() ? "" : results[0].error().code.c_str());
        qInfo("written and verified in %lld ms", static_cast<long long>(timer.elapsed()));
        timer.restart();

        // The source is untouched; the output is the source except for the boot partition.
        QCOMPARE(fingerprint(source), sourceHash);
        const auto& boot = parts_[0];
        QCOMPARE(QFileInfo(out).size(), QFileInfo(kDemo).size());
        QVERIFY(sameOutside(kDemo, out, boot.start, boot.size));
        // The same partitions at the same offsets, as sfdisk reads them.
        const auto outParts = sfdiskPartitions(out);
        QCOMPARE(outParts.size(), parts_.size());
        for (int i = 0; i < parts_.size(); ++i) {
            QCOMPARE(outParts[i].start, parts_[i].start);
            QCOMPARE(outParts[i].size, parts_[i].size);
        }

        // The boot partition: clean, and holding what the profile asked for.
        const auto fsck = fsckFat(out, boot.start, boot.size, out + QStringLiteral(".boot"));
        QVERIFY2(fsck.exitCode == 0, fsck.out.constData());
        const auto config = mtype(out, boot.start, QStringLiteral("config.json"));
        QVERIFY(config.has_value());
        QCOMPARE(*config, QByteArray(reinterpret_cast<const char*>(sp->configJson.data()),
                                     static_cast<qsizetype>(sp->configJson.size())));
        const auto doc = QJsonDocument::fromJson(*config).object();
        QCOMPARE(doc[QStringLiteral("hostname")].toString(), name);
        QCOMPARE(doc[QStringLiteral("uuid")].toString(),
                 QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(doc[QStringLiteral("country")].toString(), QStringLiteral("DE"));
        const auto wifi =
            mtype(out, boot.start, QStringLiteral("system-connections/balena-wifi-01"));
        QVERIFY(wifi.has_value());
        QCOMPARE(keyfileValue(*wifi, "wifi", "ssid").value_or(QString()),
                 QStringLiteral("fleet-") + name);
        QCOMPARE(keyfileValue(*wifi, "wifi-security", "psk").value_or(QString()),
                 QStringLiteral("secret-") + name);
        // The untouched boot files are still there, byte for byte.
        const auto osRelease = mtype(out, boot.start, QStringLiteral("os-release"));
        QVERIFY(osRelease.has_value());
        QCOMPARE(*osRelease, mtype(kDemo, boot.start, QStringLiteral("os-release")).value_or("x"));
        qInfo("judged in %lld ms", static_cast<long long>(timer.elapsed()));
        QFile::remove(out);
    }

    // One head serves many targets: the second plan decodes (almost) nothing new.
    void headIsShared() {
        auto head = flasher::ImageHead::open((kDemo + QStringLiteral(".xz")).toStdString());
        QVERIFY(head.ok());
        auto first = flasher::planOnStream(**head, profileFor(QStringLiteral("one")));
        QVERIFY(first.ok());
        const unsigned passes = (*head)->passes();
        for (int i = 0; i < 5; ++i) {
            auto next = flasher::planOnStream(**head, profileFor(QStringLiteral("dev-%1").arg(i)));
            QVERIFY(next.ok());
            QVERIFY(!next->overrides.empty());
        }
        QVERIFY((*head)->passes() <= passes + 1);
    }

    void refusedProfileGivesNoOverrides() {
        auto head = flasher::ImageHead::open((kDemo + QStringLiteral(".xz")).toStdString());
        QVERIFY(head.ok());
        provision::Profile p;
        p.hostname = "not a host name!";
        auto sp = flasher::planOnStream(**head, p);
        QVERIFY(sp.ok());
        QVERIFY(sp->plan.refused());
        QVERIFY(sp->overrides.empty());
    }

    // An MBR's extended chain spreads its tables over the image: the head jumps between them
    // with the xz index instead of decoding all that lies between. Proof: a damaged block
    // inside the first root partition (no table in it) goes unnoticed by open() and by a
    // plan, while reading that block, and `xz -t`, find the damage.
    void xzHeadSkipsBlocksWithoutTables() {
        const QString xz = kDemo + QStringLiteral(".xz");
        const auto list =
            tool(QStringLiteral("xz"), {QStringLiteral("--robot"), QStringLiteral("-lvv"), xz});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(parts_.size() >= 2);
        const auto rootBegin = static_cast<std::uint64_t>(parts_[1].start);
        const auto rootEnd = static_cast<std::uint64_t>(parts_[1].start + parts_[1].size);
        qint64 damageAt = -1;
        std::uint64_t blockBegin = 0;
        std::uint64_t blockEnd = 0;
        for (const auto& line : QString::fromUtf8(list.out).split(QLatin1Char('\n'))) {
            const auto f = line.split(QLatin1Char('\t'));
            // block, stream, block in stream, block in file, compressed offset,
            // uncompressed offset, compressed size, uncompressed size, ...
            if (f.size() < 8 || f[0] != QLatin1String("block")) {
                continue;
            }
            const std::uint64_t begin = f[5].toULongLong();
            const std::uint64_t end = begin + f[7].toULongLong();
            if (begin >= rootBegin && end <= rootEnd) {
                damageAt = f[4].toLongLong() + f[6].toLongLong() / 2;
                blockBegin = begin;
                blockEnd = end;
                break;
            }
        }
        QVERIFY2(damageAt > 0, "no xz block lies wholly inside the first root partition");
        QFile in(xz);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        bytes[damageAt] = static_cast<char>(bytes[damageAt] ^ 0x5a);
        const QString damaged = kDir + QStringLiteral("/damaged.img.xz");
        QVERIFY(writeFileBytes(damaged, bytes));
        QVERIFY2(tool(QStringLiteral("xz"), {QStringLiteral("-t"), damaged}).exitCode != 0,
                 "xz -t finds no damage: the test would prove nothing");

        auto head = flasher::ImageHead::open(damaged.toStdString());
        QVERIFY2(head.ok(), head.ok() ? "" : head.error().code.c_str());
        auto sp = flasher::planOnStream(**head, profileFor(QStringLiteral("skip")));
        QVERIFY2(sp.ok(), sp.ok() ? "" : sp.error().code.c_str());
        QVERIFY(!sp->overrides.empty());
        std::vector<std::uint8_t> sector(4096);
        const auto inside = (blockBegin + blockEnd) / 2 / 4096 * 4096;
        auto r = (*head)->read(inside, sector);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, std::string("source.corrupt"));
    }

    void truncatedSourceIsAnError() {
        const QString cut = kDir + QStringLiteral("/cut.img.xz");
        QFile in(kDemo + QStringLiteral(".xz"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QVERIFY(writeFileBytes(cut, in.read(3000)));
        auto head = flasher::ImageHead::open(cut.toStdString());
        if (head.ok()) {
            auto sp = flasher::planOnStream(**head, profileFor(QStringLiteral("cut")));
            QVERIFY(!sp.ok());
        }
    }

private:
    static bool writeFileBytes(const QString& path, const QByteArray& bytes) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }
};

QTEST_GUILESS_MAIN(TestStreamPlan)
#include "tst_streamplan.moc"
