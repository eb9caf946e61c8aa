#include "flasher/drives/drivelist.h"

#include "flasher/drives/lsblk.h"
#include "flasher/drives/windowsdisks.h"
#include "flasher/platform/diskanswers.h"
#include "flasher/platform/system.h"

#include <algorithm>
#include <cctype>

namespace imprint::flasher {
namespace {

// Windows' paths name the same thing in any case.
bool samePath(const std::string& a, const std::string& b) {
#if defined(_WIN32)
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
#else
    return a == b;
#endif
}

// Windows: "E:" or "E:\\" names the volume mounted there.
bool namesVolume(const DriveChild& child, const std::string& path) {
#if defined(_WIN32)
    return std::any_of(
        child.mountpoints.begin(), child.mountpoints.end(),
        [&](const std::string& m) { return samePath(m, path) || samePath(m, path + "\\"); });
#else
    (void)child, (void)path;
    return false;
#endif
}

} // namespace

Result<std::vector<Drive>> listDrives() {
#if defined(_WIN32)
    if (auto wine = platform::askWine(); wine.underWine) {
        return windisks::drivesFromWine(wine);
    }
    return windisks::drivesFromAnswers(platform::askDisks());
#elif defined(__linux__)
    return listLsblkDrives();
#else
    return Error("platform.not_implemented").with("what", "platform.drive_access");
#endif
}

Result<Drive> probeDrive(const std::string& path) {
    const std::string real = platform::resolvedPath(path);
    auto drives = listDrives();
    if (!drives) {
        return std::move(drives).takeError();
    }
    for (auto& d : *drives) {
        if (samePath(d.path, real)) {
            return std::move(d);
        }
    }
    for (auto& d : *drives) {
        for (const auto& c : d.children) {
            if (samePath(c.path, real) || namesVolume(c, real)) {
                return Error("drives.is_partition").with("path", path).with("drive", d.path);
            }
        }
    }
    return Error("drives.not_found").with("path", path);
}

} // namespace imprint::flasher
