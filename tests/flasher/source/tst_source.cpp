// Source: every format made by the real compressor from the same pseudo-random image decodes
// to exactly the image's bytes, sizes are told as the format allows, and truncated or damaged
// files are errors at (or after) the offset where they broke, never silently short output.
#include "flasher/platform/file.h"
#include "flasher/source/growingfile.h"
#include "flasher/source/source.h"
#include "tests/support/hosttool.h"
#include "tests/support/testfiles.h"
#include "tests/support/testscale.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <chrono>
#include <future>
#include <xxhash.h>

using namespace imprint::flasher;
using imprint::test::makeImage;
using imprint::test::readFile;
using imprint::test::runTool;

namespace {

const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/source");

struct Decoded {
    bool ok = false;
    imprint::Error error;
    std::uint64_t bytes = 0;
    XXH64_hash_t hash = 0;
    unsigned threads = 0;
    SourceFormat format = SourceFormat::Raw;
    SourceSize size;
};

Decoded decodeAll(const QString& path, std::size_t chunk = 1 << 20,
                  std::shared_ptr<GrowingFile> growing = nullptr) {
    Decoded d;
    auto source = Source::open(path.toStdString(), std::move(growing));
    if (!source) {
        d.error = source.error();
        return d;
    }
    d.format = (*source)->format();
    d.size = (*source)->size();
    d.threads = (*source)->decoderThreads();
    std::vector<std::byte> buffer(chunk);
    XXH3_state_t* state = XXH3_createState();
    XXH3_64bits_reset(state);
    for (;;) {
        auto n = (*source)->read(buffer);
        if (!n) {
            d.error = n.error();
            XXH3_freeState(state);
            return d;
        }
        if (*n == 0) {
            break;
        }
        XXH3_64bits_update(state, buffer.data(), *n);
        d.bytes += *n;
    }
    d.hash = XXH3_64bits_digest(state);
    XXH3_freeState(state);
    d.ok = true;
    return d;
}

XXH64_hash_t hashFile(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    const QByteArray all = f.readAll();
    return XXH3_64bits(all.constData(), static_cast<std::size_t>(all.size()));
}

} // namespace

void writeFileChecked(const QString& path, const QByteArray& bytes) {
    QVERIFY(imprint::test::writeFile(path, bytes));
}

class TestSource : public QObject {
    Q_OBJECT
    QString raw_ = kDir + QStringLiteral("/image.img");
    XXH64_hash_t rawHash_ = 0;
    std::uint64_t rawSize_ = 0;

    // Runs a compressor as a shell pipeline (the real tool is the judge of the format) on the
    // file or folder `path`, which the script names "$1".
    static void compress(const QString& script, const QString& path) {
        const auto r = imprint::test::shell(script, {path});
        QVERIFY2(r.exitCode == 0, qPrintable(script + QStringLiteral(": ") + r.err));
    }

private slots:
    void initTestCase() {
        QDir(kDir).removeRecursively();
        QDir().mkpath(kDir);
        rawSize_ = static_cast<std::uint64_t>(6 + 2 * imprint::test::testScale()) << 20;
        writeFileChecked(raw_, makeImage(rawSize_, 20261125));
        rawHash_ = hashFile(raw_);
        const QString& r = raw_;
        compress(QStringLiteral("gzip -c \"$1\" > \"$1.gz\""), r);
        compress(QStringLiteral("xz -c -T2 --block-size=1MiB \"$1\" > \"$1.xz\""), r);
        compress(QStringLiteral("xz -c -T1 \"$1\" > \"$1.single.xz\""), r);
        compress(QStringLiteral("zstd -q -c \"$1\" > \"$1.zst\""), r);
        compress(QStringLiteral("zstd -q -c < \"$1\" > \"$1.nosize.zst\""), r); // no content size
        compress(QStringLiteral("bzip2 -c \"$1\" > \"$1.bz2\""), r);
        compress(QStringLiteral("cd \"$1\" && zip -q -X deflated.zip image.img"), kDir);
        compress(QStringLiteral("cd \"$1\" && zip -q -X -0 stored.zip image.img"), kDir);
        compress(QStringLiteral(
                     "cd \"$1\" && mkdir -p d && cp image.img d/ && zip -q -r -X withdir.zip d"),
                 kDir);
        compress(
            QStringLiteral(
                "cd \"$1\" && cp image.img second.img && zip -q -X two.zip image.img second.img"),
            kDir);
        compress(QStringLiteral("cat \"$1.gz\" \"$1.gz\" > \"$1.twice.gz\""), r);
        compress(QStringLiteral("cat \"$1.bz2\" \"$1.bz2\" > \"$1.twice.bz2\""), r);
    }

