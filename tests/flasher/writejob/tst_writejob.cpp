// WriteJob to image files: the written bytes equal the decompressed image for every format; a
// .bmap limits and checks what is written; N targets from one decompression, each with its own
// overrides; faults end one target with an error at the right offset while the others finish;
// verification catches lost and flipped writes; cancel leaves the first MiB unwritten.
#include "flasher/writejob/writejob.h"
#include "tests/support/faultytarget.h"
#include "tests/support/hosttool.h"
#include "tests/support/testfiles.h"
#include "tests/support/testscale.h"

#include <QDir>
#include <QTest>

#ifdef __linux__
#include <sys/resource.h>
#endif

#include <condition_variable>
#include <csignal>
#include <mutex>

using namespace imprint::flasher;
using imprint::Result;
using imprint::test::Fault;
using imprint::test::FaultyTarget;
using imprint::test::readFile;
using imprint::test::runTool;

namespace {

const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/writejob");

std::unique_ptr<Source> openSource(const QString& path) {
    auto s = Source::open(path.toStdString());
    if (!s) {
        qFatal("cannot open %s: %s", qPrintable(path), s.error().code.c_str());
    }
    return std::move(s).value();
}

TargetPlan fileTarget(const QString& path) { return {makeFileTarget(path.toStdString()), {}}; }

std::vector<Result<void>> runJob(const QString& source, std::vector<TargetPlan> targets,
                                 WriteOptions options = {},
                                 std::function<void(WriteJob&, const Progress&)> onProgress = {}) {
    WriteJob job(openSource(source), std::move(targets), std::move(options));
    if (onProgress) {
        job.onProgress([&job, onProgress](const Progress& p) { onProgress(job, p); });
    }
    return job.run();
}

// Bytes this process has read through read/pread so far (/proc/self/io "rchar").
qint64 readBytesSoFar() {
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const auto& line : io.readAll().split('\n')) {
        if (line.startsWith("rchar:")) {
            return line.mid(6).trimmed().toLongLong();
        }
    }
    return 0;
}

// A shell script that must succeed; the paths it works on are "$1", "$2"...
void sh(const QString& script, const QStringList& paths) {
    const auto r = imprint::test::shell(script, paths);
    QVERIFY2(r.exitCode == 0, qPrintable(script + QStringLiteral(": ") + r.err));
}

} // namespace

class TestWriteJob : public QObject {
    Q_OBJECT
    QString raw_ = kDir + QStringLiteral("/image.img");
    QByteArray image_;

private slots:
    void initTestCase() {
#ifdef SIGXFSZ
        // As the programs do at start: a file size limit then fails a write with EFBIG.
        std::signal(SIGXFSZ, SIG_IGN);
#endif
        QDir(kDir).removeRecursively();
        QDir().mkpath(kDir);
        image_ = imprint::test::makeImage(
            static_cast<std::size_t>(5 + 3 * imprint::test::testScale()) << 20, 42);
        QVERIFY(imprint::test::writeFile(raw_, image_));
        sh(QStringLiteral("xz -T2 --block-size=1MiB -c \"$1\" > \"$1.xz\""), {raw_});
        sh(QStringLiteral("zstd -q -c \"$1\" > \"$1.zst\""), {raw_});
        sh(QStringLiteral("gzip -c \"$1\" > \"$1.gz\""), {raw_});
        sh(QStringLiteral("bzip2 -c \"$1\" > \"$1.bz2\""), {raw_});
        sh(QStringLiteral("cd \"$1\" && zip -q -X image.zip image.img"), {kDir});
    }

    void everyFormatWritesTheImage_data() {
        QTest::addColumn<QString>("source");
        for (const char* ext : {"", ".xz", ".zst", ".gz", ".bz2"}) {
            QTest::newRow(*ext != 0 ? ext : "raw") << raw_ + QLatin1String(ext);
        }
        QTest::newRow(".zip") << kDir + QStringLiteral("/image.zip");
    }

