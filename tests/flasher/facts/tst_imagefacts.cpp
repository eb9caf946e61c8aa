// ImageFacts on the demo image (configured with mtools) in the six source formats, from the
// files and from a download in progress. Judged by sfdisk, mtools and the .bmap's own count;
// every format must give the raw image's facts, and a growing file only its head.
#include "flasher/facts/imagefacts.h"
#include "flasher/plan/imagehead.h"
#include "flasher/platform/file.h"
#include "flasher/source/growingfile.h"
#include "tests/flasher/facts/factsimages.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace imprint;
using namespace imprint::test;
using flasher::ImageFacts;

namespace {
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/facts/imagefacts");

QString file(const QString& suffix) { return kDir + QStringLiteral("/facts.img") + suffix; }

Result<ImageFacts> factsOf(const QString& path, const flasher::FactsOptions& options = {}) {
    auto image = flasher::openImage(path.toStdString());
    if (!image) {
        return image.error();
    }
    return flasher::readImageFacts(*image, options);
}

// Copies `from` into `to` a MiB at a time as a download would, holding back its last `tail`
// bytes until `release` is set (or 30 s passed).
void feed(const QString& from, const QString& to, flasher::GrowingFile& growing, qint64 tail,
          const std::atomic<bool>& release, std::atomic<bool>& tailWritten) {
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Append)) {
        growing.fail(Error("test.feed"));
        return;
    }
    const qint64 head = in.size() - tail;
    while (out.size() < in.size()) {
        if (out.size() == head) {
            for (int i = 0; i < 3000 && !release; ++i) {
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            tailWritten = true;
        }
        const qint64 end = out.size() < head ? head : in.size();
        const QByteArray chunk = in.read(std::min<qint64>(end - out.size(), 1 << 20));
        out.write(chunk);
        out.flush();
        growing.grew(static_cast<std::uint64_t>(out.size()));
    }
    growing.finish(static_cast<std::uint64_t>(out.size()));
}

QByteArray bootFile(const QString& image, qint64 bootStart, const char* name) {
    return mtype(image, bootStart, QString::fromLatin1(name)).value_or(QByteArray());
}

} // namespace

class TestImageFacts : public QObject {
    Q_OBJECT
    ImageFacts raw_;
    QList<PartitionRange> parts_;

    void compareWithRaw(const ImageFacts& f) {
        QVERIFY(f.table.has_value());
        QVERIFY(f.table == raw_.table);
        QCOMPARE(f.partitions.size(), raw_.partitions.size());
        for (std::size_t i = 0; i < f.partitions.size(); ++i) {
            QVERIFY2(f.partitions[i] == raw_.partitions[i], qPrintable(QString::number(i)));
        }
        QVERIFY(f.boot.has_value());
        QVERIFY(f.boot == raw_.boot);
        QVERIFY(f.problems.empty());
    }

private slots:
    void initTestCase() {
        QString why;
        QVERIFY2(makeFactsImages(kDir, why), qPrintable(why));
        parts_ = sfdiskPartitions(file({}));
        QCOMPARE(parts_.size(), 6);
        auto raw = factsOf(file({}));
        QVERIFY(raw.ok());
        raw_ = std::move(*raw);
    }

