// The elevated writer: the unprivileged program (the GUI) hands a WriteRequest to a separate
// imprint-writer process that may open drives (elevated with "runas" on Windows), over a private
// channel (platform/channel.h) in the protocol of protocol.h. The writer trusts nothing it is
// told: it runs the request through writeAll(), so prepareWrite() judges every target again by
// the safety rules, on the drive list the writer reads itself.
#pragma once

#include "flasher/request/writereport.h"
#include "flasher/request/writerequest.h"

#include <atomic>
#include <functional>
#include <string>

namespace imprint::flasher::writer {

// How long each side waits before it gives up on the other.
struct Timeouts {
    int connectMs = 120'000; // the writer to connect (a UAC prompt waits for a person)
    int silenceMs = 30'000;  // the other side to say anything (the writer: alive, progress)
    int jobMs = 30'000;      // the writer: the job to arrive after connecting
};

// The writer's side, all of imprint-writer: connects to `channelName`, reads one job, runs it,
// streams progress (and "alive" at least every kAliveMs), sends the report, returns the exit
// code: 0 a result was sent (whatever it says), 1 the channel failed before one could be.
// A cancel message, or the caller going away, cancels the job.
int serveOneJob(const std::string& channelName, const Timeouts& timeouts = {});

// The caller's side: the GUI (or a test) standing where writeAll() would be called.
struct WriterCall {
    std::string program;  // imprint-writer's file
    bool elevated = true; // Windows: ShellExecuteExW "runas"; POSIX: started as this user
    Timeouts timeouts;
    std::function<void(const MapFacts&)> prepared; // every target judged and opened
    std::function<void(const Progress&)> progress;
    const std::atomic<bool>* cancel = nullptr; // set: the writer is told to cancel
};

// Starts the writer, hands it `request` and waits for its report. What goes wrong between the
// two is every target's error (verdict Failed): writer.start_failed {program, detail},
// writer.exited {status} (it ended without a result), writer.timeout {seconds}, a message that
// breaks the protocol (protocol.h's and framing.h's errors; the writer is then stopped),
// writer.wrong_peer (another program connected in its place: it gets nothing),
// writer.unsupported_request {what}.
WriteReport writeThroughWriter(WriteRequest request, const WriterCall& call);

} // namespace imprint::flasher::writer
