// imprint: the program users run. It links no Qt: the `fs` edits a script repeats are done
// here at the cost of the disk work alone (app/cli/launcher/fastpath.h); every other command,
// and every case that needs words, runs a Qt program in its place with the same arguments (exec
// on POSIX; on Windows a child whose exit code it passes on, flasher/platform/system.h):
// imprint-lite (QtCore alone) for the commands it hosts, imprint-qt (every command, and the help
// that lists them) for the rest. Both print the same translated messages.
#include "app/cli/launcher/fastpath.h"
#include "flasher/platform/file.h"
#include "flasher/platform/system.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#ifndef IMPRINT_LIBEXEC_FROM_BIN
#error "IMPRINT_LIBEXEC_FROM_BIN: the Qt programs' folder relative to the launcher's folder"
#endif
#ifndef IMPRINT_LITE_COMMANDS
#error "IMPRINT_LITE_COMMANDS: the commands imprint-lite hosts, separated by spaces"
#endif

namespace {

namespace platform = imprint::platform;

#if defined(_WIN32)
constexpr const char* kProgramSuffix = ".exe";
#else
constexpr const char* kProgramSuffix = "";
#endif

std::string ownFolder() {
    const std::string path = platform::programFile();
    const auto slash = path.find_last_of("/\\");
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
    const std::string name =
        std::string(liteHosts(command) ? "imprint-lite" : "imprint-qt") + kProgramSuffix;
    const std::string folder = ownFolder();
    const std::string installed = folder + "/" IMPRINT_LIBEXEC_FROM_BIN "/" + name;
    if (platform::mayRun(installed)) {
        return installed;
    }
    return folder + "/" + name;
}

} // namespace

int main(int argc, char* argv[]) {
    // A file size limit (ulimit -f) must fail a write with EFBIG, reported as an error, not kill
    // the program; this also holds for the program run below.
    platform::ignoreFileSizeLimitSignal();
    platform::useBinaryStandardStreams();
    const std::vector<std::string> all = platform::commandLineArguments(argc, argv);
    std::vector<std::string> arguments(all.begin() + (all.empty() ? 0 : 1), all.end());
    std::string content;
    bool consumed = false;
    if (!std::getenv("IMPRINT_NO_FAST_PATH") &&
        imprint::launcher::tryFastPath(arguments, content, consumed) ==
            imprint::launcher::FastOutcome::Done) {
        return 0;
    }
    // What the fast path already read from stdin goes to the full program as its stdin.
    if (consumed && !platform::handOnAsStandardInput(content)) {
        std::fprintf(stderr, "imprint: cannot pass stdin on: %s\n",
                     platform::errorText(platform::lastError()).c_str());
        return 1;
    }
    const std::string program = qtProgram(arguments.empty() ? nullptr : arguments[0].c_str());
    platform::runInstead(program, all);
    // Only a broken installation gets here, before any translation could be loaded.
    std::fprintf(stderr, "imprint: cannot run %s: %s\n", program.c_str(),
                 platform::errorText(platform::lastError()).c_str());
    return 1;
}
