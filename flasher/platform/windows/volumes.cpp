#include "flasher/platform/windows/volumes.h"

#include "flasher/platform/windows/wide.h"

#include <winioctl.h>

namespace imprint::platform {

std::vector<std::uint8_t> askControl(HANDLE h, DWORD code, const void* in, DWORD inSize,
                                     std::size_t initial) {
    std::vector<std::uint8_t> out(initial);
    for (;;) {
        DWORD got = 0;
        if (DeviceIoControl(h, code, const_cast<void*>(in), inSize, out.data(),
                            static_cast<DWORD>(out.size()), &got, nullptr)) {
            out.resize(got);
            return out;
        }
        const DWORD e = GetLastError();
        if ((e != ERROR_MORE_DATA && e != ERROR_INSUFFICIENT_BUFFER) || out.size() >= (1u << 20)) {
            return {};
        }
        out.resize(out.size() * 2);
    }
}

int forEachVolume(const std::function<void(const std::wstring& name)>& visit) {
    wchar_t name[MAX_PATH + 1] = {};
    const HANDLE find = FindFirstVolumeW(name, MAX_PATH + 1);
    if (find == INVALID_HANDLE_VALUE) {
        const DWORD e = GetLastError();
        return e == ERROR_NO_MORE_FILES ? 0 : static_cast<int>(e);
    }
    int error = 0;
    do {
        visit(name);
    } while (FindNextVolumeW(find, name, MAX_PATH + 1));
    if (GetLastError() != ERROR_NO_MORE_FILES) {
        error = static_cast<int>(GetLastError());
    }
    FindVolumeClose(find);
    return error;
}

std::vector<std::string> mountPathsOf(const std::wstring& volumeName) {
    std::vector<wchar_t> buffer(MAX_PATH + 1);
    DWORD need = 0;
    while (!GetVolumePathNamesForVolumeNameW(volumeName.c_str(), buffer.data(),
                                             static_cast<DWORD>(buffer.size()), &need)) {
        if (GetLastError() != ERROR_MORE_DATA || need <= buffer.size()) {
            return {};
        }
        buffer.resize(need);
    }
    // A list of strings, each ended by a NUL, the list by another.
    std::vector<std::string> paths;
    for (const wchar_t* p = buffer.data(); p < buffer.data() + buffer.size() && *p != L'\0';) {
        const std::wstring path(p);
        paths.push_back(narrow(path));
        p += path.size() + 1;
    }
    return paths;
}

std::wstring volumeDevicePath(const std::wstring& volumeName) {
    std::wstring path = volumeName;
    if (!path.empty() && path.back() == L'\\') {
        path.pop_back();
    }
    return path;
}

std::vector<std::uint8_t> extentsOf(const std::wstring& volumeName) {
    const HANDLE h =
        CreateFileW(volumeDevicePath(volumeName).c_str(), 0, FILE_SHARE_READ | FILE_SHARE_WRITE,
                    nullptr, OPEN_EXISTING, 0, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        return {};
    }
    auto out = askControl(h, IOCTL_VOLUME_GET_VOLUME_DISK_EXTENTS, nullptr, 0,
                          sizeof(VOLUME_DISK_EXTENTS) + 7 * sizeof(DISK_EXTENT));
    CloseHandle(h);
    return out;
}

} // namespace imprint::platform
