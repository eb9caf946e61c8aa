// POSIX channels: a Unix-domain stream socket in a folder made by mkdtemp (mode 0700, so only
// this user reaches the socket), removed once the one client is in; the peer's user checked
// with SO_PEERCRED where the system has it. Children started with posix_spawn.
#include "flasher/platform/channel.h"

#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>
#include <sys/wait.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <poll.h>
#include <spawn.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace imprint::platform {
namespace {

int fdOf(std::intptr_t handle) { return static_cast<int>(handle); }

// Waits until `fd` is ready for `events`: 1, 0 on timeout, -1 with errno.
int waitFor(int fd, short events, int timeoutMs) {
    pollfd p{fd, events, 0};
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        const int rc = ::poll(&p, 1, static_cast<int>(std::max<long long>(0, left.count())));
        if (rc >= 0 || errno != EINTR) {
            return rc;
        }
    }
}

bool fillAddress(const std::string& path, sockaddr_un& address) {
    std::memset(&address, 0, sizeof address);
    address.sun_family = AF_UNIX;
    if (path.size() >= sizeof address.sun_path) {
        errno = ENAMETOOLONG;
        return false;
    }
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    return true;
}

// The peer is this user or root.
bool peerIsUs(int fd) {
#if defined(SO_PEERCRED)
    ucred cred{};
    socklen_t length = sizeof cred;
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &length) != 0) {
        return false;
    }
    return cred.uid == ::getuid() || cred.uid == 0;
#else
    (void)fd;
    return true; // the folder's mode already keeps others out
#endif
}

std::string privateFolder() {
    const char* tmp = std::getenv("TMPDIR");
    std::string base = tmp != nullptr && *tmp != '\0' ? tmp : "/tmp";
    if (base.size() > 60) {
        base = "/tmp"; // a socket's path is short (108 bytes)
    }
    std::string pattern = base + "/imprint-writer-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
        return {};
    }
    return pattern;
}

} // namespace

int errorTimedOut() { return ETIMEDOUT; }

Transfer Channel::readSome(void* into, std::size_t length, int timeoutMs) {
    Transfer t;
    const int ready = waitFor(fdOf(handle_), POLLIN, timeoutMs);
    if (ready <= 0) {
        t.error = ready == 0 ? ETIMEDOUT : errno;
        return t;
    }
    for (;;) {
        const ssize_t n = ::recv(fdOf(handle_), into, length, 0);
        if (n >= 0) {
            t.done = static_cast<std::size_t>(n);
            return t;
        }
        if (errno != EINTR) {
            t.error = errno == ECONNRESET ? 0 : errno; // a peer gone is a close
            return t;
        }
    }
}

Transfer Channel::writeAll(const void* data, std::size_t length, int timeoutMs) {
    Transfer t;
    const auto* p = static_cast<const char*>(data);
    while (t.done < length) {
        const int ready = waitFor(fdOf(handle_), POLLOUT, timeoutMs);
        if (ready <= 0) {
            t.error = ready == 0 ? ETIMEDOUT : errno;
            return t;
        }
        const ssize_t n = ::send(fdOf(handle_), p + t.done, length - t.done, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN) {
                continue;
            }
            t.error = errno;
            return t;
        }
        t.done += static_cast<std::size_t>(n);
    }
    return t;
}

std::uint64_t Channel::peerProcessId() const {
#if defined(SO_PEERCRED)
    ucred cred{};
    socklen_t length = sizeof cred;
    if (handle_ != -1 &&
        ::getsockopt(fdOf(handle_), SOL_SOCKET, SO_PEERCRED, &cred, &length) == 0) {
        return static_cast<std::uint64_t>(cred.pid);
    }
#endif
    return 0;
}

void Channel::close() {
    if (handle_ != -1) {
        ::close(fdOf(handle_));
        handle_ = -1;
    }
}

bool ChannelListener::open() {
    close();
    folder_ = privateFolder();
    if (folder_.empty()) {
        return false;
    }
    name_ = folder_ + "/writer.sock";
    sockaddr_un address{};
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || !fillAddress(name_, address) ||
        ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(fd, 1) != 0) {
        const int error = errno;
        if (fd >= 0) {
            ::close(fd);
        }
        close();
        errno = error;
        return false;
    }
    handle_ = fd;
    return true;
}

Channel ChannelListener::accept(int timeoutMs) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (handle_ != -1) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        const int ready = waitFor(fdOf(handle_), POLLIN, static_cast<int>(left.count()));
        if (ready <= 0) {
            errno = ready == 0 ? ETIMEDOUT : errno;
            return {};
        }
        const int fd = ::accept4(fdOf(handle_), nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED) {
                continue;
            }
            return {};
        }
        if (!peerIsUs(fd)) {
            ::close(fd);
            continue;
        }
        close(); // one client: nobody else finds the socket now
        return Channel(fd);
    }
    errno = EBADF;
    return {};
}

void ChannelListener::close() {
    if (handle_ != -1) {
        ::close(fdOf(handle_));
        handle_ = -1;
    }
    if (!folder_.empty()) {
        ::unlink(name_.c_str());
        ::rmdir(folder_.c_str());
        folder_.clear();
    }
}

Channel connectChannel(const std::string& name) {
    sockaddr_un address{};
    if (!fillAddress(name, address)) {
        return {};
    }
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return {};
    }
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        const int error = errno;
        ::close(fd);
        errno = error;
        return {};
    }
    return Channel(fd);
}

void ChildProcess::reap() {
    if (handle_ != -1 && !exitCode_) {
        stop();
        (void)wait(10000);
    }
}

bool ChildProcess::start(const std::string& program, const std::vector<std::string>& args,
                         bool elevated) {
    (void)elevated; // POSIX: the caller's own user (pkexec is not used)
    std::vector<std::string> copy{program};
    copy.insert(copy.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : copy) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    pid_t pid = -1;
    const int rc = ::posix_spawn(&pid, program.c_str(), nullptr, nullptr, argv.data(), environ);
    if (rc != 0) {
        errno = rc;
        return false;
    }
    handle_ = pid;
    exitCode_.reset();
    return true;
}

std::optional<int> ChildProcess::wait(int timeoutMs) {
    if (exitCode_ || handle_ == -1) {
        return exitCode_;
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        int status = 0;
        const pid_t got = ::waitpid(static_cast<pid_t>(handle_), &status, WNOHANG);
        if (got == static_cast<pid_t>(handle_)) {
            exitCode_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            return exitCode_;
        }
        if (got < 0 && errno != EINTR) {
            exitCode_ = -1;
            return exitCode_;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            return std::nullopt;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

std::uint64_t ChildProcess::processId() const {
    return handle_ == -1 ? 0 : static_cast<std::uint64_t>(handle_);
}

void ChildProcess::stop() {
    if (handle_ != -1 && !exitCode_) {
        ::kill(static_cast<pid_t>(handle_), SIGKILL);
    }
}

} // namespace imprint::platform