    void everyFormatWritesTheImage() {
        QFETCH(QString, source);
        const QString out = kDir + QStringLiteral("/out.img");
        // A stale longer file is replaced, not patched.
        QVERIFY(imprint::test::writeFile(out, QByteArray(image_.size() + 12345, 'x')));
        std::vector<Progress> seen;
        std::vector<TargetPlan> targets;
        targets.push_back(fileTarget(out));
        const auto results = runJob(source, std::move(targets), {},
                                    [&seen](WriteJob&, const Progress& p) { seen.push_back(p); });
        QVERIFY2(results[0].ok(), results[0].ok() ? "" : results[0].error().code.c_str());
        QCOMPARE(readFile(out), image_);
        // Phases in the reference's order, ending in done.
        std::vector<Phase> phases;
        for (const auto& p : seen) {
            if (phases.empty() || phases.back() != p.phase) {
                phases.push_back(p.phase);
            }
        }
        const std::vector<Phase> expected{Phase::Preparing, Phase::Writing, Phase::Verifying,
                                          Phase::Finishing, Phase::Done};
        QCOMPARE(phases, expected);
    }

    void manyTargetsEachWithItsOverrides() {
        std::vector<TargetPlan> targets;
        QStringList outs;
        for (int i = 0; i < 3; ++i) {
            outs << kDir + QStringLiteral("/many%1.img").arg(i);
            targets.push_back(fileTarget(outs.last()));
        }
        // Target 1 gets a changed sector inside the head, one in the middle and one at the end.
        const std::vector<std::pair<std::uint64_t, QByteArray>> patches{
            {512, QByteArray(512, 'A')},
            {3 * 1048576 + 100, QByteArray(5000, 'B')},
            {static_cast<std::uint64_t>(image_.size()) - 512, QByteArray(512, '\0')}};
        QByteArray expected1 = image_;
        for (const auto& [offset, bytes] : patches) {
            ByteOverride o;
            o.offset = offset;
            o.bytes.resize(static_cast<std::size_t>(bytes.size()));
            std::memcpy(o.bytes.data(), bytes.constData(), o.bytes.size());
            targets[1].overrides.push_back(std::move(o));
            expected1.replace(static_cast<qsizetype>(offset), bytes.size(), bytes);
        }
        const auto results = runJob(raw_ + QStringLiteral(".xz"), std::move(targets));
        for (const auto& r : results) {
            QVERIFY2(r.ok(), r.ok() ? "" : r.error().code.c_str());
        }
        QCOMPARE(readFile(outs[0]), image_);
        QCOMPARE(readFile(outs[1]), expected1);
        QCOMPARE(readFile(outs[2]), image_);
    }

    void overrideOutsideTheImageIsRefused() {
        std::vector<TargetPlan> targets;
        targets.push_back(fileTarget(kDir + QStringLiteral("/outside.img")));
        targets[0].overrides.push_back(
            {static_cast<std::uint64_t>(image_.size()) - 10, std::vector<std::byte>(20)});
        const auto results = runJob(raw_, std::move(targets));
        QCOMPARE(results[0].error().code, std::string("flash.override_outside"));
    }

    void faultsEndOneTargetOthersFinish_data() {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("exactOffset");
        QTest::addColumn<bool>("concurrent");
        QTest::newRow("EIO") << int(Fault::Eio) << QStringLiteral("target.write_failed") << true
                             << false;
        QTest::newRow("vanished") << int(Fault::Vanish) << QStringLiteral("target.write_failed")
                                  << true << false;
        QTest::newRow("lost write")
            << int(Fault::LostWrite) << QStringLiteral("flash.verify_failed") << false << false;
        QTest::newRow("flipped bit")
            << int(Fault::FlipBit) << QStringLiteral("flash.verify_failed") << false << false;
        // Four writes in flight, verified right behind them (no lag).
        QTest::newRow("EIO, 4 in flight")
            << int(Fault::Eio) << QStringLiteral("target.write_failed") << true << true;
        QTest::newRow("lost write, verified behind")
            << int(Fault::LostWrite) << QStringLiteral("flash.verify_failed") << false << true;
        QTest::newRow("flipped bit, verified behind")
            << int(Fault::FlipBit) << QStringLiteral("flash.verify_failed") << false << true;
    }

