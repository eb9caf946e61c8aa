// imprint: the program users run. It links no Qt: the `fs` edits a script repeats are done
// here at the cost of the disk work alone (app/cli/launcher/fastpath.h); every other command,
// and every case that needs words, runs the full program (imprint-qt, every command, translated
// messages) by exec, in this same process, with the same arguments.
#include "app/cli/launcher/fastpath.h"

#include <sys/mman.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>
#include <vector>

#ifndef IMPRINT_QT_FROM_BIN
#error "IMPRINT_QT_FROM_BIN: the full program's path relative to the launcher's folder"
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

// The build tree keeps both programs in one folder; an installation puts the full one under
// libexec. IMPRINT_QT_PROGRAM overrides both (tests, relocated installs).
std::string fullProgram() {
    if (const char* forced = std::getenv("IMPRINT_QT_PROGRAM"); forced && *forced) {
        return forced;
    }
    const std::string folder = ownFolder();
    const std::string installed = folder + "/" IMPRINT_QT_FROM_BIN;
    if (::access(installed.c_str(), X_OK) == 0) {
        return installed;
    }
    return folder + "/imprint-qt";
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
    const std::string program = fullProgram();
    ::execv(program.c_str(), argv);
    // Only a broken installation gets here, before any translation could be loaded.
    std::fprintf(stderr, "imprint: cannot run %s: %s\n", program.c_str(), std::strerror(errno));
    return 1;
}
