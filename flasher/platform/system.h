// The operating system beyond files (see file.h): privilege, programs, mounts, drive handles.
// Every call is made in posix/ or windows/.
#pragma once

#include <cstdint>
#include <ctime>
#include <string>
#include <vector>

namespace imprint::platform {

// This process may open whole drives itself (root on Linux, an elevated process on Windows).
bool privileged();

// Runs a program found on PATH with `args` (args[0] is its name), stderr discarded, and gives
// what it printed on stdout. `error` is 0 when it ran and exited 0; otherwise an OS error
// number (it could not start), or -1 with `status` its exit status.
struct ProgramOutput {
    std::string out;
    int error = 0;
    int status = 0;
};
ProgramOutput runProgram(const std::vector<std::string>& args);

// The absolute path with links resolved, or `path` unchanged when it cannot be resolved.
std::string resolvedPath(const std::string& path);

// "MAJOR:MINOR" of the device holding `path` (its filesystem), or empty (Linux; empty elsewhere).
std::string deviceNumberOf(const std::string& path);

// The local time of `when` (the system's time zone rules).
std::tm localTime(std::time_t when);

// Unmounts the filesystem at `mountpoint`. False with lastError().
bool unmount(const std::string& mountpoint);

} // namespace imprint::platform