    void faultsEndOneTargetOthersFinish() {
        QFETCH(int, fault);
        QFETCH(QString, code);
        QFETCH(bool, exactOffset);
        QFETCH(bool, concurrent);
        const std::uint64_t at = 2 * 1048576 + 4096 * 3 + 17;
        std::vector<TargetPlan> targets;
        targets.push_back(fileTarget(kDir + QStringLiteral("/ok0.img")));
        auto* faulty =
            new FaultyTarget(makeFileTarget((kDir + QStringLiteral("/faulty.img")).toStdString()),
                             static_cast<Fault>(fault), at, concurrent);
        targets.push_back({std::unique_ptr<Target>(faulty), {}});
        targets.push_back(fileTarget(kDir + QStringLiteral("/ok2.img")));
        WriteOptions o;
        o.verifyLag = 0;
        o.chunkBytes = 1 << 20; // several chunks, so writes overlap and runs close early
        const auto results = runJob(raw_ + QStringLiteral(".zst"), std::move(targets), o);
        QVERIFY(results[0].ok());
        QVERIFY(results[2].ok());
        QCOMPARE(readFile(kDir + QStringLiteral("/ok0.img")), image_);
        QCOMPARE(readFile(kDir + QStringLiteral("/ok2.img")), image_);
        QVERIFY(!results[1].ok());
        QCOMPARE(QString::fromStdString(results[1].error().code), code);
        QVERIFY(results[1].error().offset.has_value());
        const std::uint64_t off = *results[1].error().offset;
        if (exactOffset) {
            QCOMPARE(off, at);
        } else {
            // The verified run that holds the damaged byte.
            QVERIFY(off <= at);
            QVERIFY(off + std::stoull(results[1].error().arg("length")) > at);
        }
        // The failed target's first MiB was never written: it does not look like a disk.
        QCOMPARE(readFile(kDir + QStringLiteral("/faulty.img"), 1 << 20),
                 QByteArray(1 << 20, '\0'));
    }

    void fileTargetsAreVerifiedBehindTheWrites() {
        // Writes past 5 MiB wait (up to 20 s) until the verifier has read something back: were
        // the read-back only after the last write, they would time out.
        class Gated : public Target {
        public:
            explicit Gated(std::unique_ptr<Target> inner) : inner_(std::move(inner)) {}
            const std::string& name() const override { return inner_->name(); }
            bool zerosAreFree() const override { return inner_->zerosAreFree(); }
            bool verifiesBehindWrites() const override { return inner_->verifiesBehindWrites(); }
            Result<void> prepare(std::uint64_t size) override { return inner_->prepare(size); }
            Result<void> setSize(std::uint64_t size) override { return inner_->setSize(size); }
            Result<void> sync() override { return inner_->sync(); }
            Result<void> write(std::uint64_t offset, std::span<const std::byte> data) override {
                if (offset >= (5U << 20) && !waited_) {
                    std::unique_lock lock(mutex_);
                    waited_ = true; // once: a verifier that never reads fails the test once
                    readFirst_ =
                        changed_.wait_for(lock, std::chrono::seconds(20), [&] { return read_; });
                }
                return inner_->write(offset, data);
            }
            Result<void> readBack(std::uint64_t offset, std::span<std::byte> into) override {
                auto r = inner_->readBack(offset, into);
                std::lock_guard lock(mutex_);
                read_ = true;
                changed_.notify_all();
                return r;
            }
            std::shared_ptr<bool> seen = std::make_shared<bool>(false);
            ~Gated() override { *seen = readFirst_; }

        private:
            std::unique_ptr<Target> inner_;
            std::mutex mutex_;
            std::condition_variable changed_;
            bool read_ = false;
            bool readFirst_ = false;
            bool waited_ = false; // the writer's own thread only (one write at a time)
        };
        const QString out = kDir + QStringLiteral("/behind.img");
        auto* gated = new Gated(makeFileTarget(out.toStdString()));
        const auto seen = gated->seen;
        std::vector<TargetPlan> targets;
        targets.push_back({std::unique_ptr<Target>(gated), {}});
        WriteOptions o;
        o.verifyLag = 0;
        o.chunkBytes = 1 << 20;
        const auto results = runJob(raw_, std::move(targets), o);
        QVERIFY(results[0].ok());
        QVERIFY2(*seen, "no read-back before the writes past 5 MiB");
        QCOMPARE(readFile(out), image_);
    }

    void noVerifyMissesNothingElse() {
        std::vector<TargetPlan> targets;
        targets.push_back(fileTarget(kDir + QStringLiteral("/noverify.img")));
        WriteOptions o;
        o.verify = false;
        const auto results = runJob(raw_ + QStringLiteral(".gz"), std::move(targets), o);
        QVERIFY(results[0].ok());
        QCOMPARE(readFile(kDir + QStringLiteral("/noverify.img")), image_);
    }

