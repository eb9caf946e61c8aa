// PartitionTable and BootPartition on every layout of the image-layout reference, made by
// sfdisk / mkfs.fat / mkfs.ext4; and the `imprint inspect` / `imprint fs` commands on them.
// Writes are judged by mtools (img@@offset) and fsck.fat, and nothing outside the boot
// partition may change.
#include "core/disk/blockdevice.h"
#include "core/disk/bootpartition.h"
#include "core/disk/partitiontable.h"
#include "tests/core/disk/diskfixture.h"
#include "tests/support/clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace imprint;
using namespace imprint::disk;
using namespace imprint::test;

namespace {

const QString kGptData = QStringLiteral("EBD0A0A2-B9E5-4433-87C0-68B6B72699C7");
const QString kGptLinux = QStringLiteral("0FC63DAF-8483-4772-8E47-7D3DE4734709");

// Partition i (0-based in sfdisk's JSON order) start and size in sectors.
QPair<qint64, qint64> part(const QString& img, int i) {
    const auto r = tool("sfdisk", {"--json", img});
    const auto parts = QJsonDocument::fromJson(r.out)["partitiontable"]["partitions"].toArray();
    const auto p = parts.at(i).toObject();
    return {p["start"].toInteger(), p["size"].toInteger()};
}

bool mkfat(const QString& img, qint64 startSector, qint64 sectors, const QString& label,
           int bits = 16, int sector = 512, int deviceSector = 512) {
    QStringList args{"-F",       QString::number(bits),
                     "-S",       QString::number(sector),
                     "--offset", QString::number(startSector * deviceSector / sector)};
    if (!label.isEmpty()) {
        args << "-n" << label;
    }
    if (sector == 4096) {
        args << "-s"
             << "1"; // enough clusters for FAT16 in a small partition
    }
    args << img << QString::number(sectors * deviceSector / 1024);
    return tool("mkfs.fat", args).exitCode == 0;
}

bool mkext4(const QString& img, qint64 startSector, qint64 sectors, const QString& label) {
    return tool("mkfs.ext4",
                {"-q", "-F", "-L", label, "-E", "offset=" + QString::number(startSector * 512), img,
                 QString::number(sectors / 2) + "k"})
               .exitCode == 0;
}

bool sfdisk(const QString& img, const QByteArray& script) {
    return tool("sfdisk", {"--quiet", img}, script).exitCode == 0;
}

QByteArray outside(const QString& img, qint64 start, qint64 size) {
    QByteArray all = readAll(img);
    all.remove(start, size);
    return QCryptographicHash::hash(all, QCryptographicHash::Sha256);
}

// `imprint` with extra environment (the launcher's switches).
CliRun runWith(const QStringList& env, const QStringList& arguments, const QByteArray& input = {}) {
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : env) {
        e.insert(kv.section('=', 0, 0), kv.section('=', 1));
    }
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(IMPRINT_BIN_DIR "/imprint"), arguments);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestBootPartition : public QObject {
    Q_OBJECT
    QTemporaryDir tmp;

    // The balenaOS MBR layout: boot, rootA, rootB, extended { state, data }.
    QString mbrImage(const QString& name, bool label = true) {
        const QString img = tmp.filePath(name);
        QFile::remove(img);
        sh("truncate -s 64M " + img);
        if (!sfdisk(img, "label: dos\n"
                         "start=8192, size=40960, type=e, bootable\n"
                         "start=49152, size=16384, type=83\n"
                         "start=65536, size=16384, type=83\n"
                         "start=81920, type=5\n"
                         "start=86016, size=16384, type=83\n"
                         "start=106496, type=83\n")) {
            return {};
        }
        mkfat(img, 8192, 40960, label ? QStringLiteral("resin-boot") : QString());
        mkext4(img, 49152, 16384, "resin-rootA");
        mkext4(img, 86016, 16384, "resin-state");
        mkext4(img, 106496, part(img, 5).second, "resin-data");
        return img;
    }

private slots:
    void mbrWithLogicalPartitions() {
        const QString img = mbrImage("mbr.img");
        QVERIFY(!img.isEmpty());
        auto device = FileDevice::open(img.toStdString(), false);
        QVERIFY(device.ok());
        auto table = PartitionTable::read(**device);
        QVERIFY(table.ok());
        QCOMPARE(table->kind(), std::string("dos"));
        QCOMPARE(table->partitions().size(), std::size_t{6});
        const int numbers[] = {1, 2, 3, 4, 5, 6};
        for (std::size_t i = 0; i < 6; ++i) {
            const auto& p = table->partitions()[i];
            QCOMPARE(p.number, numbers[i]);
            const auto [start, size] = part(img, static_cast<int>(i));
            QCOMPARE(p.start, static_cast<std::uint64_t>(start) * 512);
            QCOMPARE(p.size, static_cast<std::uint64_t>(size) * 512);
            QCOMPARE(p.logical, i >= 4);
            QCOMPARE(p.container, i == 3);
            QVERIFY(!p.beyondEnd);
        }
        QVERIFY(table->partitions()[0].bootable);
        QCOMPARE(table->partitions()[0].type, std::string("0e"));
        QVERIFY(table->checkEditable().ok());
        auto where = locateBootPartition(**device, *table);
        QVERIFY(where.ok());
        QCOMPARE(where->number, 1);
        QCOMPARE(where->reason, std::string("label"));

        // The command line says the same.
        const auto r = runImprint({"inspect", img, "--json"});
        QCOMPARE(r.exitCode, 0);
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc["table"]["type"].toString(), QStringLiteral("dos"));
        const auto parts = doc["partitions"].toArray();
        QCOMPARE(parts.size(), 6);
        QCOMPARE(parts[4]["label"].toString(), QStringLiteral("resin-state"));
        QCOMPARE(parts[4]["filesystem"].toString(), QStringLiteral("ext4"));
        QCOMPARE(parts[4]["logical"].toBool(), true);
        QCOMPARE(parts[0]["fatType"].toString(), QStringLiteral("FAT16"));
        QCOMPARE(doc["boot"]["partition"].toInt(), 1);
        QCOMPARE(doc["boot"]["reason"].toString(), QStringLiteral("label"));
        const auto text = runImprint({"inspect", img});
        QVERIFY2(text.out.contains("resin-data") && text.out.contains("Boot partition: 1"),
                 qPrintable(text.out));
    }

    void putThroughTheCommandLine() {
        const QString img = mbrImage("cli.img");
        const qint64 bootStart = 8192 * 512;
        const qint64 bootSize = 40960 * 512;
        const QByteArray before = outside(img, bootStart, bootSize);
        const QByteArray config = "{\"hostname\":\"from-stdin\"}";
        QCOMPARE(runImprint({"fs", "put", img, "/config.json"}, config).exitCode, 0);
        const QString local = tmp.filePath("device-type.json");
        QVERIFY(writeAll(local, "{\"slug\":\"raspberrypi4-64\"}"));
        QCOMPARE(runImprint({"fs", "put", img, "/device-type.json", local}).exitCode, 0);
        QCOMPARE(runImprint({"fs", "put", img, "/os-release", "-"},
                            "ID=balena-os\nMETA_BALENA_VERSION=\"5.1.20\"\n")
                     .exitCode,
                 0);
        QCOMPARE(runImprint({"fs", "mkdir", img, "/system-connections/deep"}).exitCode, 0);
        QCOMPARE(runImprint({"fs", "put", img, "/system-connections/My WiFi", local}).exitCode, 0);
        QCOMPARE(runImprint({"fs", "rm", img, "/system-connections/deep"}).exitCode, 0);
        // The judges: mtools at the partition's offset, fsck.fat on the partition, and not a
        // byte changed outside it.
        const QString at = mtoolsImage(img, bootStart);
        QCOMPARE(mtype(at, "/config.json"), config);
        QCOMPARE(mtype(at, "/system-connections/My WiFi"), readAll(local));
        QVERIFY(tool("mdir", {"-i", at, "::/system-connections/deep"}).exitCode != 0);
        const auto check = fsck(img, bootStart, bootSize);
        QVERIFY2(check.exitCode == 0 && check.out.trimmed().split('\n').size() <= 2,
                 check.out.constData());
        QCOMPARE(outside(img, bootStart, bootSize), before);
        // Reading back.
        auto cat = runImprint({"fs", "cat", img, "/config.json"});
        QCOMPARE(cat.exitCode, 0);
        QCOMPARE(cat.out.toUtf8(), config);
        auto ls = runImprint({"fs", "ls", img, "/", "--json"});
        QCOMPARE(ls.exitCode, 0);
        QStringList names;
        for (const auto& v : QJsonDocument::fromJson(ls.out.toUtf8()).array()) {
            names << v.toObject()["name"].toString();
        }
        QVERIFY2(names.contains("config.json") && names.contains("system-connections"),
                 qPrintable(names.join(',')));
        const auto inspect =
            QJsonDocument::fromJson(runImprint({"inspect", img, "--json"}).out.toUtf8());
        QCOMPARE(inspect["boot"]["osVersion"].toString(), QStringLiteral("5.1.20"));
        QCOMPARE(inspect["boot"]["deviceType"].toString(), QStringLiteral("raspberrypi4-64"));

        // Failures change nothing and say why, with the contract's exit codes.
        const QByteArray hash = fileHash(img);
        QCOMPARE(runImprint({"fs", "cat", img, "/missing"}).exitCode, 1);
        QCOMPARE(runImprint({"fs", "put", img, "/bad:name", local}).exitCode, 2);
        QCOMPARE(runImprint({"fs", "rm", img, "/system-connections"}).exitCode, 1);
        QCOMPARE(runImprint({"fs", "put", img, "/x", local, "--partition", "2"}).exitCode, 1);
        QCOMPARE(runImprint({"fs", "put", img, "/x", local, "--partition", "9"}).exitCode, 2);
        QCOMPARE(runImprint({"fs", "frobnicate", img, "/x"}).exitCode, 2);
        const auto full = runImprint({"fs", "put", img, "/huge"}, QByteArray(30 << 20, 'h'));
        QCOMPARE(full.exitCode, 1);
        QVERIFY(full.err.contains("space"));
        QCOMPARE(fileHash(img), hash);
        // --partition N reads another FAT partition; ext4 is refused as not FAT.
        QCOMPARE(runImprint({"fs", "ls", img, "--partition", "1"}).exitCode, 0);
    }

    // `imprint` does the wordless fs edits without Qt and hands everything else, failures
    // included, to imprint-qt: the same results, the same messages, stdin passed on.
    void fastPathWithoutQt() {
        const QString program = QStringLiteral(IMPRINT_BIN_DIR "/imprint");
        const auto dynamic = tool("readelf", {"-d", program});
        QCOMPARE(dynamic.exitCode, 0);
        QVERIFY2(!dynamic.out.contains("libQt6"), dynamic.out.constData());

        const QString img = mbrImage("fast.img");
        const QString at = mtoolsImage(img, 8192 * 512);
        const QStringList noQt{"IMPRINT_QT_PROGRAM=/nonexistent/imprint-qt"};
        // Done without the full program: it does not even exist here.
        QCOMPARE(runWith(noQt, {"fs", "put", img, "/config.json"}, "{\"fast\":1}").exitCode, 0);
        QCOMPARE(runWith(noQt, {"fs", "mkdir", img, "/a/b"}).exitCode, 0);
        QCOMPARE(
            runWith(noQt, {"fs", "put", img, "/a/b/c.txt", "-", "--partition", "1"}, "c").exitCode,
            0);
        QCOMPARE(runWith(noQt, {"fs", "cat", img, "/config.json"}).out,
                 QStringLiteral("{\"fast\":1}"));
        QCOMPARE(runWith(noQt, {"fs", "rm", img, "/a/b/c.txt"}).exitCode, 0);
        // A LOCAL file that is a pipe is read to its end, not by the size it tells (none).
        QCOMPARE(runWith(noQt, {"fs", "put", img, "/piped.txt", "/dev/stdin"}, "piped").exitCode,
                 0);
        QCOMPARE(mtype(at, "/piped.txt"), QByteArray("piped"));
        QCOMPARE(mtype(at, "/config.json"), QByteArray("{\"fast\":1}"));
        QVERIFY(tool("mdir", {"-i", at, "::/a/b"}).exitCode == 0);
        QVERIFY(tool("mtype", {"-i", at, "::/a/b/c.txt"}).exitCode != 0);
        const auto check = fsck(img, 8192 * 512, 40960 * 512);
        QVERIFY2(check.exitCode == 0 && check.out.trimmed().split('\n').size() <= 2,
                 check.out.constData());
        // What needs words goes to the full program.
        const auto listing = runWith(noQt, {"fs", "ls", img});
        QCOMPARE(listing.exitCode, 1);
        QVERIFY2(listing.err.contains("/nonexistent/imprint-qt"), qPrintable(listing.err));

        // A refusal: the same exit code and message as the full program alone, nothing changed.
        const QByteArray hash = fileHash(img);
        for (const QStringList& args :
             {QStringList{"fs", "put", img, "/bad:name", "-"},
              QStringList{"fs", "cat", img, "/nope"}, QStringList{"fs", "rm", img, "/a"},
              QStringList{"fs", "put", img, "/x", "-", "--partition", "2"}}) {
            const auto fast = runWith({}, args, "data");
            const auto full = runWith({"IMPRINT_NO_FAST_PATH=1"}, args, "data");
            QVERIFY2(fast.exitCode != 0 && !fast.err.isEmpty(), qPrintable(args.join(' ')));
            QCOMPARE(fast.exitCode, full.exitCode);
            QCOMPARE(fast.err, full.err);
            QCOMPARE(fast.out, full.out);
        }
        QCOMPARE(fileHash(img), hash);

        // Declined after stdin was read (a warning to print): imprint-qt gets the same bytes.
        const QString bare = tmp.filePath("fast-bare.img");
        sh("truncate -s 64M " + bare);
        QVERIFY(sfdisk(bare, "label: dos\nstart=2048, size=20480, type=e\n"));
        QVERIFY(mkfat(bare, 2048, 20480, QString()));
        const QByteArray content(70000, 's');
        const auto guessed = runWith({}, {"fs", "put", bare, "/config.json"}, content);
        QCOMPARE(guessed.exitCode, 0);
        QVERIFY(guessed.err.contains("partition 1"));
        QCOMPARE(mtype(mtoolsImage(bare, 2048 * 512), "/config.json"), content);
    }

    void gptNamesAndTypes() {
        const QString img = tmp.filePath("gpt.img");
        sh("truncate -s 64M " + img);
        QVERIFY(sfdisk(img, "label: gpt\n"
                            "start=8192, size=40960, type=" +
                                kGptData.toLatin1() +
                                ", name=resin-boot\n"
                                "size=16384, type=" +
                                kGptLinux.toLatin1() +
                                ", name=resin-rootA\n"
                                "size=16384, type=" +
                                kGptLinux.toLatin1() +
                                ", name=resin-rootB\n"
                                "size=20480, type=" +
                                kGptLinux.toLatin1() +
                                ", name=resin-state\n"
                                "type=" +
                                kGptLinux.toLatin1() + ", name=resin-data\n"));
        QVERIFY(mkfat(img, 8192, 40960, QString())); // no label: the GPT name decides
        auto device = FileDevice::open(img.toStdString(), true);
        auto table = PartitionTable::read(**device);
        QVERIFY(table.ok());
        QCOMPARE(table->kind(), std::string("gpt"));
        QCOMPARE(table->partitions().size(), std::size_t{5});
        QCOMPARE(table->partitions()[3].name, std::string("resin-state"));
        QCOMPARE(QString::fromStdString(table->partitions()[0].type).toUpper(), kGptData);
        QCOMPARE(QString::fromStdString(table->partitions()[1].type).toUpper(), kGptLinux);
        QCOMPARE(table->partitions()[4].number, 5);
        auto boot = openBootPartition(std::unique_ptr<BlockDevice>(std::move(device).value()),
                                      BootOpenOptions{true, std::nullopt, false});
        QVERIFY(boot.ok());
        QCOMPARE((*boot)->location().reason, std::string("name"));
        QVERIFY((*boot)->writeFile("/config.json", bytesOf("{}")).ok());
        QCOMPARE(mtype(mtoolsImage(img, 8192 * 512), "/config.json"), QByteArray("{}"));
    }

    void gptWith4096ByteSectors() {
        const QString img = tmp.filePath("gpt4k.img");
        sh("truncate -s 64M " + img);
        const auto attach = tool("losetup", {"-f", "--show", "--sector-size", "4096", img});
        if (attach.exitCode != 0) {
            QSKIP("no loop devices here");
        }
        const QString dev = QString::fromUtf8(attach.out.trimmed());
        const bool made =
            sfdisk(dev, "label: gpt\nstart=256, size=8192, type=" + kGptData.toLatin1() +
                            ", name=resin-boot\n");
        sh("sync");
        tool("losetup", {"-d", dev});
        QVERIFY(made);
        QVERIFY(mkfat(img, 256, 8192, "resin-boot", 16, 4096, 4096));
        // From the image file, which reports 512-byte sectors: found at 4096 all the same.
        auto device = FileDevice::open(img.toStdString(), true);
        auto table = PartitionTable::read(**device);
        QVERIFY(table.ok());
        QCOMPARE(table->sectorSize(), 4096u);
        QCOMPARE(table->partitions()[0].start, 256u * 4096u);
        auto boot = openBootPartition(std::unique_ptr<BlockDevice>(std::move(device).value()),
                                      BootOpenOptions{true, std::nullopt, false});
        QVERIFY(boot.ok());
        QVERIFY((*boot)->writeFile("/config.json", bytesOf("{\"a\":1}")).ok());
        QCOMPARE(mtype(mtoolsImage(img, 256 * 4096), "/config.json"), QByteArray("{\"a\":1}"));
        // And through the loop device, which reports 4096-byte sectors itself.
        const auto again = tool("losetup", {"-f", "--show", "--sector-size", "4096", img});
        QCOMPARE(again.exitCode, 0);
        const QString dev2 = QString::fromUtf8(again.out.trimmed());
        auto viaLoop = FileDevice::open(dev2.toStdString(), false);
        const bool opened = viaLoop.ok();
        std::optional<PartitionTable> loopTable;
        if (opened) {
            if (auto t = PartitionTable::read(**viaLoop)) {
                loopTable = *t;
            }
        }
        viaLoop = Error("closed");
        tool("losetup", {"-d", dev2});
        QVERIFY(opened && loopTable);
        QCOMPARE(loopTable->sectorSize(), 4096u);
        QCOMPARE(loopTable->partitions()[0].name, std::string("resin-boot"));
    }

    void bootNotFirst() {
        const QString img = tmp.filePath("notfirst.img");
        sh("truncate -s 64M " + img);
        QVERIFY(sfdisk(img, "label: dos\nstart=2048, size=8192, type=da\n"
                            "start=16384, size=40960, type=c\n"));
        QVERIFY(mkfat(img, 16384, 40960, "resin-boot", 32));
        auto boot = openBootPartition(img.toStdString(), BootOpenOptions{});
        QVERIFY(boot.ok());
        QCOMPARE((*boot)->location().number, 2);
        QCOMPARE((*boot)->location().reason, std::string("label"));
    }

    void noLabelButDeviceTypeJson() {
        const QString img = tmp.filePath("devtype.img");
        sh("truncate -s 64M " + img);
        QVERIFY(sfdisk(img, "label: dos\nstart=2048, size=20480, type=e\n"
                            "start=22528, size=20480, type=e\n"
                            "start=43008, size=20480, type=e\n"));
        QVERIFY(mkfat(img, 2048, 20480, QString()));
        QVERIFY(mkfat(img, 22528, 20480, QString()));
        QVERIFY(mkfat(img, 43008, 20480, QString()));
        const QString local = tmp.filePath("dt.json");
        QVERIFY(writeAll(local, "{\"slug\":\"genericx86-64\"}"));
        for (const qint64 start : {22528, 43008}) {
            QCOMPARE(
                tool("mcopy", {"-i", mtoolsImage(img, start * 512), local, "::/device-type.json"})
                    .exitCode,
                0);
        }
        auto boot = openBootPartition(img.toStdString(), BootOpenOptions{});
        QVERIFY(boot.ok());
        QCOMPARE((*boot)->location().number, 2);
        QCOMPARE((*boot)->location().reason, std::string("device-type.json"));
        QVERIFY(!(*boot)->location().isGuess());

        // Nothing to go by: partition 1, with a warning.
        const QString bare = tmp.filePath("bare.img");
        sh("truncate -s 64M " + bare);
        QVERIFY(sfdisk(bare, "label: dos\nstart=2048, size=20480, type=e\n"));
        QVERIFY(mkfat(bare, 2048, 20480, QString()));
        auto guess = openBootPartition(bare.toStdString(), BootOpenOptions{});
        QVERIFY(guess.ok());
        QCOMPARE((*guess)->location().number, 1);
        QVERIFY((*guess)->location().isGuess());
        const auto r = runImprint({"fs", "ls", bare});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("partition 1"));
    }

    void partitionPastTheEndBlocksEdits() {
        const QString img = mbrImage("truncated.img");
        sh("truncate -s 60M " + img); // cuts partition 6 (and the extended one) short
        const QByteArray hash = fileHash(img);
        auto device = FileDevice::open(img.toStdString(), true);
        auto table = PartitionTable::read(**device);
        QVERIFY(table.ok());
        QVERIFY(table->firstBeyondEnd() != nullptr);
        QCOMPARE(table->checkEditable().error().code, std::string("partition.beyond_end"));
        auto boot = openBootPartition(std::unique_ptr<BlockDevice>(std::move(device).value()),
                                      BootOpenOptions{true, std::nullopt, false});
        QVERIFY(boot.ok()); // still readable
        QVERIFY((*boot)->list("/").ok());
        QCOMPARE((*boot)->writeFile("/config.json", bytesOf("{}")).error().code,
                 std::string("partition.beyond_end"));
        QCOMPARE((*boot)->makeDirectory("/x").error().code, std::string("partition.beyond_end"));
        QCOMPARE((*boot)->remove("/x").error().code, std::string("partition.beyond_end"));
        boot = Error("closed");
        const auto put = runImprint({"fs", "put", img, "/config.json"}, "{}");
        QCOMPARE(put.exitCode, 4);
        QVERIFY(put.err.contains("past the end"));
        const auto inspect = runImprint({"inspect", img, "--json"});
        QCOMPARE(inspect.exitCode, 0);
        const auto doc = QJsonDocument::fromJson(inspect.out.toUtf8());
        QCOMPARE(doc["problems"][0]["code"].toString(), QStringLiteral("partition.beyond_end"));
        QCOMPARE(fileHash(img), hash);
    }

    void loopDevices() {
        // A real block device: the image behind a loop device, edited through /dev/loopN.
        const QString img = mbrImage("loop.img");
        const auto attach = tool("losetup", {"-f", "--show", img});
        if (attach.exitCode != 0) {
            QSKIP("no loop devices here");
        }
        const QString dev = QString::fromUtf8(attach.out.trimmed());
        const auto put = runImprint({"fs", "put", dev, "/config.json"}, "{\"via\":\"loop\"}");
        const auto inspect = runImprint({"inspect", dev, "--json"});
        tool("losetup", {"-d", dev});
        QVERIFY2(put.exitCode == 0, qPrintable(put.err));
        QCOMPARE(mtype(mtoolsImage(img, 8192 * 512), "/config.json"),
                 QByteArray("{\"via\":\"loop\"}"));
        QCOMPARE(QJsonDocument::fromJson(inspect.out.toUtf8())["kind"].toString(),
                 QStringLiteral("block-device"));

        // A drive with a mounted filesystem is refused (exit 4) and left as it was.
        const QString ext = tmp.filePath("mounted.img");
        sh("truncate -s 32M " + ext + " && mkfs.ext4 -q -F " + ext);
        const QByteArray hash = fileHash(ext);
        const auto attach2 = tool("losetup", {"-f", "--show", ext});
        QCOMPARE(attach2.exitCode, 0);
        const QString dev2 = QString::fromUtf8(attach2.out.trimmed());
        QTemporaryDir mnt;
        // Read-only and without the journal, so the kernel itself writes nothing.
        const bool mounted = tool("mount", {"-o", "ro,noload", dev2, mnt.path()}).exitCode == 0;
        const auto refused = runImprint({"fs", "put", dev2, "/config.json"}, "{}");
        if (mounted) {
            tool("umount", {mnt.path()});
        }
        tool("losetup", {"-d", dev2});
        if (!mounted) {
            QSKIP("cannot mount ext4 here");
        }
        QCOMPARE(refused.exitCode, 4);
        QVERIFY(!refused.err.isEmpty());
        QCOMPARE(fileHash(ext), hash);
    }

    void mountedDirectory() {
        QTemporaryDir dir;
        auto boot = openBootPartition(dir.path().toStdString(), BootOpenOptions{true, {}, true});
        QVERIFY(boot.ok());
        QCOMPARE((*boot)->location().reason, std::string("directory"));
        QVERIFY((*boot)->makeDirectory("/system-connections/a").ok());
        QVERIFY((*boot)->writeFile("/config.json", bytesOf("{\"x\":1}")).ok());
        QVERIFY((*boot)->writeFile("/config.json", bytesOf("{\"x\":2}")).ok());
        QCOMPARE(readAll(dir.filePath("config.json")), QByteArray("{\"x\":2}"));
        QCOMPARE(qbytes(*(*boot)->readFile("config.json")), QByteArray("{\"x\":2}"));
        QVERIFY(*(*boot)->exists("/system-connections/a"));
        QCOMPARE((*boot)->remove("/system-connections").error().code,
                 std::string("fat.directory_not_empty"));
        QCOMPARE((*boot)->readFile("/nope").error().code, std::string("fat.not_found"));
        QCOMPARE((*boot)->readFile("/../etc/passwd").error().code, std::string("fat.invalid_name"));
        QVERIFY((*boot)->freeSpace().ok());
        // The same through the command line.
        QCOMPARE(
            runImprint({"fs", "put", dir.path(), "/os-release"}, "VERSION_ID=6.0.1\n").exitCode, 0);
        const auto inspect =
            QJsonDocument::fromJson(runImprint({"inspect", dir.path(), "--json"}).out.toUtf8());
        QCOMPARE(inspect["kind"].toString(), QStringLiteral("directory"));
        QCOMPARE(inspect["boot"]["osVersion"].toString(), QStringLiteral("6.0.1"));
        QDir(dir.path()).entryList(QDir::Hidden | QDir::Files).filter(".imprint-").isEmpty();
        QVERIFY(QDir(dir.path()).entryList({".imprint-*"}, QDir::Hidden | QDir::Files).isEmpty());
    }

    void overlayLeavesImageAndListsChanges() {
        const QString img = mbrImage("overlay.img");
        const QByteArray hash = fileHash(img);
        auto base = FileDevice::open(img.toStdString(), false);
        QVERIFY(base.ok());
        auto overlay = std::make_unique<Overlay>(**base);
        Overlay* raw = overlay.get();
        auto boot = openBootPartition(std::move(overlay), BootOpenOptions{true, {}, false});
        QVERIFY(boot.ok());
        QVERIFY((*boot)->writeFile("/config.json", bytesOf("{\"overlay\":true}")).ok());
        QCOMPARE(fileHash(img), hash);
        // Applying the listed changes to a copy gives an image mtools reads the file from.
        QByteArray copy = readAll(img);
        for (const auto& c : raw->changes()) {
            copy.replace(static_cast<qsizetype>(c.offset), static_cast<qsizetype>(c.bytes.size()),
                         qbytes(c.bytes));
        }
        const QString applied = tmp.filePath("applied.img");
        QVERIFY(writeAll(applied, copy));
        QCOMPARE(mtype(mtoolsImage(applied, 8192 * 512), "/config.json"),
                 QByteArray("{\"overlay\":true}"));
        QVERIFY(raw->changedSectorCount() < 16); // only what changed: data, 2 FATs, directory
    }
};

QTEST_GUILESS_MAIN(TestBootPartition)
#include "tst_bootpartition.moc"