    void rawFactsAgreeWithTheTools() {
        QCOMPARE(raw_.kind, flasher::ImageKind::Image);
        QCOMPARE(raw_.format, flasher::SourceFormat::Raw);
        const auto size = static_cast<std::uint64_t>(QFileInfo(file({})).size());
        QCOMPARE(raw_.sourceSize, size);
        QCOMPARE(raw_.size, size);
        QCOMPARE(raw_.sizeKind, std::string("exact"));
        QCOMPARE(raw_.table->kind, std::string("dos"));
        QCOMPARE(raw_.partitions.size(), std::size_t(6));
        for (qsizetype i = 0; i < parts_.size(); ++i) {
            const auto& p = raw_.partitions[static_cast<std::size_t>(i)];
            QCOMPARE(p.number, parts_[i].number);
            QCOMPARE(p.start, static_cast<std::uint64_t>(parts_[i].start));
            QCOMPARE(p.size, static_cast<std::uint64_t>(parts_[i].size));
            QCOMPARE(p.probed, !p.container);
            QCOMPARE(p.filesystem, std::string(i == 0 ? "vfat" : p.container ? "" : "ext4"));
        }
        // Computed from the filesystems: less than the image, more than the boot files.
        QCOMPARE(raw_.dataBytesFrom, std::string("computed"));
        QVERIFY(raw_.dataBytes && *raw_.dataBytes<size&& * raw_.dataBytes>(1u << 20));

        const auto& boot = *raw_.boot;
        QCOMPARE(boot.partition, 1);
        const qint64 at = parts_[0].start;
        const auto release = bootFile(file({}), at, "os-release");
        const auto version = QRegularExpression(QStringLiteral("^VERSION_ID=\"?([^\"\\n]*)"),
                                                QRegularExpression::MultilineOption)
                                 .match(QString::fromUtf8(release));
        QVERIFY(version.hasMatch());
        QCOMPARE(QString::fromStdString(boot.osVersion.value_or("")), version.captured(1));
        const auto type = QJsonDocument::fromJson(bootFile(file({}), at, "device-type.json"));
        QCOMPARE(QString::fromStdString(boot.deviceType.value_or("")),
                 type[QStringLiteral("slug")].toString());
        QCOMPARE(QString::fromStdString(boot.deviceName.value_or("")),
                 type[QStringLiteral("name")].toString());
        QVERIFY(boot.development); // config.json's developmentMode
        QVERIFY(boot.config.present && boot.config.valid);
        QCOMPARE(boot.config.keys,
                 (std::vector<std::string>{"uuid", "hostname", "developmentMode", "os"}));
        QCOMPARE(boot.config.hostname.value_or(""), std::string("facts-host"));
        QCOMPARE(boot.config.sshKeys, std::size_t(1));
        QVERIFY(std::find(boot.networkFiles.begin(), boot.networkFiles.end(), "facts-wifi") !=
                boot.networkFiles.end());
        QVERIFY(std::find(boot.files.begin(), boot.files.end(), "system-connections/") !=
                boot.files.end());
    }

    void everyFormatHasTheRawFacts_data() {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("format");
        for (int i = 1; i < kFactsFormats.size(); ++i) {
            QTest::newRow(qPrintable(kFactsFormats[i])) << kFactsFormats[i] << i;
        }
    }

    void everyFormatHasTheRawFacts() {
        QFETCH(QString, suffix);
        QFETCH(int, format);
        auto image = flasher::openImage(file(suffix).toStdString());
        QVERIFY(image.ok());
        QVERIFY(image->head != nullptr);
        auto f = flasher::readImageFacts(*image);
        QVERIFY(f.ok());
        compareWithRaw(*f);
        QCOMPARE(static_cast<int>(f->format), format);
        QCOMPARE(f->sourceSize, static_cast<std::uint64_t>(QFileInfo(file(suffix)).size()));
        // Exact from an index or header; else where the last partition ends: the image's end.
        QCOMPARE(f->size, raw_.size);
        QVERIFY(f->sizeKind == "exact" || f->sizeKind == "partitions");
        QVERIFY(!f->dataBytes); // no .bmap, and not decoded whole
        // One decoding pass for the table (an MBR's extended chain spreads over the image),
        // one for the boot partition and the probes of the partitions after it; the boot
        // files read what is kept.
        QVERIFY2(image->head->passes() <= 2, qPrintable(QString::number(image->head->passes())));
    }

    void bmapGivesTheDataBytes() {
        const QString bmap = kFactsDemo.chopped(4) + QStringLiteral(".bmap");
        const QString xml = QString::fromUtf8(read(bmap));
        const auto count =
            QRegularExpression(QStringLiteral("<MappedBlocksCount>\\s*(\\d+)")).match(xml);
        const auto block = QRegularExpression(QStringLiteral("<BlockSize>\\s*(\\d+)")).match(xml);
        QVERIFY(count.hasMatch() && block.hasMatch());
        auto f = factsOf(file(QStringLiteral(".xz")), {.bmapPath = bmap.toStdString()});
        QVERIFY(f.ok());
        QCOMPARE(f->dataBytesFrom, std::string("bmap"));
        QCOMPARE(f->dataBytes.value_or(0),
                 count.captured(1).toULongLong() * block.captured(1).toULongLong());
    }

