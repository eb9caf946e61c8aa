// Windows channels: a named pipe "\\.\pipe\imprint-writer-<128 random bits>" made with
// CreateNamedPipeW (one instance, FILE_FLAG_FIRST_PIPE_INSTANCE so nobody made it before us,
// remote clients rejected) whose security descriptor lets only this user's SID in; an elevated
// process of the same user has that SID too. Every transfer is overlapped, so a wait ends after
// its timeout. Children started with ShellExecuteExW, "runas" for the elevated writer.
#include "flasher/platform/channel.h"

#include "flasher/platform/windows/wide.h"

// bcrypt.h and shellapi.h need windows.h's types first.
// clang-format off
#include <windows.h>
#include <bcrypt.h>
#include <shellapi.h>
// clang-format on

#include <algorithm>
#include <memory>
#include <vector>

namespace imprint::platform {
namespace {

HANDLE handleOf(std::intptr_t h) { return reinterpret_cast<HANDLE>(h); }
std::intptr_t idOf(HANDLE h) { return reinterpret_cast<std::intptr_t>(h); }

constexpr DWORD kPipeBuffer = 64 * 1024;

// An overlapped operation's event, closed when it goes.
struct Pending {
    OVERLAPPED o{};
    Pending() { o.hEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr); }
    ~Pending() {
        if (o.hEvent != nullptr) {
            CloseHandle(o.hEvent);
        }
    }
    Pending(const Pending&) = delete;
    Pending& operator=(const Pending&) = delete;
};

// Waits for an operation that answered ERROR_IO_PENDING: its byte count, or an error
// (WAIT_TIMEOUT after `timeoutMs`, the operation then cancelled, nothing moved).
DWORD finish(HANDLE h, Pending& p, int timeoutMs, DWORD& moved) {
    const DWORD waited =
        WaitForSingleObject(p.o.hEvent, static_cast<DWORD>(std::max(0, timeoutMs)));
    if (waited == WAIT_TIMEOUT) {
        CancelIoEx(h, &p.o);
        // It may have completed before the cancel took: then its bytes are in and count.
        if (GetOverlappedResult(h, &p.o, &moved, TRUE)) {
            return ERROR_SUCCESS;
        }
        const DWORD error = GetLastError();
        return error == ERROR_OPERATION_ABORTED ? WAIT_TIMEOUT : error;
    }
    if (!GetOverlappedResult(h, &p.o, &moved, FALSE)) {
        return GetLastError();
    }
    return ERROR_SUCCESS;
}

std::wstring randomHex(std::size_t bytes) {
    std::vector<unsigned char> random(bytes);
    if (BCryptGenRandom(nullptr, random.data(), static_cast<ULONG>(random.size()),
                        BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) {
        return {};
    }
    static constexpr wchar_t digits[] = L"0123456789abcdef";
    std::wstring out;
    for (const unsigned char b : random) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

// A DACL with one entry: this process's user, full access. Owns the buffers it points into.
struct UserOnlyDescriptor {
    std::vector<unsigned char> user;
    std::vector<unsigned char> acl;
    SECURITY_DESCRIPTOR descriptor{};

    bool make() {
        HANDLE token = nullptr;
        if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
            return false;
        }
        DWORD size = 0;
        GetTokenInformation(token, TokenUser, nullptr, 0, &size);
        user.resize(size);
        const bool got =
            size != 0 && GetTokenInformation(token, TokenUser, user.data(), size, &size);
        CloseHandle(token);
        if (!got) {
            return false;
        }
        PSID sid = reinterpret_cast<TOKEN_USER*>(user.data())->User.Sid;
        acl.resize(sizeof(ACL) + sizeof(ACCESS_ALLOWED_ACE) + GetLengthSid(sid));
        auto* list = reinterpret_cast<ACL*>(acl.data());
        return InitializeAcl(list, static_cast<DWORD>(acl.size()), ACL_REVISION) &&
               AddAccessAllowedAce(list, ACL_REVISION, GENERIC_ALL, sid) &&
               InitializeSecurityDescriptor(&descriptor, SECURITY_DESCRIPTOR_REVISION) &&
               SetSecurityDescriptorDacl(&descriptor, TRUE, list, FALSE);
    }
};

} // namespace

int errorTimedOut() { return WAIT_TIMEOUT; }

Transfer Channel::readSome(void* into, std::size_t length, int timeoutMs) {
    Transfer t;
    const HANDLE h = handleOf(handle_);
    Pending p;
    DWORD n = 0;
    const auto want = static_cast<DWORD>(std::min<std::size_t>(length, 1u << 30));
    DWORD error = ReadFile(h, into, want, &n, &p.o) ? ERROR_SUCCESS : GetLastError();
    if (error == ERROR_IO_PENDING) {
        error = finish(h, p, timeoutMs, n);
    } else if (error == ERROR_SUCCESS) {
        GetOverlappedResult(h, &p.o, &n, FALSE);
    }
    if (error == ERROR_BROKEN_PIPE || error == ERROR_PIPE_NOT_CONNECTED || error == ERROR_NO_DATA) {
        return t; // the other end closed
    }
    t.error = static_cast<int>(error);
    t.done = error == ERROR_SUCCESS ? n : 0;
    return t;
}

Transfer Channel::writeAll(const void* data, std::size_t length, int timeoutMs) {
    Transfer t;
    const HANDLE h = handleOf(handle_);
    const auto* bytes = static_cast<const unsigned char*>(data);
    while (t.done < length) {
        Pending p;
        DWORD n = 0;
        const auto want = static_cast<DWORD>(std::min<std::size_t>(length - t.done, 1u << 30));
        DWORD error = WriteFile(h, bytes + t.done, want, &n, &p.o) ? ERROR_SUCCESS : GetLastError();
        if (error == ERROR_IO_PENDING) {
            error = finish(h, p, timeoutMs, n);
        } else if (error == ERROR_SUCCESS) {
            GetOverlappedResult(h, &p.o, &n, FALSE);
        }
        if (error != ERROR_SUCCESS || n == 0) {
            t.error = error != ERROR_SUCCESS ? static_cast<int>(error) : ERROR_NO_DATA;
            return t;
        }
        t.done += n;
    }
    return t;
}

std::uint64_t Channel::peerProcessId() const {
    ULONG id = 0;
    if (handle_ == -1 || !GetNamedPipeClientProcessId(handleOf(handle_), &id)) {
        return 0;
    }
    return id;
}

void Channel::close() {
    if (handle_ != -1) {
        CloseHandle(handleOf(handle_));
        handle_ = -1;
    }
}

bool ChannelListener::open() {
    close();
    const std::wstring random = randomHex(16);
    UserOnlyDescriptor security;
    if (random.empty() || !security.make()) {
        return false;
    }
    const std::wstring name = L"\\\\.\\pipe\\imprint-writer-" + random;
    SECURITY_ATTRIBUTES attributes{sizeof(SECURITY_ATTRIBUTES), &security.descriptor, FALSE};
    const HANDLE h = CreateNamedPipeW(
        name.c_str(), PIPE_ACCESS_DUPLEX | FILE_FLAG_FIRST_PIPE_INSTANCE | FILE_FLAG_OVERLAPPED,
        PIPE_TYPE_BYTE | PIPE_READMODE_BYTE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS, 1,
        kPipeBuffer, kPipeBuffer, 0, &attributes);
    if (h == INVALID_HANDLE_VALUE) {
        return false;
    }
    handle_ = idOf(h);
    name_ = narrow(name);
    return true;
}

Channel ChannelListener::accept(int timeoutMs) {
    if (handle_ == -1) {
        SetLastError(ERROR_INVALID_HANDLE);
        return {};
    }
    const HANDLE h = handleOf(handle_);
    Pending p;
    DWORD error = ConnectNamedPipe(h, &p.o) ? ERROR_SUCCESS : GetLastError();
    if (error == ERROR_IO_PENDING) {
        DWORD unused = 0;
        error = finish(h, p, timeoutMs, unused);
    } else if (error == ERROR_PIPE_CONNECTED) {
        error = ERROR_SUCCESS; // it came before we asked
    }
    if (error != ERROR_SUCCESS) {
        SetLastError(error);
        return {};
    }
    handle_ = -1; // the one instance is the connection now: nobody else can connect
    return Channel(idOf(h));
}

void ChannelListener::close() {
    if (handle_ != -1) {
        CloseHandle(handleOf(handle_));
        handle_ = -1;
    }
}

Channel connectChannel(const std::string& name) {
    const std::wstring wide = widen(name);
    for (int attempt = 0; attempt < 50; ++attempt) {
        const HANDLE h = CreateFileW(
            wide.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
            FILE_FLAG_OVERLAPPED | SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION, nullptr);
        if (h != INVALID_HANDLE_VALUE) {
            return Channel(idOf(h));
        }
        if (GetLastError() != ERROR_PIPE_BUSY || !WaitNamedPipeW(wide.c_str(), 100)) {
            return {};
        }
    }
    return {};
}

void ChildProcess::reap() {
    if (handle_ == -1) {
        return;
    }
    if (!exitCode_) {
        stop();
        (void)wait(10000);
    }
    CloseHandle(handleOf(handle_));
    handle_ = -1;
}

bool ChildProcess::start(const std::string& program, const std::vector<std::string>& args,
                         bool elevated) {
    reap();
    std::wstring parameters;
    for (const auto& a : args) {
        if (!parameters.empty()) {
            parameters += L' ';
        }
        appendQuotedArgument(parameters, widen(a));
    }
    const std::wstring file = widen(program);
    SHELLEXECUTEINFOW info{};
    info.cbSize = sizeof info;
    info.fMask = SEE_MASK_NOCLOSEPROCESS | SEE_MASK_NOASYNC | SEE_MASK_FLAG_NO_UI;
    info.lpVerb = elevated ? L"runas" : L"open";
    info.lpFile = file.c_str();
    info.lpParameters = parameters.c_str();
    info.nShow = SW_HIDE;
    if (!ShellExecuteExW(&info)) {
        return false;
    }
    if (info.hProcess == nullptr) {
        SetLastError(ERROR_INVALID_HANDLE);
        return false;
    }
    handle_ = idOf(info.hProcess);
    exitCode_.reset();
    return true;
}

std::optional<int> ChildProcess::wait(int timeoutMs) {
    if (exitCode_ || handle_ == -1) {
        return exitCode_;
    }
    const DWORD waited =
        WaitForSingleObject(handleOf(handle_), static_cast<DWORD>(std::max(0, timeoutMs)));
    if (waited != WAIT_OBJECT_0) {
        return std::nullopt;
    }
    DWORD code = 1;
    GetExitCodeProcess(handleOf(handle_), &code);
    exitCode_ = static_cast<int>(code);
    return exitCode_;
}

std::uint64_t ChildProcess::processId() const {
    return handle_ == -1 ? 0 : GetProcessId(handleOf(handle_));
}

void ChildProcess::stop() {
    if (handle_ != -1 && !exitCode_) {
        TerminateProcess(handleOf(handle_), 1);
    }
}

} // namespace imprint::platform
