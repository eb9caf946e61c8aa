// Wine's drives (diskanswers.h askWine): a program under Wine finds ntdll's wine_get_version;
// Wine opens \\.\PhysicalDriveN as the host file or device the prefix's dosdevices/physicaldriveN
// link points at. The links are listed by FindFirstFileW, which reads what each target is
// without opening it (a host device is never opened here); a non-empty file is opened with no
// access rights only to learn its path.
#include "flasher/platform/diskanswers.h"
#include "flasher/platform/windows/wide.h"

#include <cctype>
#include <optional>
#include <windows.h>

namespace imprint::platform {
namespace {

// Wine's own exports, found by name: they exist only under Wine.
template <typename Fn>
Fn wineExport(const wchar_t* module, const char* name) {
    const HMODULE m = GetModuleHandleW(module);
    if (m == nullptr) {
        return nullptr;
    }
    // Through void(*)(): a FARPROC is any function; this one has Fn's signature.
    return reinterpret_cast<Fn>(reinterpret_cast<void (*)()>(GetProcAddress(m, name)));
}

// The prefix's dosdevices folder as a Windows path ("Z:\tmp\prefix\dosdevices\"), from where
// Wine says C:\ lies on the host ("/tmp/prefix/dosdevices/c:/") and its DOS name for that.
std::optional<std::wstring> dosDevicesFolder() {
    using UnixName = char* (*)(const wchar_t*);
    using DosName = wchar_t* (*)(const char*);
    const auto unixName = wineExport<UnixName>(L"kernel32.dll", "wine_get_unix_file_name");
    const auto dosName = wineExport<DosName>(L"kernel32.dll", "wine_get_dos_file_name");
    if (unixName == nullptr || dosName == nullptr) {
        return std::nullopt;
    }
    char* c = unixName(L"C:\\");
    if (c == nullptr) {
        return std::nullopt;
    }
    std::string folder(c);
    HeapFree(GetProcessHeap(), 0, c);
    while (!folder.empty() && folder.back() == '/') {
        folder.pop_back();
    }
    const auto slash = folder.rfind('/');
    if (slash == std::string::npos) {
        return std::nullopt;
    }
    folder.resize(slash + 1);
    wchar_t* dos = dosName(folder.c_str());
    if (dos == nullptr) {
        return std::nullopt;
    }
    std::wstring out(dos);
    HeapFree(GetProcessHeap(), 0, dos);
    if (!out.empty() && out.back() != L'\\') {
        out += L'\\';
    }
    return out;
}

// "physicaldrive12" -> 12 (any case); nullopt for anything else.
std::optional<std::uint32_t> numberOf(const std::string& name) {
    const std::string prefix = "physicaldrive";
    if (name.size() <= prefix.size() || name.size() > prefix.size() + 6) {
        return std::nullopt;
    }
    std::uint32_t n = 0;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (i < prefix.size()) {
            if (std::tolower(c) != prefix[i]) {
                return std::nullopt;
            }
        } else if (std::isdigit(c) == 0) {
            return std::nullopt;
        } else {
            n = n * 10 + static_cast<std::uint32_t>(c - '0');
        }
    }
    return n;
}

// Where a file lies, as Wine names it ("Z:\tmp\card.img"); empty when it cannot say.
std::string finalPathOf(const std::wstring& path) {
    const HANDLE h = CreateFileW(path.c_str(), 0, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                                 OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        return {};
    }
    wchar_t buffer[MAX_PATH + 1] = {};
    const DWORD n = GetFinalPathNameByHandleW(h, buffer, MAX_PATH + 1, 0);
    CloseHandle(h);
    if (n == 0 || n > MAX_PATH) {
        return {};
    }
    std::wstring out(buffer, n);
    if (out.starts_with(L"\\\\?\\")) {
        out.erase(0, 4);
    }
    return narrow(out);
}

} // namespace

WineAnswers askWine() {
    WineAnswers answers;
    using Version = const char* (*)();
    const auto version = wineExport<Version>(L"ntdll.dll", "wine_get_version");
    if (version == nullptr) {
        return answers;
    }
    answers.underWine = true;
    answers.version = version();
    const auto folder = dosDevicesFolder();
    if (!folder) {
        answers.error = ERROR_PATH_NOT_FOUND;
        return answers;
    }
    WIN32_FIND_DATAW found{};
    const HANDLE find = FindFirstFileW((*folder + L"physicaldrive*").c_str(), &found);
    if (find == INVALID_HANDLE_VALUE) {
        const DWORD e = GetLastError();
        answers.error =
            e == ERROR_FILE_NOT_FOUND || e == ERROR_NO_MORE_FILES ? 0 : static_cast<int>(e);
        return answers;
    }
    do {
        const auto number = numberOf(narrow(found.cFileName));
        if (!number) {
            continue;
        }
        WineDriveAnswers d;
        d.number = *number;
        d.attributes = found.dwFileAttributes;
        d.size = (std::uint64_t{found.nFileSizeHigh} << 32) | found.nFileSizeLow;
        if (d.size > 0 && (d.attributes & FILE_ATTRIBUTE_DIRECTORY) == 0) {
            d.hostFile = finalPathOf(*folder + found.cFileName);
        }
        answers.drives.push_back(std::move(d));
    } while (FindNextFileW(find, &found));
    FindClose(find);
    return answers;
}

} // namespace imprint::platform
