// Wine's drives (windowsdisks.h drivesFromWine): the prefix's physicaldriveN links, as Wine
// answered about their targets (platform/diskanswers.h). Pure: built and tested everywhere.
#include "flasher/drives/windowsdisks.h"
#include "flasher/platform/file.h"

#include <algorithm>

namespace imprint::flasher::windisks {
namespace {

constexpr std::uint32_t kReadOnly = 0x1;   // FILE_ATTRIBUTE_READONLY
constexpr std::uint32_t kDirectory = 0x10; // FILE_ATTRIBUTE_DIRECTORY

Drive driveOf(const platform::WineDriveAnswers& link) {
    Drive d;
    d.name = "PhysicalDrive" + std::to_string(link.number);
    d.path = "\\\\.\\" + d.name;
    d.type = "disk";
    d.readOnly = (link.attributes & kReadOnly) != 0;
    if (link.size == 0 || link.hostFile.empty()) {
        // A host device (Wine says size 0 for one), or a file Wine would not name.
        d.hostDevice = true;
        return d;
    }
    d.sizeBytes = link.size;
    d.vendor = "Wine";
    d.model = link.hostFile;
    d.removable = true;
    d.hotplug = true;
    return d;
}

} // namespace

Result<std::vector<Drive>> drivesFromWine(const platform::WineAnswers& answers) {
    if (answers.error != 0) {
        return Error("drives.windows_list_failed")
            .with("detail", platform::errorText(answers.error));
    }
    std::vector<Drive> drives;
    for (const auto& link : answers.drives) {
        if ((link.attributes & kDirectory) == 0) {
            drives.push_back(driveOf(link));
        }
    }
    std::sort(drives.begin(), drives.end(), [](const Drive& a, const Drive& b) {
        return diskNumberOfPath(a.path) < diskNumberOfPath(b.path);
    });
    return drives;
}

} // namespace imprint::flasher::windisks