    void everyFormatDecodesToTheImage_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("sizeKind");
        QTest::newRow("raw") << QString() << int(SourceFormat::Raw) << int(SourceSize::Kind::Exact);
        QTest::newRow("gzip") << QStringLiteral(".gz") << int(SourceFormat::Gzip)
                              << int(SourceSize::Kind::Estimate);
        QTest::newRow("xz multi-block")
            << QStringLiteral(".xz") << int(SourceFormat::Xz) << int(SourceSize::Kind::Exact);
        QTest::newRow("xz single block") << QStringLiteral(".single.xz") << int(SourceFormat::Xz)
                                         << int(SourceSize::Kind::Exact);
        QTest::newRow("zstd") << QStringLiteral(".zst") << int(SourceFormat::Zstd)
                              << int(SourceSize::Kind::Exact);
        QTest::newRow("zstd from a pipe")
            << QStringLiteral(".nosize.zst") << int(SourceFormat::Zstd)
            << int(SourceSize::Kind::Unknown);
        QTest::newRow("bzip2") << QStringLiteral(".bz2") << int(SourceFormat::Bzip2)
                               << int(SourceSize::Kind::Unknown);
        QTest::newRow("zip deflated") << QStringLiteral("/../deflated.zip")
                                      << int(SourceFormat::Zip) << int(SourceSize::Kind::Exact);
        QTest::newRow("zip stored") << QStringLiteral("/../stored.zip") << int(SourceFormat::Zip)
                                    << int(SourceSize::Kind::Exact);
        QTest::newRow("zip with a directory entry")
            << QStringLiteral("/../withdir.zip") << int(SourceFormat::Zip)
            << int(SourceSize::Kind::Exact);
    }

    void everyFormatDecodesToTheImage() {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(int, sizeKind);
        const QString path = file.startsWith(QLatin1String("/../"))
                                 ? kDir + QLatin1Char('/') + file.mid(4)
                                 : raw_ + file;
        // Odd read sizes cross every internal buffer boundary.
        for (std::size_t chunk : {std::size_t{1} << 20, std::size_t{65537}}) {
            const auto d = decodeAll(path, chunk);
            QVERIFY2(d.ok, d.error.code.c_str());
            QCOMPARE(int(d.format), format);
            QCOMPARE(d.bytes, rawSize_);
            QCOMPARE(d.hash, rawHash_);
            QCOMPARE(int(d.size.kind), sizeKind);
            if (d.size.kind != SourceSize::Kind::Unknown) {
                QCOMPARE(d.size.bytes, rawSize_);
            }
        }
    }

    void multiBlockXzUsesThreads() {
        const auto multi = decodeAll(raw_ + QStringLiteral(".xz"));
        QVERIFY(multi.ok);
        QVERIFY(QThread::idealThreadCount() < 2 || multi.threads >= 2);
        QCOMPARE(decodeAll(raw_ + QStringLiteral(".single.xz")).threads, 1u);
    }

    void concatenatedStreamsAreOneImage() {
        for (const char* ext : {".twice.gz", ".twice.bz2"}) {
            const auto d = decodeAll(raw_ + QLatin1String(ext));
            QVERIFY2(d.ok, d.error.code.c_str());
            QCOMPARE(d.bytes, 2 * rawSize_);
        }
    }

    void zipWithSeveralImagesIsRefused() {
        const auto d = decodeAll(kDir + QStringLiteral("/two.zip"));
        QVERIFY(!d.ok);
        QCOMPARE(d.error.code, std::string("source.zip_several_images"));
        QVERIFY(d.error.arg("names").find("second.img") != std::string::npos);
    }

    void truncatedFilesFailAtTheEnd_data() {
        QTest::addColumn<QString>("file");
        for (const char* ext : {".gz", ".xz", ".single.xz", ".zst", ".bz2"}) {
            QTest::newRow(ext) << raw_ + QLatin1String(ext);
        }
        QTest::newRow("stored.zip") << kDir + QStringLiteral("/stored.zip");
        QTest::newRow("deflated.zip") << kDir + QStringLiteral("/deflated.zip");
    }

    void truncatedFilesFailAtTheEnd() {
        QFETCH(QString, file);
        const QByteArray whole = readFile(file);
        for (const double fraction : {0.5, 0.999}) {
            const auto cut = static_cast<qsizetype>(static_cast<double>(whole.size()) * fraction);
            const QString path = file + QStringLiteral(".cut");
            writeFileChecked(path, whole.left(cut));
            const auto d = decodeAll(path);
            QVERIFY2(!d.ok, "a truncated file decoded without an error");
            if (file.endsWith(QLatin1String(".zip"))) {
                // The central directory is at the end: a cut zip is not a zip.
                QCOMPARE(d.error.code, std::string("source.zip_bad"));
                continue;
            }
            QVERIFY2(d.error.code == "source.truncated" || d.error.code == "source.corrupt",
                     d.error.code.c_str());
            QVERIFY(d.error.offset.has_value());
            QVERIFY(*d.error.offset <= static_cast<std::uint64_t>(cut));
            QVERIFY(!d.error.arg("output_offset").empty());
        }
    }

    void damagedBytesAreFoundAfterTheDamage_data() {
        QTest::addColumn<QString>("file");
        for (const char* ext : {".gz", ".xz", ".single.xz", ".zst", ".bz2"}) {
            QTest::newRow(ext) << raw_ + QLatin1String(ext);
        }
        QTest::newRow("deflated.zip") << kDir + QStringLiteral("/deflated.zip");
        QTest::newRow("stored.zip") << kDir + QStringLiteral("/stored.zip");
    }

    void damagedBytesAreFoundAfterTheDamage() {
        QFETCH(QString, file);
        const QByteArray whole = readFile(file);
        QRandomGenerator rng(7);
        const int rounds = 4 * imprint::test::testScale();
        for (int round = 0; round < rounds; ++round) {
            QByteArray damaged = whole;
            // In the middle half, so headers and the zip directory stay intact.
            const auto at =
                whole.size() / 4 +
                static_cast<qsizetype>(rng.bounded(static_cast<quint32>(whole.size() / 2)));
            damaged[at] = static_cast<char>(damaged[at] ^ (1 << rng.bounded(8)));
            const QString path = file + QStringLiteral(".bad");
            writeFileChecked(path, damaged);
            const auto d = decodeAll(path);
            QVERIFY2(!d.ok, qPrintable(QStringLiteral("flip at %1 not detected").arg(at)));
            QVERIFY2(d.error.code == "source.corrupt" || d.error.code == "source.truncated" ||
                         d.error.code == "source.size_mismatch",
                     d.error.code.c_str());
            QVERIFY(d.error.offset.has_value());
            QVERIFY2(*d.error.offset >= static_cast<std::uint64_t>(at),
                     qPrintable(QStringLiteral("error at %1 before the damage at %2")
                                    .arg(*d.error.offset)
                                    .arg(at)));
            QVERIFY(*d.error.offset <= static_cast<std::uint64_t>(whole.size()));
        }
    }

    void trailingGarbageIsAnError() {
        for (const char* ext : {".gz", ".xz", ".zst", ".bz2"}) {
            const QString path = raw_ + QLatin1String(ext) + QStringLiteral(".tail");
            writeFileChecked(path, readFile(raw_ + QLatin1String(ext)) + QByteArray("garbage!"));
            const auto d = decodeAll(path);
            QVERIFY2(!d.ok, ext);
        }
    }

    // A file still being written (a download) ends only with its writer's verdict: all its
    // bytes may be there while the checksum of the whole is still being judged.
    void growingFileEndsWithTheWritersVerdict_data() {
        QTest::addColumn<QString>("ext");
        QTest::addColumn<bool>("fails");
        QTest::newRow("raw, failed") << QString() << true;
        QTest::newRow("raw, finished") << QString() << false;
        QTest::newRow("gzip, failed") << QStringLiteral(".gz") << true;
    }
    void growingFileEndsWithTheWritersVerdict() {
        QFETCH(QString, ext);
        QFETCH(bool, fails);
        const QString path = raw_ + ext;
        const auto size = static_cast<std::uint64_t>(QFileInfo(path).size());
        auto file = std::make_shared<GrowingFile>(
            imprint::platform::openFile(path.toStdString(), imprint::platform::kRead));
        QVERIFY(file->fd() >= 0);
        file->setExpectedSize(size);
        file->grew(size); // every byte is there; the verdict is not
        auto reading =
            std::async(std::launch::async, [&] { return decodeAll(path, 1 << 20, file); });
        QVERIFY(reading.wait_for(std::chrono::milliseconds(300)) == std::future_status::timeout);
        if (fails) {
            file->fail(imprint::Error("download.checksum_mismatch"));
        } else {
            file->finish(size);
        }
        const Decoded d = reading.get();
        QCOMPARE(d.ok, !fails);
        if (fails) {
            QCOMPARE(d.error.code, std::string("download.checksum_mismatch"));
        } else {
            QCOMPARE(d.hash, hashFile(raw_));
        }
    }

    void openErrors() {
        const auto missing = decodeAll(kDir + QStringLiteral("/none.img"));
        QCOMPARE(missing.error.code, std::string("source.open_failed"));
        QCOMPARE(decodeAll(kDir).error.code, std::string("source.open_failed"));
        writeFileChecked(kDir + QStringLiteral("/empty.img"), {});
        QCOMPARE(decodeAll(kDir + QStringLiteral("/empty.img")).error.code,
                 std::string("source.empty"));
        // Magic bytes decide, not the name.
        QFile::copy(raw_ + QStringLiteral(".zst"), kDir + QStringLiteral("/named.img"));
        QCOMPARE(int(decodeAll(kDir + QStringLiteral("/named.img")).format),
                 int(SourceFormat::Zstd));
    }
};

QTEST_GUILESS_MAIN(TestSource)
#include "tst_source.moc"
