// The operating system beyond files (see file.h): privilege, programs, mounts, the terminal,
// interrupts, the running program itself. Every call is made in posix/ or windows/.
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

// The device holding `path` (its filesystem), as Drive::majMin names it: "MAJOR:MINOR" on
// Linux, "disk:N" (the disk of the volume's first extent) on Windows; empty when unknown.
std::string deviceNumberOf(const std::string& path);

// The local time of `when` (the system's time zone rules).
std::tm localTime(std::time_t when);

// Unmounts the filesystem at `mountpoint`. False with lastError().
bool unmount(const std::string& mountpoint);

enum class StandardStream { Input, Output, Error };
// A person's terminal is at the other end of `stream` (a tty; a console on Windows).
bool isTerminal(StandardStream stream);

// From now on an interrupt (Ctrl-C and SIGTERM on POSIX; Ctrl-C, Ctrl-Break and closing the
// console on Windows) calls `handler` instead of ending the process; nullptr gives the default
// back. `handler` runs in a signal handler or on a thread of its own: it may only set an
// atomic flag.
using InterruptHandler = void (*)();
void onInterrupt(InterruptHandler handler);

// A write beyond the file size limit (ulimit -f) fails with an error instead of ending the
// process, here and in the programs it runs (POSIX: SIGXFSZ ignored; Windows has no such limit).
void ignoreFileSizeLimitSignal();

// The program's arguments as UTF-8, argv[0] first (Windows: from the wide command line, so
// names outside the ANSI code page arrive whole; POSIX: argv as given).
std::vector<std::string> commandLineArguments(int argc, char* argv[]);

// Standard input, output and error carry bytes as they are: no CR added before LF or taken
// away, no Ctrl-Z as the end (Windows' text mode). POSIX streams are like that already. Call
// once at start, before anything is read or written, so the output is the same on every system.
void useBinaryStandardStreams();

// The calling thread gives way to the machine's other threads (Linux: nice 10 for this thread
// alone; Windows: below normal). It cannot be raised back without privileges.
void lowerThreadPriority();

// The running program's file, absolute, or empty when the system does not say.
std::string programFile();

// `path` is a file this user may run as a program.
bool mayRun(const std::string& path);

// The programs this process starts from now on read `content` as their standard input (on
// POSIX this process's own standard input too). False with lastError().
bool handOnAsStandardInput(const std::string& content);

// Runs `program` with `args` (args[0] is the name it is told it has) in place of this process,
// with its standard streams: on POSIX this process becomes it; on Windows it runs as a child
// and this process exits with its exit code when it ends. Returns only when the program could
// not be started, with lastError().
void runInstead(const std::string& program, const std::vector<std::string>& args);

} // namespace imprint::platform
