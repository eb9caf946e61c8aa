// The exit codes of every imprint command (the command-line contract).
#pragma once

namespace imprint::app {

enum ExitCode : int {
    ExitOk = 0,           // done
    ExitFailure = 1,      // runtime failure (I/O, a device went away, ...)
    ExitUsage = 2,        // usage error or invalid input
    ExitVerifyFailed = 3, // verification found a difference
    ExitRefused = 4,      // refused for safety
};

} // namespace imprint::app
