#include "flasher/platform/system.h"

#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/mount.h>
#include <sys/sysmacros.h>
#endif

extern char** environ;

namespace imprint::platform {

bool privileged() { return ::geteuid() == 0; }

namespace {

std::string readAll(int fd) {
    std::string out;
    char buf[65536];
    for (;;) {
        const auto n = ::read(fd, buf, sizeof buf);
        if (n > 0) {
            out.append(buf, static_cast<std::size_t>(n));
        } else if (n == 0 || errno != EINTR) {
            break;
        }
    }
    return out;
}

} // namespace

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
    result.out = readAll(fds[0]);
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

} // namespace imprint::platform
