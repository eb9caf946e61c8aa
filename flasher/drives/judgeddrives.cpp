#include "flasher/drives/judgeddrives.h"

#include "flasher/drives/drivelist.h"

namespace imprint::flasher {
namespace {

bool shownByDefault(const Drive& d, const DriveVerdict& v) {
    if (v.systemDrive || d.type != "disk") {
        return false;
    }
    return !d.name.starts_with("zram") && !d.name.starts_with("ram");
}

} // namespace

Result<std::vector<JudgedDrive>> listJudgedDrives(const SafetyContext& context) {
    auto drives = listDrives();
    if (!drives) {
        return std::move(drives).takeError();
    }
    std::vector<JudgedDrive> out;
    out.reserve(drives->size());
    for (auto& d : *drives) {
        JudgedDrive j{std::move(d), {}, false};
        j.verdict = assessDrive(j.drive, context);
        j.shownByDefault = shownByDefault(j.drive, j.verdict);
        out.push_back(std::move(j));
    }
    return out;
}

} // namespace imprint::flasher
