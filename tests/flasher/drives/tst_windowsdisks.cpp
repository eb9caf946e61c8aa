// Windows' answers about its disks, read from buffers built here byte by byte after Microsoft's
// documented layouts (STORAGE_DEVICE_DESCRIPTOR, DISK_GEOMETRY_EX, VOLUME_DISK_EXTENTS,
// STORAGE_DEVICE_NUMBER), including truncated and lying ones; and the Drives made of a whole
// machine's answers, judged by the same safety verdict as lsblk's. Runs everywhere.
#include "flasher/drives/safety.h"
#include "flasher/drives/windowsdisks.h"
#include "tests/flasher/drives/diskbuffers.h"

#include <QTest>

#include <algorithm>

using namespace imprint::flasher;
using namespace imprint::flasher::windisks;
namespace platform = imprint::platform;
using namespace diskbuffers;

namespace {

std::vector<std::uint8_t> cut(std::vector<std::uint8_t> bytes, std::size_t length) {
    bytes.resize(length);
    return bytes;
}

template <typename T>
bool badAnswer(const imprint::Result<T>& r) {
    return !r.ok() && r.error().code == "drives.bad_disk_answer";
}

platform::DiskAnswers disk(std::uint32_t n, const Device& d, std::vector<std::uint8_t> geo) {
    return {"\\\\?\\usbstor#disk" + std::to_string(n), deviceNumber(n), descriptor(d),
            std::move(geo), false};
}

platform::VolumeAnswers volume(const std::string& guid, std::vector<std::string> paths,
                               std::string fs, std::vector<DiskExtent> on) {
    return {"\\\\?\\Volume{" + guid + "}\\", std::move(paths), std::move(fs), "", extents(on), {}};
}

// A laptop: Windows on an NVMe disk, a page file on a SATA disk, a USB stick with a mounted
// FAT32 boot partition, an empty SD card reader, and a disk whose answer lies.
platform::SystemAnswers laptop() {
    platform::SystemAnswers a;
    a.windowsFolder = "C:\\Windows";
    a.disks.push_back(disk(1, {"SanDisk ", "Ultra Fit       ", "1.00", "4C530001", 7, true},
                           geometry(30'752'636'928ULL)));
    a.disks.push_back(disk(0, {"", "Samsung SSD 980 PRO 1TB", "5B2QGXA7", "S5GXNF0R", 17, false},
                           geometry(1'000'204'886'016ULL, 512, 12)));
    a.disks.push_back(disk(2, {"Generic-", "SD/MMC", "1.00", "", 12, true}, {}));
    a.disks.push_back(disk(4, {"ATA", "ST2000DM008", "", "ZFL1", 11, false},
                           geometry(2'000'398'934'016ULL, 4096, 12)));
    auto lying = disk(3, {"X", "Y", "", "", 7, true}, geometry(1 << 30));
    lying.descriptor[16] = 0xF0; // ProductIdOffset far past the end
    a.disks.push_back(lying);
    a.volumes.push_back(volume("efi", {}, "FAT32", {{0, 1 << 20, 100 << 20}}));
    a.volumes.push_back(volume("c", {"C:\\"}, "NTFS", {{0, 101 << 20, 900'000'000'000ULL}}));
    a.volumes.push_back(volume("e", {"E:\\"}, "FAT32", {{1, 4 << 20, 40 << 20}}));
    a.volumes.back().label = "resin-boot";
    a.volumes.push_back(volume("d", {"D:\\", "C:\\data\\"}, "NTFS", {{4, 1 << 20, 1ULL << 40}}));
    a.volumes.back().systemFiles = {"D:\\pagefile.sys"};
    a.volumes.push_back(volume("network", {"N:\\"}, "NTFS", {}));
    a.volumes.back().extents.clear(); // the call failed: on no disk known
    return a;
}

const Drive& byPath(const std::vector<Drive>& drives, const std::string& path) {
    for (const auto& d : drives) {
        if (d.path == path) {
            return d;
        }
    }
    qFatal("no %s", path.c_str());
}

std::vector<std::string> codes(const DriveVerdict& v, Concern c) {
    std::vector<std::string> out;
    for (const auto& e : v.reasons(c)) {
        out.push_back(e.code);
    }
    return out;
}

} // namespace

class TestWindowsDisks : public QObject {
    Q_OBJECT
private slots:
    void readsTheDescriptor() {
        const auto d = parseStorageDeviceDescriptor(
            descriptor({"SanDisk ", "Ultra Fit       ", "1.00", " 4C530001 ", 7, true}));
        QVERIFY(d.ok());
        QCOMPARE(d->vendor, std::string("SanDisk")); // padding trimmed
        QCOMPARE(d->product, std::string("Ultra Fit"));
        QCOMPARE(d->revision, std::string("1.00"));
        QCOMPARE(d->serial, std::string("4C530001"));
        QCOMPARE(d->busType, 7u);
        QVERIFY(d->removable);
    }

    void offsetZeroIsNoString() {
        const auto d = parseStorageDeviceDescriptor(descriptor({"", "Disk", "", "", 11, false}));
        QVERIFY(d.ok());
        QCOMPARE(d->vendor, std::string());
        QCOMPARE(d->product, std::string("Disk"));
        QCOMPARE(d->serial, std::string());
        QVERIFY(!d->removable);
    }

    void busTypesAreLsblkWords() {
        QCOMPARE(busName(7), std::string("usb"));
        QCOMPARE(busName(11), std::string("sata"));
        QCOMPARE(busName(12), std::string("mmc")); // BusTypeSd
        QCOMPARE(busName(13), std::string("mmc")); // BusTypeMmc
        QCOMPARE(busName(17), std::string("nvme"));
        QCOMPARE(busName(0), std::string());
        QCOMPARE(busName(0x7FFFFFFF), std::string());
    }

    // Every prefix of a descriptor either reads as the strings it still holds whole, or fails:
    // never a read past its end (the sanitizer build would see one).
    void truncatedDescriptorsFail() {
        const auto whole = descriptor({"Vendor", "Product", "1.0", "SERIAL", 7, true});
        for (std::size_t n = 0; n < whole.size(); ++n) {
            const auto r = parseStorageDeviceDescriptor(cut(whole, n));
            QVERIFY2(badAnswer(r), qPrintable(QString::number(n)));
        }
        QVERIFY(parseStorageDeviceDescriptor(whole).ok());
    }

    void lyingDescriptorsFail() {
        auto past = descriptor({"Vendor", "Product", "", "", 7, true});
        past[12] = 0xFF; // VendorIdOffset 0x..FF: past the end
        QVERIFY(badAnswer(parseStorageDeviceDescriptor(past)));
        auto header = descriptor({"Vendor", "", "", "", 7, true});
        header[12] = 8; // a string inside the fixed fields
        QVERIFY(badAnswer(parseStorageDeviceDescriptor(header)));
        auto unterminated = descriptor({"", "", "", "SERIAL", 7, true});
        unterminated.back() = 'X'; // the serial's NUL overwritten: it runs off the end
        QVERIFY(badAnswer(parseStorageDeviceDescriptor(unterminated)));
        auto small = descriptor({"Vendor", "", "", "", 7, true});
        small[4] = 20; // Size smaller than the fixed fields
        small[5] = small[6] = small[7] = 0;
        QVERIFY(badAnswer(parseStorageDeviceDescriptor(small)));
        auto shorter = descriptor({"Vendor", "", "", "", 7, true});
        shorter[4] = 42; // Size ends inside the vendor string
        QVERIFY(badAnswer(parseStorageDeviceDescriptor(shorter)));
        // Size beyond the buffer (a buffer too small for all): what is inside still reads.
        auto larger = descriptor({"Vendor", "", "", "", 7, true});
        larger[5] = 1;
        const auto r = parseStorageDeviceDescriptor(larger);
        QVERIFY(r.ok());
        QCOMPARE(r->vendor, std::string("Vendor"));
        // 0xFFFFFFFF is a driver's "none", like 0.
        auto none = descriptor({"", "", "", "", 7, true});
        for (std::size_t i = 24; i < 28; ++i) {
            none[i] = 0xFF;
        }
        QVERIFY(parseStorageDeviceDescriptor(none).ok());
    }

    void readsTheGeometry() {
        const auto g = parseDiskGeometryEx(geometry(31'914'983'424ULL));
        QVERIFY(g.ok());
        QCOMPARE(g->diskSize, 31'914'983'424ULL);
        QCOMPARE(g->bytesPerSector, 512u);
        QCOMPARE(g->mediaType, 11u);
        QCOMPARE(parseDiskGeometryEx(geometry(1ULL << 40, 4096, 12))->bytesPerSector, 4096u);
        for (std::size_t n = 0; n < 32; ++n) {
            QVERIFY(badAnswer(parseDiskGeometryEx(cut(geometry(1 << 30), n))));
        }
        for (std::uint32_t sector : {0u, 1u, 256u, 520u, 131072u}) {
            QVERIFY2(badAnswer(parseDiskGeometryEx(geometry(1 << 30, sector))),
                     qPrintable(QString::number(sector)));
        }
        auto negative = geometry(1 << 30);
        negative[31] = 0x80; // DiskSize is a LARGE_INTEGER
        QVERIFY(badAnswer(parseDiskGeometryEx(negative)));
    }

    void readsSeveralExtents() {
        const std::vector<DiskExtent> spanned = {
            {2, 1ULL << 20, 500ULL << 30}, {0, 7ULL << 30, 3ULL << 30}, {5, 0, 512}};
        const auto e = parseVolumeDiskExtents(extents(spanned));
        QVERIFY(e.ok());
        QCOMPARE(e->size(), 3u);
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE((*e)[i].diskNumber, spanned[i].diskNumber);
            QCOMPARE((*e)[i].startingOffset, spanned[i].startingOffset);
            QCOMPARE((*e)[i].extentLength, spanned[i].extentLength);
        }
        QVERIFY(parseVolumeDiskExtents(extents({}))->empty());
        // Wine answers 32 zero bytes for every volume: no extent at all.
        QVERIFY(parseVolumeDiskExtents(std::vector<std::uint8_t>(32, 0))->empty());
    }

    void lyingExtentsFail() {
        const std::vector<DiskExtent> two = {{1, 0, 1}, {2, 0, 1}};
        QVERIFY(badAnswer(parseVolumeDiskExtents(extents(two, 3))));
        QVERIFY(badAnswer(parseVolumeDiskExtents(extents(two, 0xFFFFFFFFu))));
        QVERIFY(badAnswer(parseVolumeDiskExtents(cut(extents(two), 8 + 24 + 23))));
        for (std::size_t n = 0; n < 8; ++n) {
            QVERIFY(badAnswer(parseVolumeDiskExtents(cut(extents(two), n))));
        }
    }

    void readsTheDeviceNumber() {
        const auto n = parseStorageDeviceNumber(deviceNumber(3));
        QVERIFY(n.ok());
        QCOMPARE(n->deviceType, 7u);
        QCOMPARE(n->deviceNumber, 3u);
        QCOMPARE(n->partitionNumber, 0xFFFFFFFFu);
        for (std::size_t n2 = 0; n2 < 12; ++n2) {
            QVERIFY(badAnswer(parseStorageDeviceNumber(cut(deviceNumber(3), n2))));
        }
    }

    void diskNumbersOfPaths() {
        QCOMPARE(diskNumberOfPath("\\\\.\\PhysicalDrive1"), std::optional<std::uint32_t>(1));
        QCOMPARE(diskNumberOfPath("\\\\.\\physicaldrive12"), std::optional<std::uint32_t>(12));
        for (const char* bad :
             {"\\\\.\\PhysicalDrive", "\\\\.\\PhysicalDrive1a", "/dev/sdb",
              "\\\\.\\PhysicalDrive-1", "\\\\.\\PhysicalDrive99999999999", "\\\\.\\E:", ""}) {
            QVERIFY2(!diskNumberOfPath(bad), bad);
        }
    }

    void aMachineBecomesDrives() {
        const auto drives = drivesFromAnswers(laptop());
        QVERIFY2(drives.ok(), drives.ok() ? "" : drives.error().code.c_str());
        std::vector<std::string> paths;
        for (const auto& d : *drives) {
            paths.push_back(d.path);
        }
        // By number; disk 3's lying answer leaves it out.
        QCOMPARE(paths,
                 (std::vector<std::string>{"\\\\.\\PhysicalDrive0", "\\\\.\\PhysicalDrive1",
                                           "\\\\.\\PhysicalDrive2", "\\\\.\\PhysicalDrive4"}));
        const auto& stick = byPath(*drives, "\\\\.\\PhysicalDrive1");
        QCOMPARE(stick.name, std::string("PhysicalDrive1"));
        QCOMPARE(stick.majMin, std::string("disk:1")); // platform::deviceNumberOf's words
        QCOMPARE(stick.type, std::string("disk"));
        QCOMPARE(stick.description(), std::string("SanDisk Ultra Fit"));
        QCOMPARE(stick.bus, std::string("usb"));
        QVERIFY(stick.removable && stick.hotplug && !stick.readOnly && !stick.systemDisk);
        QCOMPARE(stick.sizeBytes, 30'752'636'928ULL);
        QCOMPARE(stick.children.size(), 1u);
        QCOMPARE(stick.children[0].fsType, std::string("vfat"));
        QCOMPARE(stick.children[0].label, std::string("resin-boot"));
        QCOMPARE(stick.allMountpoints(), std::vector<std::string>{"E:\\"});

        const auto& nvme = byPath(*drives, "\\\\.\\PhysicalDrive0");
        QVERIFY(nvme.systemDisk);
        QCOMPARE(nvme.systemPath, std::string("C:\\Windows"));
        QCOMPARE(nvme.bus, std::string("nvme"));
        QCOMPARE(nvme.children.size(), 2u); // the EFI partition, unmounted, and C:
        const auto& reader = byPath(*drives, "\\\\.\\PhysicalDrive2");
        QCOMPARE(reader.sizeBytes, 0u);
        QCOMPARE(reader.bus, std::string("mmc"));
        const auto& data = byPath(*drives, "\\\\.\\PhysicalDrive4");
        QVERIFY(data.systemDisk);
        QCOMPARE(data.systemPath, std::string("D:\\pagefile.sys"));
        QCOMPARE(data.logicalSectorSize, 4096u);
        QCOMPARE(data.allMountpoints(), (std::vector<std::string>{"D:\\", "C:\\data\\"}));
    }

    // The verdicts lsblk's drives get, for the same reasons.
    void theSameVerdicts() {
        const auto drives = drivesFromAnswers(laptop()).value();
        const auto system = assessDrive(byPath(drives, "\\\\.\\PhysicalDrive0"), {});
        QVERIFY(system.systemDrive && system.refused());
        QCOMPARE(system.reasons(Concern::Refused)[0].code, std::string("drives.system_drive"));
        QCOMPARE(system.reasons(Concern::Refused)[0].arg("mountpoint"), std::string("C:\\Windows"));
        QVERIFY(assessDrive(byPath(drives, "\\\\.\\PhysicalDrive4"), {}).systemDrive);

        SafetyContext flash;
        flash.imageSize = 1'000'000'000;
        const auto stick = assessDrive(byPath(drives, "\\\\.\\PhysicalDrive1"), flash);
        QVERIFY(!stick.refused() && !stick.systemDrive);
        QCOMPARE(codes(stick, Concern::Unmount), std::vector<std::string>{"drives.mounted"});
        SafetyContext edit;
        edit.use = DriveUse::Edit;
        QVERIFY(assessDrive(byPath(drives, "\\\\.\\PhysicalDrive1"), edit).refused());
        QCOMPARE(
            codes(assessDrive(byPath(drives, "\\\\.\\PhysicalDrive2"), flash), Concern::Refused),
            std::vector<std::string>{"drives.no_media"});

        auto answers = laptop();
        answers.disks[0].writeProtected = true; // the stick's lock switch
        const auto locked = drivesFromAnswers(answers).value();
        QCOMPARE(
            codes(assessDrive(byPath(locked, "\\\\.\\PhysicalDrive1"), flash), Concern::Refused),
            std::vector<std::string>{"drives.read_only"});
    }

    // When the disk holding Windows cannot be told, no disk is offered at all.
    void unknownSystemDiskListsNothing() {
        auto wine = laptop();
        for (auto& v : wine.volumes) {
            v.extents.assign(32, 0); // what Wine answers
        }
        auto r = drivesFromAnswers(wine);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, std::string("drives.system_disk_unknown"));
        QCOMPARE(r.error().arg("folder"), std::string("C:\\Windows"));

        auto bad = laptop();
        bad.volumes[1].extents = cut(bad.volumes[1].extents, 20);
        QCOMPARE(drivesFromAnswers(bad).error().code, std::string("drives.system_disk_unknown"));
        auto elsewhere = laptop();
        elsewhere.windowsFolder = "W:\\Windows"; // on no volume listed
        QCOMPARE(drivesFromAnswers(elsewhere).error().code,
                 std::string("drives.system_disk_unknown"));
        auto pageFile = laptop();
        pageFile.volumes[3].extents.clear();
        QCOMPARE(drivesFromAnswers(pageFile).error().arg("folder"),
                 std::string("D:\\pagefile.sys"));
        auto failed = laptop();
        failed.error = 5;
        QCOMPARE(drivesFromAnswers(failed).error().code, std::string("drives.windows_list_failed"));
    }
};

QTEST_GUILESS_MAIN(TestWindowsDisks)
#include "tst_windowsdisks.moc"
