#include "flasher/platform/system.h"

#include "flasher/platform/windows/wide.h"

#include <windows.h>

namespace imprint::platform {

bool privileged() {
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
        return false;
    }
    TOKEN_ELEVATION elevation{};
    DWORD got = 0;
    const bool elevated =
        GetTokenInformation(token, TokenElevation, &elevation, sizeof elevation, &got) &&
        elevation.TokenIsElevated != 0;
    CloseHandle(token);
    return elevated;
}

ProgramOutput runProgram(const std::vector<std::string>& args) {
    (void)args;
    ProgramOutput result;
    result.error = ERROR_CALL_NOT_IMPLEMENTED;
    return result;
}

std::string resolvedPath(const std::string& path) {
    const std::wstring wide = widen(path);
    const DWORD n = GetFullPathNameW(wide.c_str(), 0, nullptr, nullptr);
    if (n == 0) {
        return path;
    }
    std::wstring out(n, L'\0');
    const DWORD got = GetFullPathNameW(wide.c_str(), n, out.data(), nullptr);
    out.resize(got);
    return narrow(out);
}

std::string deviceNumberOf(const std::string& path) {
    (void)path;
    return {};
}

std::tm localTime(std::time_t when) {
    std::tm tm{};
    ::localtime_s(&tm, &when);
    return tm;
}

bool unmount(const std::string& mountpoint) {
    (void)mountpoint;
    SetLastError(ERROR_CALL_NOT_IMPLEMENTED);
    return false;
}

} // namespace imprint::platform
