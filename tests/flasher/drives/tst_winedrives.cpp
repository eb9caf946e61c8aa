// Wine's drives: the prefix's physicaldriveN links as Wine describes their targets, read into
// Drives and judged by the same safety verdict as every other drive list. A link to a host file
// is a drive; a link to a host device is listed and always refused; folders are not drives.
// Runs everywhere (tests/windows/writer-drive.sh proves the same under Wine itself).
#include "flasher/drives/safety.h"
#include "flasher/drives/windowsdisks.h"

#include <QTest>

using namespace imprint::flasher;
using namespace imprint::flasher::windisks;
namespace platform = imprint::platform;

namespace {

platform::WineAnswers prefix() {
    platform::WineAnswers a;
    a.underWine = true;
    a.version = "8.0";
    // Listed in the order FindFirstFileW gives: not by number.
    a.drives = {
        {12, 0x20, 64u << 20, "Z:\\tmp\\cards\\twelve.img"},
        {1, 0x20, 32u << 20, "Z:\\tmp\\card.img"},
        {2, 0x20, 0, ""},                        // -> /dev/loop0: a host device says size 0
        {3, 0x410, 0, ""},                       // -> /tmp: a folder
        {5, 0x21, 32u << 20, "Z:\\tmp\\ro.img"}, // chmod 444
        {6, 0x20, 8u << 20, ""},                 // a file Wine would not name
    };
    return a;
}

const Drive& byPath(const std::vector<Drive>& drives, const std::string& path) {
    for (const auto& d : drives) {
        if (d.path == path) {
            return d;
        }
    }
    qFatal("no drive %s", path.c_str());
}

std::vector<std::string> refusals(const Drive& d, std::uint64_t imageSize) {
    SafetyContext context;
    context.imageSize = imageSize;
    std::vector<std::string> out;
    for (const auto& e : assessDrive(d, context).reasons(Concern::Refused)) {
        out.push_back(e.code);
    }
    return out;
}

} // namespace

class TestWineDrives : public QObject {
    Q_OBJECT
private slots:
    void linksAreDrivesByNumber() {
        const auto drives = drivesFromWine(prefix()).value();
        std::vector<std::string> paths;
        for (const auto& d : drives) {
            paths.push_back(d.path);
        }
        QCOMPARE(paths, (std::vector<std::string>{"\\\\.\\PhysicalDrive1", "\\\\.\\PhysicalDrive2",
                                                  "\\\\.\\PhysicalDrive5", "\\\\.\\PhysicalDrive6",
                                                  "\\\\.\\PhysicalDrive12"}));
        const auto& card = byPath(drives, "\\\\.\\PhysicalDrive1");
        QCOMPARE(card.name, std::string("PhysicalDrive1"));
        QCOMPARE(card.sizeBytes, std::uint64_t{32u << 20});
        QCOMPARE(card.description(), std::string("Wine Z:\\tmp\\card.img"));
        QVERIFY(card.removable && !card.readOnly && !card.hostDevice && !card.systemDisk);
        QVERIFY(card.children.empty() && card.allMountpoints().empty());
    }

    void hostFilesPassDevicesNever() {
        const auto drives = drivesFromWine(prefix()).value();
        QVERIFY(refusals(byPath(drives, "\\\\.\\PhysicalDrive1"), 8u << 20).empty());
        QCOMPARE(refusals(byPath(drives, "\\\\.\\PhysicalDrive1"), 64u << 20),
                 std::vector<std::string>{"drives.too_small"});
        // A host device: one reason, not "no medium" beside it.
        QCOMPARE(refusals(byPath(drives, "\\\\.\\PhysicalDrive2"), 8u << 20),
                 std::vector<std::string>{"drives.wine_host_device"});
        QCOMPARE(refusals(byPath(drives, "\\\\.\\PhysicalDrive6"), 8u << 20),
                 std::vector<std::string>{"drives.wine_host_device"});
        QCOMPARE(refusals(byPath(drives, "\\\\.\\PhysicalDrive5"), 8u << 20),
                 std::vector<std::string>{"drives.read_only"});
        QVERIFY(!assessDrive(byPath(drives, "\\\\.\\PhysicalDrive2"), {}).systemDrive);
    }

    void anEmptyPrefixListsNothing() {
        platform::WineAnswers none;
        none.underWine = true;
        QVERIFY(drivesFromWine(none).value().empty());
    }

    void aFailedListingIsAnError() {
        auto failed = prefix();
        failed.error = 3;
        const auto r = drivesFromWine(failed);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, std::string("drives.windows_list_failed"));
        QVERIFY(!r.error().arg("detail").empty());
    }
};

QTEST_GUILESS_MAIN(TestWineDrives)
#include "tst_winedrives.moc"