    void fileSizeLimitIsAnErrorNotASignal() {
#ifndef __linux__
        QSKIP("a file size limit (RLIMIT_FSIZE) is POSIX's: Windows has none to hit");
#else
        const QString out = kDir + QStringLiteral("/limited.img");
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        rlimit limit = old;
        limit.rlim_cur = 3 << 20;
        setrlimit(RLIMIT_FSIZE, &limit);
        std::vector<TargetPlan> targets;
        targets.push_back(fileTarget(out));
        const auto results = runJob(raw_ + QStringLiteral(".xz"), std::move(targets));
        setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY(!results[0].ok());
        QCOMPARE(results[0].error().code, std::string("target.write_failed"));
        QCOMPARE(results[0].error().arg("detail"), std::string(std::strerror(EFBIG)));
#endif
    }

    void truncatedSourceFailsEveryTargetBeforeTheHead() {
        const QByteArray xz = readFile(raw_ + QStringLiteral(".xz"));
        const QString cut = kDir + QStringLiteral("/cut.img.xz");
        QVERIFY(imprint::test::writeFile(cut, xz.left(xz.size() * 2 / 3)));
        std::vector<TargetPlan> targets;
        targets.push_back(fileTarget(kDir + QStringLiteral("/t0.img")));
        targets.push_back(fileTarget(kDir + QStringLiteral("/t1.img")));
        const auto results = runJob(cut, std::move(targets));
        for (int i = 0; i < 2; ++i) {
            QVERIFY(!results[static_cast<std::size_t>(i)].ok());
            QCOMPARE(results[static_cast<std::size_t>(i)].error().code,
                     std::string("source.truncated"));
            QCOMPARE(readFile(kDir + QStringLiteral("/t%1.img").arg(i), 1 << 20),
                     QByteArray(1 << 20, '\0'));
        }
    }

    void cancelLeavesTheFirstMiBUnwritten() {
        const QString out = kDir + QStringLiteral("/cancelled.img");
        std::vector<TargetPlan> targets;
        targets.push_back(fileTarget(out));
        WriteOptions o;
        o.chunkBytes = 1 << 20;
        bool cancelled = false;
        const auto results =
            runJob(raw_ + QStringLiteral(".bz2"), std::move(targets), o,
                   [&cancelled](WriteJob& job, const Progress& p) {
                       if (p.phase == Phase::Writing && p.bytesDone >= (3U << 20) && !cancelled) {
                           cancelled = true;
                           job.cancel();
                       }
                   });
        QVERIFY(cancelled);
        QCOMPARE(results[0].error().code, std::string("flash.cancelled"));
        QCOMPARE(readFile(out, 1 << 20), QByteArray(1 << 20, '\0'));
        QVERIFY(image_.left(1 << 20) != QByteArray(1 << 20, '\0'));
    }

    void bmapLimitsAndChecksTheData() {
        // A real filesystem image and bmaptool's own map of it.
        const QString fs = kDir + QStringLiteral("/fs.img");
        const QString tree = kDir + QStringLiteral("/tree");
        QDir().mkpath(tree);
        QVERIFY(imprint::test::writeFile(tree + QStringLiteral("/data.bin"),
                                         imprint::test::makeImage(3 << 20, 7)));
        sh(QStringLiteral(
               "truncate -s 48M \"$1\" && mkfs.ext4 -q -F -d \"$2\" \"$1\" && bmaptool -q "
               "create -o \"$1.bmap\" \"$1\" && xz -T2 --block-size=1MiB -k -f \"$1\""),
           {fs, tree});
        const auto map = loadBmap((fs + QStringLiteral(".bmap")).toStdString());
        QVERIFY2(map.ok(), map.ok() ? "" : map.error().code.c_str());
        QVERIFY(map->mappedBytes() < map->imageSize / 2);
        QCOMPARE(map->checksumType, std::string("sha256"));

        const QString out = kDir + QStringLiteral("/fs-out.img");
        std::vector<TargetPlan> targets;
        targets.push_back(fileTarget(out));
        WriteOptions o;
        o.blockMap = *map;
        const auto results = runJob(fs + QStringLiteral(".xz"), std::move(targets), o);
        QVERIFY2(results[0].ok(), results[0].ok() ? "" : results[0].error().code.c_str());
        QCOMPARE(readFile(out), readFile(fs));
        QCOMPARE(runTool(QStringLiteral("e2fsck"), {QStringLiteral("-fn"), out}).exitCode, 0);

        // One byte of file data changed after the map was made: the range's checksum says so.
        QByteArray damaged = readFile(fs);
        const auto& second = map->ranges.size() > 1 ? map->ranges[1] : map->ranges[0];
        const auto at = static_cast<qsizetype>(second.offset + second.length / 2);
        damaged[at] = static_cast<char>(damaged[at] ^ 1);
        QVERIFY(imprint::test::writeFile(kDir + QStringLiteral("/fs-bad.img"), damaged));
        std::vector<TargetPlan> again;
        again.push_back(fileTarget(kDir + QStringLiteral("/fs-bad-out.img")));
        const auto bad = runJob(kDir + QStringLiteral("/fs-bad.img"), std::move(again), o);
        QCOMPARE(bad[0].error().code, std::string("bmap.checksum_mismatch"));
        QCOMPARE(*bad[0].error().offset, second.offset);
        QCOMPARE(readFile(kDir + QStringLiteral("/fs-bad-out.img"), 1 << 20),
                 QByteArray(1 << 20, '\0'));
    }

