#include "flasher/platform/volumelocks.h"

#include "flasher/platform/windows/volumes.h"
#include "flasher/platform/windows/wide.h"

#include <io.h>
#include <winioctl.h>

namespace imprint::platform {
namespace {

// Locked volumes' handles: closing one unlocks it.
struct Held {
    std::vector<HANDLE> handles;
    Held() = default;
    Held(const Held&) = delete;
    Held& operator=(const Held&) = delete;
    ~Held() {
        for (const HANDLE h : handles) {
            CloseHandle(h);
        }
    }
};

bool control(HANDLE h, DWORD code) {
    DWORD got = 0;
    return DeviceIoControl(h, code, nullptr, 0, nullptr, 0, &got, nullptr) != 0;
}

// A volume is locked only when no one has a file open on it: Explorer and indexers let go
// within moments, so it is asked again, as the other writers do. 0, or the OS error.
DWORD lockVolume(HANDLE h) {
    DWORD error = 0;
    for (int attempt = 0; attempt < 10; ++attempt) {
        if (control(h, FSCTL_LOCK_VOLUME)) {
            return 0;
        }
        error = GetLastError();
        if (error != ERROR_ACCESS_DENIED && error != ERROR_SHARING_VIOLATION) {
            break;
        }
        Sleep(100 * static_cast<DWORD>(attempt + 1));
    }
    return error;
}

} // namespace

VolumeLocks lockAndDismount(const std::vector<std::string>& volumeNames) {
    auto held = std::make_shared<Held>();
    for (std::size_t i = 0; i < volumeNames.size(); ++i) {
        const HANDLE h = CreateFileW(
            volumeDevicePath(widen(volumeNames[i])).c_str(), GENERIC_READ | GENERIC_WRITE,
            FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, 0, nullptr);
        if (h == INVALID_HANDLE_VALUE) {
            return {nullptr, i, static_cast<int>(GetLastError())};
        }
        held->handles.push_back(h);
        DWORD error = lockVolume(h);
        if (error == 0 && !control(h, FSCTL_DISMOUNT_VOLUME)) {
            error = GetLastError();
        }
        if (error != 0) {
            return {nullptr, i, static_cast<int>(error)};
        }
    }
    return {std::move(held), 0, 0};
}

bool deletePartitionLayout(int fd) {
    const auto h = reinterpret_cast<HANDLE>(_get_osfhandle(fd));
    if (!control(h, IOCTL_DISK_DELETE_DRIVE_LAYOUT)) {
        return false;
    }
    return control(h, IOCTL_DISK_UPDATE_PROPERTIES);
}

} // namespace imprint::platform
