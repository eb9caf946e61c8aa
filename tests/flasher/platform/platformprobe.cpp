// A program that does one thing through the platform seam and says what happened, so that
// tst_platform_system can run it under a terminal, a file size limit or a signal and judge the
// result from outside (the kernel, script(1), prlimit(1), sh and cat are the judges).
//
//   platformprobe terminal              prints isTerminal of stdin, stdout, stderr: "0 1 0"
//   platformprobe interrupt             "ready"; "interrupted" after the first interrupt; then
//                                       "default" and waits: the second one ends the process
//   platformprobe fsize PATH [keep|raw] writes 2 MiB to PATH: "done N error TEXT"; keep: the
//                                       file size limit signal ignored; raw: left as it was
//   platformprobe fsize-exec PATH       ignores that signal, then runs "fsize PATH raw" instead
//   platformprobe handon PROGRAM ARGS.. reads stdin to its end, hands it on, runs PROGRAM
//   platformprobe run PROGRAM ARGS..    prints its process id ("pid N"), runs PROGRAM instead
#include "flasher/platform/file.h"
#include "flasher/platform/system.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace platform = imprint::platform;

namespace {

std::atomic<bool> interrupted{false};
void noteInterrupt() { interrupted.store(true); }

void say(const std::string& line) {
    std::fputs((line + "\n").c_str(), stdout);
    std::fflush(stdout);
}

// Runs args[at..] instead of this process; returns only when that failed.
int runRest(const std::vector<std::string>& args, std::size_t at) {
    if (args.size() <= at + 1) {
        return 2;
    }
    platform::runInstead(
        args[at],
        std::vector<std::string>(args.begin() + static_cast<std::ptrdiff_t>(at) + 1, args.end()));
    say("cannot run: " + platform::errorText(platform::lastError()));
    return 99;
}

int terminal() {
    using S = platform::StandardStream;
    std::string line;
    for (const S s : {S::Input, S::Output, S::Error}) {
        line += platform::isTerminal(s) ? "1 " : "0 ";
    }
    line.pop_back();
    say(line);
    return 0;
}

bool waitFor(const std::atomic<bool>& flag) {
    for (int i = 0; i < 3000 && !flag.load(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return flag.load();
}

int interrupt() {
    platform::onInterrupt(noteInterrupt);
    say("ready");
    if (!waitFor(interrupted)) {
        return 3;
    }
    say("interrupted");
    platform::onInterrupt(nullptr);
    interrupted.store(false);
    say("default");
    waitFor(interrupted); // the default action ends the process before this returns
    say("still running");
    return 4;
}

int fileSize(const std::string& path, const std::string& how) {
    if (how == "keep") {
        platform::ignoreFileSizeLimitSignal();
    }
    const platform::UniqueFile file(
        platform::openFile(path, platform::kReadWrite | platform::kCreate));
    if (!file.valid()) {
        say("cannot open: " + platform::errorText(platform::lastError()));
        return 2;
    }
    const std::vector<char> data(2u << 20, 'x');
    const platform::Transfer t = platform::writeAt(file.get(), data.data(), data.size(), 0);
    say("done " + std::to_string(t.done) + " error " + platform::errorText(t.error));
    return 0;
}

int handOn(const std::vector<std::string>& args) {
    std::string content;
    if (const int e = platform::readStandardInput(content); e != 0) {
        say("cannot read stdin: " + platform::errorText(e));
        return 2;
    }
    if (!platform::handOnAsStandardInput(content)) {
        say("cannot hand on: " + platform::errorText(platform::lastError()));
        return 2;
    }
    return runRest(args, 2);
}

} // namespace

int main(int argc, char* argv[]) {
    const std::vector<std::string> args(argv, argv + argc);
    const std::string what = args.size() > 1 ? args[1] : "";
    if (what == "terminal") {
        return terminal();
    }
    if (what == "interrupt") {
        return interrupt();
    }
    if (what == "fsize" && args.size() >= 3) {
        return fileSize(args[2], args.size() > 3 ? args[3] : "keep");
    }
    if (what == "fsize-exec" && args.size() == 3) {
        platform::ignoreFileSizeLimitSignal();
        return runRest({"", "", args[0], args[0], "fsize", args[2], "raw"}, 2);
    }
    if (what == "handon") {
        return handOn(args);
    }
    if (what == "run") {
        say("pid " + std::to_string(::getpid())); // the test may ask the system itself
        return runRest(args, 2);
    }
    return 2;
}