    // A raw image with a map is read only where the map (or a target's overrides) has data:
    // the holes are seeked over, never read (the process's read byte count proves it).
    void rawWithMapReadsOnlyMappedRanges() {
#ifndef __linux__
        QSKIP("the proof is the process's read byte count (/proc/self/io); under Wine "
              "GetProcessIoCounters counts nothing");
#endif
        const QString src = kDir + QStringLiteral("/holes.img");
        const QByteArray image = imprint::test::makeImage(32 << 20, 77);
        QVERIFY(imprint::test::writeFile(src, image));
        BlockMap map;
        map.imageSize = static_cast<std::uint64_t>(image.size());
        map.ranges = {{0, 1 << 20, {}}, {8 << 20, (1 << 20) + 4096, {}}, {30 << 20, 1 << 20, {}}};
        const QString outA = kDir + QStringLiteral("/holes-a.img");
        const QString outB = kDir + QStringLiteral("/holes-b.img");
        std::vector<TargetPlan> targets;
        targets.push_back(fileTarget(outA));
        targets.push_back(fileTarget(outB));
        ByteOverride o;
        o.offset = (20 << 20) + 100;
        o.bytes.assign(3000, std::byte{'C'});
        targets[1].overrides.push_back(o);
        WriteOptions options;
        options.blockMap = map;
        const auto readBefore = readBytesSoFar();
        QVERIFY(readBefore > 0);
        const auto results = runJob(src, std::move(targets), options);
        const auto readDuring = readBytesSoFar() - readBefore;
        for (const auto& r : results) {
            QVERIFY2(r.ok(), r.ok() ? "" : r.error().code.c_str());
        }
        // 3 MiB mapped plus 4 KiB of override, read once from the source and once back from each
        // target: far below the 32 MiB a full read would take.
        QVERIFY2(readDuring < (14 << 20), qPrintable(QString::number(readDuring)));
        QByteArray expected(image.size(), '\0');
        for (const auto& r : map.ranges) {
            const auto at = static_cast<qsizetype>(r.offset);
            expected.replace(at, static_cast<qsizetype>(r.length),
                             image.mid(at, static_cast<qsizetype>(r.length)));
        }
        QCOMPARE(readFile(outA), expected);
        expected.replace(static_cast<qsizetype>(o.offset), 3000, QByteArray(3000, 'C'));
        QCOMPARE(readFile(outB), expected);
    }

