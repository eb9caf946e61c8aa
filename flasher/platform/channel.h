// A Channel is a private two-way byte stream between this program and one program it starts
// (the elevated writer, flasher/writer): a Unix-domain socket in a folder only this user may
// enter on POSIX, a named pipe with a random name that only this user may open on Windows.
// Also here: starting that program (elevated where the system asks for it) and watching it.
#pragma once

#include "flasher/platform/file.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace imprint::platform {

// The error a wait that ran out of time gives (ETIMEDOUT / WAIT_TIMEOUT).
int errorTimedOut();

// One connected end. Reading and writing may happen on two threads at once.
class Channel {
public:
    Channel() = default;
    explicit Channel(std::intptr_t handle) : handle_(handle) {}
    Channel(Channel&& o) noexcept : handle_(o.handle_) { o.handle_ = -1; }
    Channel& operator=(Channel&& o) noexcept;
    Channel(const Channel&) = delete;
    Channel& operator=(const Channel&) = delete;
    ~Channel() { close(); }

    [[nodiscard]] bool valid() const { return handle_ != -1; }
    // The process at the other end (SO_PEERCRED / GetNamedPipeClientProcessId on the
    // listener's end), 0 when the system does not say.
    [[nodiscard]] std::uint64_t peerProcessId() const;
    // Up to `length` bytes, waiting at most `timeoutMs` for the first: done > 0; or done == 0
    // with error 0 when the other end closed, errorTimedOut() when nothing came in time, or the
    // OS error.
    Transfer readSome(void* into, std::size_t length, int timeoutMs);
    // All `length` bytes, or the error that stopped them (errorTimedOut() after `timeoutMs`).
    Transfer writeAll(const void* data, std::size_t length, int timeoutMs);
    void close();

private:
    std::intptr_t handle_ = -1;
};

// The end that waits for the other program to connect; one client, then it takes no more.
class ChannelListener {
public:
    ChannelListener() = default;
    ChannelListener(ChannelListener&& o) noexcept;
    ChannelListener& operator=(ChannelListener&& o) noexcept;
    ChannelListener(const ChannelListener&) = delete;
    ChannelListener& operator=(const ChannelListener&) = delete;
    ~ChannelListener() { close(); }

    // A fresh endpoint with a random name only this user may open. False with lastError().
    bool open();
    // What the other program is told: a socket's path, or "\\.\pipe\imprint-writer-<random>".
    [[nodiscard]] const std::string& name() const { return name_; }
    // The one client, waiting at most `timeoutMs`; invalid with lastError() (errorTimedOut()).
    // A client that is not this user (POSIX: nor root) is turned away.
    Channel accept(int timeoutMs);
    void close();

private:
    std::intptr_t handle_ = -1;
    std::string name_;
    std::string folder_; // POSIX: the private folder holding the socket
};

// Connects to a listener's `name`; invalid with lastError().
Channel connectChannel(const std::string& name);

// A program this one started.
class ChildProcess {
public:
    ChildProcess() = default;
    ChildProcess(ChildProcess&& o) noexcept;
    ChildProcess& operator=(ChildProcess&& o) noexcept;
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    ~ChildProcess() { reap(); } // an unfinished child is stopped and waited for

    // Starts `program` with `args` (not including the program's name), its standard streams
    // this process's. Elevated: on Windows through ShellExecuteExW "runas" (the UAC prompt);
    // on POSIX it runs as this user. False with lastError().
    bool start(const std::string& program, const std::vector<std::string>& args, bool elevated);
    [[nodiscard]] bool started() const { return handle_ != -1; }
    [[nodiscard]] std::uint64_t processId() const;
    // Its exit code once it ended, waiting at most `timeoutMs`; nullopt while it runs (a
    // child killed by a signal gives 128 + the signal).
    std::optional<int> wait(int timeoutMs);
    void stop(); // ends it at once (SIGKILL, TerminateProcess)

private:
    void reap(); // stops an unfinished child and waits for it
    std::intptr_t handle_ = -1;
    std::optional<int> exitCode_;
};

} // namespace imprint::platform
