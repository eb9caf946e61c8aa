// Windows' disks and volumes as raw answers (diskanswers.h): SetupAPI's disk interfaces, each
// opened with no access rights and asked IOCTL_STORAGE_GET_DEVICE_NUMBER,
// IOCTL_STORAGE_QUERY_PROPERTY, IOCTL_DISK_GET_DRIVE_GEOMETRY_EX and IOCTL_DISK_IS_WRITABLE;
// every volume asked where it is mounted and IOCTL_VOLUME_GET_VOLUME_DISK_EXTENTS. Reading the
// answers is flasher/drives/windowsdisks.cpp's job, on every system.
#include "flasher/platform/diskanswers.h"

#include "flasher/platform/windows/volumes.h"
#include "flasher/platform/windows/wide.h"

#include <setupapi.h>
#include <windows.h>
#include <winioctl.h>

namespace imprint::platform {
namespace {

// GUID_DEVINTERFACE_DISK, spelled out: mingw's winioctl.h declares it without defining it.
constexpr GUID kDiskInterface = {
    0x53f56307, 0xb6bf, 0x11d0, {0x94, 0xf2, 0x00, 0xa0, 0xc9, 0x1e, 0xfb, 0x8b}};

std::vector<std::uint8_t> storageDescriptor(HANDLE h) {
    STORAGE_PROPERTY_QUERY query{};
    query.PropertyId = StorageDeviceProperty;
    query.QueryType = PropertyStandardQuery;
    std::vector<std::uint8_t> out =
        askControl(h, IOCTL_STORAGE_QUERY_PROPERTY, &query, sizeof query, 1024);
    // Size says how much the whole descriptor takes: ask again when it did not fit.
    if (out.size() >= 8) {
        const DWORD size = out[4] | (out[5] << 8) | (out[6] << 16) | (DWORD{out[7]} << 24);
        if (size > out.size() && size <= (1u << 20)) {
            out = askControl(h, IOCTL_STORAGE_QUERY_PROPERTY, &query, sizeof query, size);
        }
    }
    return out;
}

DiskAnswers askDisk(const std::wstring& interfacePath) {
    DiskAnswers a;
    a.interfacePath = narrow(interfacePath);
    const HANDLE h = CreateFileW(interfacePath.c_str(), 0, FILE_SHARE_READ | FILE_SHARE_WRITE,
                                 nullptr, OPEN_EXISTING, 0, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        return a;
    }
    a.deviceNumber =
        askControl(h, IOCTL_STORAGE_GET_DEVICE_NUMBER, nullptr, 0, sizeof(STORAGE_DEVICE_NUMBER));
    a.descriptor = storageDescriptor(h);
    a.geometry = askControl(h, IOCTL_DISK_GET_DRIVE_GEOMETRY_EX, nullptr, 0, 256);
    DWORD got = 0;
    a.writeProtected =
        !DeviceIoControl(h, IOCTL_DISK_IS_WRITABLE, nullptr, 0, nullptr, 0, &got, nullptr) &&
        GetLastError() == ERROR_WRITE_PROTECT;
    CloseHandle(h);
    return a;
}

// Every disk interface present: 0, or the OS error that stopped SetupAPI listing them.
int askDiskInterfaces(std::vector<DiskAnswers>& out) {
    const HDEVINFO set = SetupDiGetClassDevsW(&kDiskInterface, nullptr, nullptr,
                                              DIGCF_PRESENT | DIGCF_DEVICEINTERFACE);
    if (set == INVALID_HANDLE_VALUE) {
        return static_cast<int>(GetLastError());
    }
    int error = 0;
    for (DWORD i = 0;; ++i) {
        SP_DEVICE_INTERFACE_DATA data{};
        data.cbSize = sizeof data;
        if (!SetupDiEnumDeviceInterfaces(set, nullptr, &kDiskInterface, i, &data)) {
            if (GetLastError() != ERROR_NO_MORE_ITEMS) {
                error = static_cast<int>(GetLastError());
            }
            break;
        }
        DWORD need = 0;
        SetupDiGetDeviceInterfaceDetailW(set, &data, nullptr, 0, &need, nullptr);
        if (need < sizeof(SP_DEVICE_INTERFACE_DETAIL_DATA_W)) {
            continue;
        }
        // DWORDs: the detail's alignment.
        std::vector<DWORD> buffer((need + sizeof(DWORD) - 1) / sizeof(DWORD));
        auto* detail = reinterpret_cast<SP_DEVICE_INTERFACE_DETAIL_DATA_W*>(buffer.data());
        detail->cbSize = sizeof(SP_DEVICE_INTERFACE_DETAIL_DATA_W);
        if (SetupDiGetDeviceInterfaceDetailW(set, &data, detail, need, nullptr, nullptr)) {
            out.push_back(askDisk(detail->DevicePath));
        }
    }
    SetupDiDestroyDeviceInfoList(set);
    return error;
}

// The files on a volume that tell it holds the running system's memory.
void findSystemFiles(VolumeAnswers& v) {
    for (const auto& path : v.paths) {
        for (const char* file : {"pagefile.sys", "swapfile.sys"}) {
            if (GetFileAttributesW(widen(path + file).c_str()) != INVALID_FILE_ATTRIBUTES) {
                v.systemFiles.push_back(path + file);
            }
        }
    }
}

} // namespace

int askVolumes(std::vector<VolumeAnswers>& out) {
    return forEachVolume([&](const std::wstring& name) {
        VolumeAnswers v;
        v.name = narrow(name);
        v.paths = mountPathsOf(name);
        v.extents = extentsOf(name);
        out.push_back(std::move(v));
    });
}

SystemAnswers askDisks() {
    SystemAnswers answers;
    if (const int error = askDiskInterfaces(answers.disks); error != 0) {
        answers.error = error;
        return answers;
    }
    wchar_t folder[MAX_PATH + 1] = {};
    const UINT n = GetSystemWindowsDirectoryW(folder, MAX_PATH + 1);
    if (n > 0 && n <= MAX_PATH) {
        answers.windowsFolder = narrow(std::wstring(folder, n));
    }
    answers.error = askVolumes(answers.volumes);
    for (auto& v : answers.volumes) {
        wchar_t label[MAX_PATH + 1] = {};
        wchar_t fileSystem[MAX_PATH + 1] = {};
        if (GetVolumeInformationW(widen(v.name).c_str(), label, MAX_PATH + 1, nullptr, nullptr,
                                  nullptr, fileSystem, MAX_PATH + 1)) {
            v.label = narrow(label);
            v.fileSystem = narrow(fileSystem);
        }
        findSystemFiles(v);
    }
    return answers;
}

} // namespace imprint::platform
