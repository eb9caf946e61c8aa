#include "flasher/platform/driveaccess.h"

#if defined(__linux__)
#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace imprint::flasher {

#if defined(__linux__)

bool canOpenDrivesDirectly() { return geteuid() == 0; }

Result<int> openDriveDirectly(const std::string& devicePath) {
    const int fd = ::open(devicePath.c_str(), O_RDWR | O_DIRECT | O_EXCL | O_CLOEXEC);
    if (fd < 0) {
        return Error("target.open_failed")
            .with("name", devicePath)
            .with("detail", std::strerror(errno));
    }
    return fd;
}

Result<void> unmountFilesystem(const std::string& mountpoint) {
    if (::umount2(mountpoint.c_str(), 0) != 0) {
        return Error("drives.unmount_failed")
            .with("mountpoint", mountpoint)
            .with("detail", std::strerror(errno));
    }
    return {};
}

#else

Result<void> unmountFilesystem(const std::string& mountpoint) {
    (void)mountpoint;
    return Error("platform.not_implemented").with("what", "platform.unmount");
}

bool canOpenDrivesDirectly() { return false; }

Result<int> openDriveDirectly(const std::string& devicePath) {
    (void)devicePath;
#if defined(__APPLE__)
    return Error("platform.not_implemented").with("what", "platform.macos_drive_access");
#elif defined(_WIN32)
    return Error("platform.not_implemented").with("what", "platform.windows_drive_access");
#else
    return Error("platform.not_implemented").with("what", "platform.drive_access");
#endif
}

#endif

Result<std::unique_ptr<Target>> openDriveTarget(const std::string& devicePath, DriveBroker* broker,
                                                bool preferBroker) {
    const bool direct = canOpenDrivesDirectly() && !(preferBroker && broker != nullptr);
    if (direct) {
        auto fd = openDriveDirectly(devicePath);
        if (!fd) {
            return fd.error();
        }
        return makeDeviceTarget(devicePath, *fd);
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
