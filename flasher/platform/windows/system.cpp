#include "flasher/platform/system.h"

#include "flasher/platform/windows/volumes.h"
#include "flasher/platform/windows/wide.h"

#include <atomic>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <io.h>
// clang-format off
#include <windows.h>
#include <shellapi.h> // needs windows.h first
#include <winioctl.h>
// clang-format on

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
    // The volume holding the file, and the disk its first extent lies on.
    wchar_t mount[MAX_PATH + 1] = {};
    wchar_t volume[MAX_PATH + 1] = {};
    if (!GetVolumePathNameW(widen(path).c_str(), mount, MAX_PATH + 1) ||
        !GetVolumeNameForVolumeMountPointW(mount, volume, MAX_PATH + 1)) {
        return {};
    }
    const std::vector<std::uint8_t> extents = extentsOf(volume);
    VOLUME_DISK_EXTENTS first{};
    if (extents.size() < sizeof first) {
        return {};
    }
    std::memcpy(&first, extents.data(), sizeof first);
    // Wine answers no extent at all: nothing to tell then.
    return first.NumberOfDiskExtents == 0 ? std::string()
                                          : "disk:" + std::to_string(first.Extents[0].DiskNumber);
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

bool isTerminal(StandardStream stream) {
    const DWORD which = stream == StandardStream::Input    ? STD_INPUT_HANDLE
                        : stream == StandardStream::Output ? STD_OUTPUT_HANDLE
                                                           : STD_ERROR_HANDLE;
    // A console answers its mode; a file, a pipe or NUL does not (where _isatty calls NUL a
    // terminal).
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(which), &mode) != 0;
}

namespace {

std::atomic<InterruptHandler> interruptHandler{nullptr};

BOOL WINAPI onConsoleEvent(DWORD event) {
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
        if (const InterruptHandler handler = interruptHandler.load()) {
            handler();
            return TRUE;
        }
        return FALSE;
    default:
        return FALSE;
    }
}

} // namespace

void onInterrupt(InterruptHandler handler) {
    const bool had = interruptHandler.exchange(handler) != nullptr;
    if (handler != nullptr && !had) {
        SetConsoleCtrlHandler(onConsoleEvent, TRUE);
    } else if (handler == nullptr && had) {
        SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    }
}

void ignoreFileSizeLimitSignal() {}

std::vector<std::string> commandLineArguments(int argc, char* argv[]) {
    int count = 0;
    LPWSTR* wide = CommandLineToArgvW(GetCommandLineW(), &count);
    if (wide == nullptr) {
        return {argv, argv + argc};
    }
    std::vector<std::string> args;
    for (int i = 0; i < count; ++i) {
        args.push_back(narrow(wide[i]));
    }
    LocalFree(wide);
    return args;
}

void useBinaryStandardStreams() {
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
}

void lowerThreadPriority() { SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL); }

std::string programFile() {
    std::wstring path(MAX_PATH, L'\0');
    for (;;) {
        const DWORD n = GetModuleFileNameW(nullptr, path.data(), static_cast<DWORD>(path.size()));
        if (n == 0) {
            return {};
        }
        if (n < path.size()) {
            path.resize(n);
            return narrow(path);
        }
        path.resize(path.size() * 2); // truncated: a longer path
    }
}

bool mayRun(const std::string& path) {
    const DWORD attributes = GetFileAttributesW(widen(path).c_str());
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY) == 0;
}

bool handOnAsStandardInput(const std::string& content) {
    wchar_t folder[MAX_PATH + 1];
    wchar_t name[MAX_PATH + 1];
    if (GetTempPathW(MAX_PATH + 1, folder) == 0 || GetTempFileNameW(folder, L"imp", 0, name) == 0) {
        return false;
    }
    // Inherited by the programs started later; gone when the last of them closes it.
    SECURITY_ATTRIBUTES inherited{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
    const HANDLE file = CreateFileW(
        name, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
        &inherited, CREATE_ALWAYS, FILE_ATTRIBUTE_TEMPORARY | FILE_FLAG_DELETE_ON_CLOSE, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        DeleteFileW(name);
        return false;
    }
    std::size_t done = 0;
    while (done < content.size()) {
        DWORD n = 0;
        const auto want =
            static_cast<DWORD>(std::min<std::size_t>(content.size() - done, 1u << 30));
        const BOOL wrote = WriteFile(file, content.data() + done, want, &n, nullptr);
        if (!wrote || n == 0) {
            const DWORD error = wrote ? ERROR_DISK_FULL : GetLastError();
            CloseHandle(file);
            SetLastError(error);
            return false;
        }
        done += n;
    }
    LARGE_INTEGER start{};
    if (!SetFilePointerEx(file, start, nullptr, FILE_BEGIN) ||
        !SetStdHandle(STD_INPUT_HANDLE, file)) {
        const DWORD error = GetLastError();
        CloseHandle(file);
        SetLastError(error);
        return false;
    }
    return true;
}

namespace {

// The console's standard handles, made inheritable so the child writes where this process does.
HANDLE inheritable(DWORD which) {
    const HANDLE h = GetStdHandle(which);
    if (h != nullptr && h != INVALID_HANDLE_VALUE) {
        SetHandleInformation(h, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT);
    }
    return h;
}

} // namespace

void runInstead(const std::string& program, const std::vector<std::string>& args) {
    std::wstring line;
    for (const auto& a : args) {
        if (!line.empty()) {
            line += L' ';
        }
        appendQuotedArgument(line, widen(a));
    }
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = inheritable(STD_INPUT_HANDLE);
    startup.hStdOutput = inheritable(STD_OUTPUT_HANDLE);
    startup.hStdError = inheritable(STD_ERROR_HANDLE);
    PROCESS_INFORMATION child{};
    if (!CreateProcessW(widen(program).c_str(), line.data(), nullptr, nullptr, TRUE, 0, nullptr,
                        nullptr, &startup, &child)) {
        return;
    }
    CloseHandle(child.hThread);
    // The console sends Ctrl-C to both processes: the child decides what it means, this one
    // waits for its answer (set after CreateProcessW, so the child does not inherit it).
    SetConsoleCtrlHandler(nullptr, TRUE);
    WaitForSingleObject(child.hProcess, INFINITE);
    DWORD code = 1;
    GetExitCodeProcess(child.hProcess, &code);
    CloseHandle(child.hProcess);
    ExitProcess(code);
}

} // namespace imprint::platform
