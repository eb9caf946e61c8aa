#include "flasher/platform/system.h"

#include "flasher/platform/file.h"

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#endif

extern char** environ;

namespace imprint::platform {

bool privileged() { return ::geteuid() == 0; }

ProgramOutput runProgram(const std::vector<std::string>& args) {
    ProgramOutput result;
    std::vector<std::string> copy = args;
    std::vector<char*> argv;
    for (auto& a : copy) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    int fds[2];
    if (::pipe(fds) != 0) {
        result.error = errno;
        return result;
    }
    ::fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        result.error = rc;
        return result;
    }
    readToEnd(fds[0], result.out);
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        result.error = -1;
        result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    return result;
}

std::string resolvedPath(const std::string& path) {
    char resolved[PATH_MAX];
    return ::realpath(path.c_str(), resolved) != nullptr ? std::string(resolved) : path;
}

std::string deviceNumberOf(const std::string& path) {
#if defined(__linux__)
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        return {};
    }
    return std::to_string(major(st.st_dev)) + ":" + std::to_string(minor(st.st_dev));
#else
    (void)path;
    return {};
#endif
}

std::tm localTime(std::time_t when) {
    std::tm tm{};
    ::localtime_r(&when, &tm);
    return tm;
}

bool unmount(const std::string& mountpoint) {
#if defined(__linux__)
    return ::umount2(mountpoint.c_str(), 0) == 0;
#else
    (void)mountpoint;
    errno = ENOSYS;
    return false;
#endif
}

bool isTerminal(StandardStream stream) {
    const int fd = stream == StandardStream::Input    ? STDIN_FILENO
                   : stream == StandardStream::Output ? STDOUT_FILENO
                                                      : STDERR_FILENO;
    return ::isatty(fd) != 0;
}

namespace {

std::atomic<InterruptHandler> interruptHandler{nullptr};
static_assert(std::atomic<InterruptHandler>::is_always_lock_free, "used in a signal handler");

extern "C" void onSignal(int /*signal*/) {
    if (const InterruptHandler handler = interruptHandler.load()) {
        handler();
    }
}

void setSignal(int signal, void (*action)(int)) {
    struct sigaction sa {};
    sa.sa_handler = action;
    sa.sa_flags = SA_RESTART; // as std::signal did: a read or write in progress goes on
    sigemptyset(&sa.sa_mask);
    ::sigaction(signal, &sa, nullptr);
}

} // namespace

void onInterrupt(InterruptHandler handler) {
    interruptHandler.store(handler);
    for (const int signal : {SIGINT, SIGTERM}) {
        setSignal(signal, handler != nullptr ? onSignal : SIG_DFL);
    }
}

void ignoreFileSizeLimitSignal() { setSignal(SIGXFSZ, SIG_IGN); }

std::vector<std::string> commandLineArguments(int argc, char* argv[]) {
    return {argv, argv + argc};
}

void useBinaryStandardStreams() {}

void lowerThreadPriority() {
#if defined(__linux__)
    // Linux keeps a nice value per thread: this thread's id as the "process" of setpriority.
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && nice < 10) {
        ::setpriority(PRIO_PROCESS, tid, 10);
    }
#endif
}

std::string programFile() {
#if defined(__linux__)
    char buffer[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string();
#else
    return {};
#endif
}

bool mayRun(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
           ::access(path.c_str(), X_OK) == 0;
}

bool handOnAsStandardInput(const std::string& content) {
#if defined(__linux__)
    const int fd = ::memfd_create("imprint-stdin", MFD_CLOEXEC);
#else
    std::FILE* file = std::tmpfile();
    const int fd = file != nullptr ? ::dup(::fileno(file)) : -1;
    if (file != nullptr) {
        std::fclose(file);
    }
#endif
    if (fd < 0) {
        return false;
    }
    std::size_t done = 0;
    bool ok = true;
    while (ok && done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            ok = false;
            errno = n < 0 ? errno : ENOSPC;
            break;
        }
        done += static_cast<std::size_t>(n);
    }
    // dup2 clears close-on-exec on the copy: the programs started later inherit it.
    ok = ok && ::lseek(fd, 0, SEEK_SET) == 0 && ::dup2(fd, STDIN_FILENO) >= 0;
    const int error = errno;
    ::close(fd);
    errno = error;
    return ok;
}

void runInstead(const std::string& program, const std::vector<std::string>& args) {
    std::vector<std::string> copy = args;
    std::vector<char*> argv;
    for (auto& a : copy) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    ::execv(program.c_str(), argv.data());
}

} // namespace imprint::platform
