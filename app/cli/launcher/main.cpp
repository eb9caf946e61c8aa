// imprint: the program users run. It links no Qt: the `fs` edits a script repeats are done
// here at the cost of the disk work alone (app/cli/launcher/fastpath.h); every other command,
// and every case that needs words, runs a Qt program by exec, in this same process, with the
// same arguments: imprint-lite (QtCore alone) for the commands it hosts, imprint-qt (every
// command, and the help that lists them) for the rest. Both print the same translated messages.
#include "app/cli/launcher/fastpath.h"

#include <sys/mman.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

#ifndef IMPRINT_LIBEXEC_FROM_BIN
#error "IMPRINT_LIBEXEC_FROM_BIN: the Qt programs' folder relative to the launcher's folder"
#endif
#ifndef IMPRINT_LITE_COMMANDS
#error "IMPRINT_LITE_COMMANDS: the commands imprint-lite hosts, separated by spaces"
#endif

namespace {

std::string ownFolder() {
    char buffer[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (n <= 0) {
        return ".";
    }
    std::string path(buffer, static_cast<std::size_t>(n));
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

// Whether imprint-lite hosts `command` (the list comes from app/cli/CMakeLists.txt, which
// builds imprint-lite from exactly those commands).
bool liteHosts(const char* command) {
    if (command == nullptr || *command == '\0') {
        return false;
    }
    const std::string_view list = IMPRINT_LITE_COMMANDS;
    const std::string_view wanted = command;
    std::size_t i = 0;
    while (i < list.size()) {
        const std::size_t end = std::min(list.find(' ', i), list.size());
        if (list.substr(i, end - i) == wanted) {
            return true;
        }
        i = end + 1;
    }
    return false;
}

// The build tree keeps all programs in one folder; an installation puts the Qt ones under
// libexec. IMPRINT_QT_PROGRAM names the one Qt program to run for every command instead
// (tests, relocated installs).
std::string qtProgram(const char* command) {
    if (const char* forced = std::getenv("IMPRINT_QT_PROGRAM"); forced && *forced) {
        return forced;
    }
    const std::string name = liteHosts(command) ? "imprint-lite" : "imprint-qt";
    const std::string folder = ownFolder();
    const std::string installed = folder + "/" IMPRINT_LIBEXEC_FROM_BIN "/" + name;
    if (::access(installed.c_str(), X_OK) == 0) {
        return installed;
    }
    return folder + "/" + name;
}

// What the fast path already read from stdin goes to the full program as its stdin.
bool handOnStdin(const std::string& content) {
    const int fd = ::memfd_create("imprint-stdin", 0);
    if (fd < 0) {
        return false;
    }
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n <= 0) {
            ::close(fd);
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    if (::lseek(fd, 0, SEEK_SET) != 0 || ::dup2(fd, STDIN_FILENO) < 0) {
        ::close(fd);
        return false;
    }
    ::close(fd);
    return true;
}

} // namespace

int main(int argc, char* argv[]) {
    // A file size limit (ulimit -f) must fail a write with EFBIG, reported as an error, not kill
    // the program; ignoring the signal here also holds for the program exec'd below.
    std::signal(SIGXFSZ, SIG_IGN);
    std::vector<std::string> arguments(argv + 1, argv + argc);
    std::string content;
    bool consumed = false;
    if (!std::getenv("IMPRINT_NO_FAST_PATH") &&
        imprint::launcher::tryFastPath(arguments, content, consumed) ==
            imprint::launcher::FastOutcome::Done) {
        return 0;
    }
    if (consumed && !handOnStdin(content)) {
        std::fprintf(stderr, "imprint: cannot pass stdin on: %s\n", std::strerror(errno));
        return 1;
    }
    const std::string program = qtProgram(argc > 1 ? argv[1] : nullptr);
    ::execv(program.c_str(), argv);
    // Only a broken installation gets here, before any translation could be loaded.
    std::fprintf(stderr, "imprint: cannot run %s: %s\n", program.c_str(), std::strerror(errno));
    return 1;
}
