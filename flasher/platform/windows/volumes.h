// Windows volumes and control calls, shared by the disk answers (diskanswers.cpp) and the
// write path (diskwrite.cpp).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>
#include <windows.h>

namespace imprint::platform {

// The answer to control call `code` (input `in`), its buffer grown while Windows says it is too
// small (from `initial` bytes up to 1 MiB); empty when the call fails.
std::vector<std::uint8_t> askControl(HANDLE h, DWORD code, const void* in, DWORD inSize,
                                     std::size_t initial);

// Calls `visit` with every volume's name ("\\?\Volume{GUID}\"): 0, or the OS error that
// stopped the listing.
int forEachVolume(const std::function<void(const std::wstring& name)>& visit);

// Where a volume is mounted: "E:\", "C:\mnt\card\".
std::vector<std::string> mountPathsOf(const std::wstring& volumeName);

// A volume's VOLUME_DISK_EXTENTS, asked with no access rights; empty when it cannot be.
std::vector<std::uint8_t> extentsOf(const std::wstring& volumeName);

// "\\?\Volume{GUID}\" as the device path CreateFileW opens: without the trailing backslash.
std::wstring volumeDevicePath(const std::wstring& volumeName);

} // namespace imprint::platform
