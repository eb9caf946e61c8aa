#include "flasher/platform/driveaccess.h"

#include "flasher/platform/file.h"
#include "flasher/platform/system.h"

namespace imprint::flasher {

bool canOpenDrivesDirectly() {
#if defined(__linux__) || defined(_WIN32)
    return platform::privileged();
#else
    return false; // the drive path of macOS is not built yet
#endif
}

Result<int> openDriveDirectly(const std::string& devicePath) {
#if defined(__linux__)
    const int fd = platform::openFile(devicePath, platform::kReadWrite | platform::kDirect |
                                                      platform::kExclusive);
    if (fd < 0) {
        return Error("target.open_failed")
            .with("name", devicePath)
            .with("detail", platform::errorText(platform::lastError()));
    }
    return fd;
#elif defined(__APPLE__)
    (void)devicePath;
    return Error("platform.not_implemented").with("what", "platform.macos_drive_access");
#elif defined(_WIN32)
    (void)devicePath;
    return Error("platform.not_implemented").with("what", "platform.windows_drive_access");
#else
    (void)devicePath;
    return Error("platform.not_implemented").with("what", "platform.drive_access");
#endif
}

Result<void> unmountFilesystem(const std::string& mountpoint) {
#if defined(_WIN32)
    // Opening the drive locks and dismounts every volume on it and holds them so until the
    // write ends (openDriveTargetDirectly): nothing to do before.
    (void)mountpoint;
    return {};
#elif defined(__linux__)
    if (!platform::unmount(mountpoint)) {
        return Error("drives.unmount_failed")
            .with("mountpoint", mountpoint)
            .with("detail", platform::errorText(platform::lastError()));
    }
    return {};
#else
    (void)mountpoint;
    return Error("platform.not_implemented").with("what", "platform.unmount");
#endif
}

#if !defined(_WIN32) // Windows': windowsdriveaccess.cpp
Result<std::unique_ptr<Target>> openDriveTargetDirectly(const std::string& devicePath) {
    auto fd = openDriveDirectly(devicePath);
    if (!fd) {
        return fd.error();
    }
    return makeDeviceTarget(devicePath, *fd);
}
#endif

Result<std::unique_ptr<Target>> openDriveTarget(const std::string& devicePath, DriveBroker* broker,
                                                bool preferBroker) {
    const bool direct = canOpenDrivesDirectly() && !(preferBroker && broker != nullptr);
    if (direct) {
        return openDriveTargetDirectly(devicePath);
    }
    if (broker == nullptr) {
        return Error("platform.no_drive_access").with("name", devicePath);
    }
    auto fd = broker->openDrive(devicePath);
    if (!fd) {
        return fd.error();
    }
    return makeDeviceTarget(devicePath, *fd);
}

} // namespace imprint::flasher