    void downloadInProgressGivesItsHead_data() {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<qint64>("tail");
        QTest::newRow("raw") << QString() << qint64(4 << 20);
        QTest::newRow("gz") << QStringLiteral(".gz") << qint64(16);
        QTest::newRow("xz") << QStringLiteral(".xz") << qint64(64);
        QTest::newRow("zst") << QStringLiteral(".zst") << qint64(16);
    }

    void downloadInProgressGivesItsHead() {
        QFETCH(QString, suffix);
        QFETCH(qint64, tail);
        const QString part = kDir + QStringLiteral("/download.part");
        QFile::remove(part);
        QVERIFY(write(part, {}));
        const int fd = platform::openFile(part.toStdString(), platform::kRead);
        QVERIFY(fd >= 0);
        auto growing = std::make_shared<flasher::GrowingFile>(fd);
        growing->setExpectedSize(static_cast<std::uint64_t>(QFileInfo(file(suffix)).size()));
        std::atomic<bool> release = false;
        std::atomic<bool> tailWritten = false;
        std::thread writer([&] { feed(file(suffix), part, *growing, tail, release, tailWritten); });
        auto image = flasher::openImage("http://example/facts.img" + suffix.toStdString(), growing);
        Result<ImageFacts> f = Error("test.not_opened");
        if (image) {
            f = flasher::readImageFacts(*image);
        }
        const bool beforeTheEnd = !tailWritten;
        release = true;
        writer.join();
        QVERIFY(image.ok());
        QVERIFY(f.ok());
        QVERIFY2(beforeTheEnd, "the facts waited for the whole download");
        compareWithRaw(*f);
        QVERIFY(!f->dataBytes);
    }

    void directory() {
        const QString dir = kDir + QStringLiteral("/boot-dir");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(write(dir + QStringLiteral("/os-release"),
                      "ID=balena-os\nVERSION_ID=\"6.0.1\"\nVARIANT_ID=dev\n"));
        QVERIFY(write(dir + QStringLiteral("/config.json"), "{\"hostname\": \"dir\"}"));
        auto f = factsOf(dir);
        QVERIFY(f.ok());
        QCOMPARE(f->kind, flasher::ImageKind::Directory);
        QVERIFY(f->partitions.empty() && !f->table);
        QCOMPARE(f->boot->reason, std::string("directory"));
        QCOMPARE(f->boot->osVersion.value_or(""), std::string("6.0.1"));
        QVERIFY(f->boot->development); // os-release's variant
        QVERIFY(!f->boot->config.developmentMode);
        QCOMPARE(f->boot->config.hostname.value_or(""), std::string("dir"));
        QVERIFY(!f->boot->deviceType);
    }

    void errorsAreCodes() {
        auto missing = factsOf(kDir + QStringLiteral("/nothing.img"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, std::string("disk.open_failed"));
        QCOMPARE(missing.error().arg("reason"), std::string("disk.no_such_file"));
        // A .gz cut short: its partition table (the MBR's extended chain) or its boot
        // partition cannot be decoded.
        const QByteArray gz = read(file(QStringLiteral(".gz")));
        const QString cut = kDir + QStringLiteral("/cut.img.gz");
        QVERIFY(write(cut, gz.left(gz.size() / 50)));
        auto f = factsOf(cut);
        const auto code = !f                    ? f.error().code
                          : f->problems.empty() ? std::string()
                                                : f->problems.front().code;
        QCOMPARE(code, std::string("source.truncated"));
        QVERIFY(!f || !f->boot);
    }
};

QTEST_GUILESS_MAIN(TestImageFacts)
#include "tst_imagefacts.moc"