    // An xz file with a map: the blocks that hold none of the map (or of an override) are
    // passed over, never decoded: damage inside such a block goes unnoticed and the image is
    // still right, while damage in a block with data is an error at its compressed offset.
    void xzWithMapDecodesOnlyBlocksWithData() {
        const QString src = kDir + QStringLiteral("/xzholes.img");
        const QByteArray image = imprint::test::makeImage(16 << 20, 78);
        QVERIFY(imprint::test::writeFile(src, image));
        sh(QStringLiteral("xz -T1 --block-size=1MiB -k -f \"$1\""), {src});
        // The compressed offset and size of each 1 MiB block, from xz's own listing.
        const auto list =
            runTool(QStringLiteral("xz"), {QStringLiteral("--robot"), QStringLiteral("-lvv"),
                                           src + QStringLiteral(".xz")});
        QCOMPARE(list.exitCode, 0);
        std::vector<std::pair<qint64, qint64>> blocks;
        for (const auto& line : list.out.split('\n')) {
            const auto f = line.split('\t');
            if (f.size() > 6 && f[0] == "block") {
                blocks.emplace_back(f[4].toLongLong(), f[6].toLongLong());
            }
        }
        QCOMPARE(blocks.size(), std::size_t{16});
        BlockMap map;
        map.imageSize = static_cast<std::uint64_t>(image.size());
        // Block 0, the middle of block 5 (a skip into a block), blocks 9-10; an override in 13.
        map.ranges = {{0, 8192, {}}, {(5 << 20) + 12288, 65536, {}}, {9 << 20, 2 << 20, {}}};
        ByteOverride o;
        o.offset = (13 << 20) + 77;
        o.bytes.assign(1000, std::byte{'D'});
        QByteArray expected(image.size(), '\0');
        for (const auto& r : map.ranges) {
            const auto at = static_cast<qsizetype>(r.offset);
            expected.replace(at, static_cast<qsizetype>(r.length),
                             image.mid(at, static_cast<qsizetype>(r.length)));
        }
        expected.replace(static_cast<qsizetype>(o.offset), 1000, QByteArray(1000, 'D'));
        auto flash = [&](const QString& from, const QString& out) {
            std::vector<TargetPlan> targets;
            targets.push_back(fileTarget(out));
            targets[0].overrides.push_back(o);
            WriteOptions options;
            options.blockMap = map;
            return runJob(from, std::move(targets), options);
        };
        auto damage = [&](std::size_t block) {
            QByteArray xz = readFile(src + QStringLiteral(".xz"));
            const auto at = static_cast<qsizetype>(blocks[block].first + blocks[block].second / 2);
            xz[at] = static_cast<char>(xz[at] ^ 0x40);
            const QString path = kDir + QStringLiteral("/xzholes-bad%1.img.xz").arg(block);
            QVERIFY(imprint::test::writeFile(path, xz));
        };
        const QString out = kDir + QStringLiteral("/xzholes-out.img");
        auto good = flash(src + QStringLiteral(".xz"), out);
        QVERIFY2(good[0].ok(), good[0].ok() ? "" : good[0].error().code.c_str());
        QCOMPARE(readFile(out), expected);
        // Blocks 2 and 14 hold nothing wanted: damaged, and never looked at.
        for (std::size_t block : {std::size_t{2}, std::size_t{14}}) {
            damage(block);
            auto r = flash(kDir + QStringLiteral("/xzholes-bad%1.img.xz").arg(block), out);
            QVERIFY2(r[0].ok(), r[0].ok() ? "" : r[0].error().code.c_str());
            QCOMPARE(readFile(out), expected);
        }
        // Blocks 5, 10 and 13 hold data or the override: the damage is found in that block.
        for (std::size_t block : {std::size_t{5}, std::size_t{10}, std::size_t{13}}) {
            damage(block);
            auto r = flash(kDir + QStringLiteral("/xzholes-bad%1.img.xz").arg(block), out);
            QVERIFY2(!r[0].ok(), qPrintable(QStringLiteral("block %1").arg(block)));
            QCOMPARE(r[0].error().code, std::string("source.corrupt"));
            const auto at = static_cast<qint64>(*r[0].error().offset);
            QVERIFY2(at >= blocks[block].first && at <= blocks[block].first + blocks[block].second,
                     qPrintable(QString::number(at)));
            QCOMPARE(readFile(out, 1 << 20), QByteArray(1 << 20, '\0'));
        }
    }

    void bmapErrors() {
        QCOMPARE(parseBmap("<x/>").error().code, std::string("bmap.bad"));
        QCOMPARE(parseBmap("<bmap version=\"9.0\"></bmap>").error().code,
                 std::string("bmap.unsupported_version"));
        const QString good = QString::fromUtf8(readFile(kDir + QStringLiteral("/fs.img.bmap")));
        QVERIFY(parseBmap(good.toStdString()).ok());
        // Editing the file breaks its own checksum.
        QString edited = good;
        edited.replace(QStringLiteral("<BlockSize> 4096 </BlockSize>"),
                       QStringLiteral("<BlockSize> 4096  </BlockSize>"));
        QVERIFY(edited != good);
        QCOMPARE(parseBmap(edited.toStdString()).error().code,
                 std::string("bmap.file_checksum_mismatch"));
        QCOMPARE(loadBmap("/nonexistent.bmap").error().code, std::string("bmap.open_failed"));
    }
};

QTEST_GUILESS_MAIN(TestWriteJob)
#include "tst_writejob.moc"
