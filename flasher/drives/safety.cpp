#include "flasher/drives/safety.h"

#include "flasher/drives/drivelist.h"
#include "flasher/platform/system.h"

namespace imprint::flasher {
namespace {

bool isSystemMount(const std::string& m) {
    return m == "/" || m == "/boot" || m.starts_with("/boot/") || m == "/usr" || m == "[SWAP]";
}

std::string joined(const std::vector<std::string>& list) {
    std::string out;
    for (const auto& s : list) {
        out += out.empty() ? s : ", " + s;
    }
    return out;
}

} // namespace

std::string deviceOfFile(const std::string& path) { return platform::deviceNumberOf(path); }

DriveVerdict assessDrive(const Drive& drive, const SafetyContext& context) {
    DriveVerdict verdict;
    auto add = [&](Concern c, Error e) {
        verdict.issues.push_back({c, std::move(e).with("path", drive.path)});
    };

    for (const auto& m : drive.allMountpoints()) {
        if (isSystemMount(m)) {
            verdict.systemDrive = true;
            add(Concern::Refused, Error("drives.system_drive").with("mountpoint", m));
            break;
        }
    }
    // Windows says which disk holds the system by what is on it, not by where it is mounted.
    if (drive.systemDisk && !verdict.systemDrive) {
        verdict.systemDrive = true;
        add(Concern::Refused, Error("drives.system_drive").with("mountpoint", drive.systemPath));
    }

    for (const auto& source : context.sourcePaths) {
        const auto dev = deviceOfFile(source);
        if (dev.empty()) {
            continue;
        }
        bool holds = dev == drive.majMin;
        for (const auto& c : drive.children) {
            holds = holds || dev == c.majMin;
        }
        if (holds) {
            add(Concern::Refused, Error("drives.holds_source").with("source", source));
            break;
        }
    }

    if (drive.hostDevice) {
        add(Concern::Refused, Error("drives.wine_host_device"));
    }
    if (drive.readOnly) {
        add(Concern::Refused, Error("drives.read_only"));
    }

    if (drive.hostDevice) {
        // Its size is unknown: the one reason above says all.
    } else if (drive.sizeBytes == 0) {
        add(Concern::Refused, Error("drives.no_media"));
    } else if (context.imageSize && drive.sizeBytes < *context.imageSize) {
        add(Concern::Refused, Error("drives.too_small")
                                  .withBytes("size", drive.sizeBytes)
                                  .withBytes("needed", *context.imageSize));
    }

    if (drive.sizeBytes > kLargeDriveBytes) {
        add(Concern::Confirm, Error("drives.large").withBytes("size", drive.sizeBytes));
    }

    if (!verdict.systemDrive) {
        const auto mounted = drive.allMountpoints();
        if (!mounted.empty()) {
            add(context.use == DriveUse::Edit ? Concern::Refused : Concern::Unmount,
                Error("drives.mounted").with("mountpoints", joined(mounted)));
        }
    }
    return verdict;
}

Result<DriveVerdict> assessDriveForEdit(const std::string& devicePath) {
    auto drive = probeDrive(devicePath);
    if (!drive) {
        return std::move(drive).takeError();
    }
    SafetyContext context;
    context.use = DriveUse::Edit;
    return assessDrive(*drive, context);
}

} // namespace imprint::flasher
