// The caller's side: start imprint-writer on a fresh private channel, hand it the job, relay
// what it says, and turn every way it can go wrong (it never connects, dies, hangs, or says
// something outside the protocol) into an error value on every target.
#include "core/common/utf8path.h"
#include "flasher/writer/framing.h"
#include "flasher/writer/protocol.h"
#include "flasher/writer/writer.h"

#include <chrono>
#include <filesystem>

namespace imprint::flasher::writer {
namespace {

using Clock = std::chrono::steady_clock;

// How often the caller looks at the cancel flag and the writer's process while it waits.
constexpr int kSliceMs = 200;
// How long a writer that sent its result has to end before it is stopped.
constexpr int kEndMs = 10'000;

bool pastDeadline(Clock::time_point since, int ms) {
    return Clock::now() - since > std::chrono::milliseconds(ms);
}

Error exitedError(platform::ChildProcess& child) {
    const auto status = child.wait(kEndMs);
    return Error("writer.exited").with("status", status ? std::to_string(*status) : "?");
}

// The writer connected, or why it did not.
Result<platform::Channel> awaitWriter(platform::ChannelListener& listener,
                                      platform::ChildProcess& child, const WriterCall& call) {
    const auto started = Clock::now();
    for (;;) {
        platform::Channel channel = listener.accept(kSliceMs);
        if (channel.valid()) {
            // The one client must be the program we started: another program of this user
            // that found the name first would get the job (and the profile's secrets).
            const std::uint64_t peer = channel.peerProcessId();
            if (peer != 0 && peer != child.processId()) {
                return Error("writer.wrong_peer");
            }
            return channel;
        }
        const int error = platform::lastError();
        if (error != platform::errorTimedOut()) {
            return Error("writer.channel_failed").with("detail", platform::errorText(error));
        }
        if (child.wait(0)) {
            return exitedError(child);
        }
        if (pastDeadline(started, call.timeouts.connectMs)) {
            return timeoutError(call.timeouts.connectMs);
        }
    }
}

// The report the writer sent, checked against the job (the same targets, in order).
Result<WriteReport> checkedReport(WriterMessage message,
                                  const std::vector<TargetRequest>& targets) {
    for (std::size_t i = 0; i < targets.size(); ++i) {
        if (message.report.targets[i].target != targets[i].path) {
            return Error("writer.bad_field")
                .atPointer("/report/targets/" + std::to_string(i) + "/target")
                .with("expected", "string");
        }
    }
    return std::move(message.report);
}

// Relays the writer's messages until its result; the report or why there is none.
Result<WriteReport> relay(MessageStream& stream, platform::ChildProcess& child,
                          const std::vector<TargetRequest>& targets, const WriterCall& call) {
    bool cancelSent = false;
    auto lastHeard = Clock::now();
    for (;;) {
        if (call.cancel != nullptr && call.cancel->load() && !cancelSent) {
            cancelSent = true;
            (void)stream.send(encodeCancel(), call.timeouts.silenceMs);
        }
        auto text = stream.receive(kSliceMs);
        if (!text) {
            const std::string& code = text.error().code;
            if (code == "writer.timeout" && !pastDeadline(lastHeard, call.timeouts.silenceMs)) {
                continue;
            }
            if (code == "writer.timeout") {
                return timeoutError(call.timeouts.silenceMs);
            }
            return code == "writer.disconnected" ? exitedError(child) : std::move(text).takeError();
        }
        lastHeard = Clock::now();
        auto message = decodeWriterMessage(*text, targets.size());
        if (!message) {
            return std::move(message).takeError();
        }
        switch (message->type) {
        case WriterMessage::Type::Prepared:
            if (call.prepared) {
                call.prepared(message->map);
            }
            break;
        case WriterMessage::Type::Progress:
            if (call.progress) {
                call.progress(message->progress);
            }
            break;
        case WriterMessage::Type::Alive:
            break;
        case WriterMessage::Type::Result:
            if (message->error) {
                // The job refused as a whole: every target carries why, as invalid input.
                return reportOfSourceError(targets, *message->error, Verdict::Invalid);
            }
            return checkedReport(std::move(message).value(), targets);
        }
    }
}

// The writer may start in another folder (an elevated program starts in the system folder):
// every file it is told about goes as an absolute path. Drive paths go as they are.
WriteRequest withAbsolutePaths(WriteRequest request) {
    const auto absolute = [](std::string& path) {
        std::error_code error;
        auto full = std::filesystem::absolute(pathFromUtf8(path), error);
        if (!path.empty() && !error) {
            path = utf8Of(full);
        }
    };
    absolute(request.source);
    absolute(request.bmapPath);
    for (auto& p : request.readPaths) {
        absolute(p);
    }
    for (auto& t : request.targets) {
        if (!t.drive) {
            absolute(t.path);
        }
        if (t.profile && t.profile->logo) {
            absolute(*t.profile->logo);
        }
    }
    return request;
}

} // namespace

WriteReport writeThroughWriter(WriteRequest request, const WriterCall& call) {
    const std::vector<TargetRequest> targets = request.targets;
    const auto failed = [&targets](const Error& e) {
        return reportOfSourceError(targets, e, Verdict::Failed);
    };
    const WriteRequest handed = withAbsolutePaths(std::move(request));
    auto job = encodeJob(handed);
    if (!job) {
        return reportOfSourceError(targets, job.error(), Verdict::Invalid);
    }
    platform::ChannelListener listener;
    if (!listener.open()) {
        return failed(Error("writer.channel_failed")
                          .with("detail", platform::errorText(platform::lastError())));
    }
    platform::ChildProcess child;
    if (!child.start(call.program, {"--channel", listener.name()}, call.elevated)) {
        return failed(Error("writer.start_failed")
                          .with("program", call.program)
                          .with("detail", platform::errorText(platform::lastError())));
    }
    auto channel = awaitWriter(listener, child, call);
    listener.close();
    if (!channel) {
        return failed(channel.error()); // the child, if still running, is stopped on the way out
    }
    MessageStream stream(std::move(channel).value());
    if (auto sent = stream.send(*job, call.timeouts.silenceMs); !sent) {
        return failed(sent.error().code == "writer.disconnected" ? exitedError(child)
                                                                 : sent.error());
    }
    auto report = relay(stream, child, handed.targets, call);
    stream.close();
    if (!report) {
        return failed(report.error());
    }
    if (!child.wait(kEndMs)) {
        child.stop(); // it said all it had to say
    }
    for (std::size_t i = 0; i < targets.size(); ++i) {
        report->targets[i].target = targets[i].path; // as the caller named it
    }
    return std::move(report).value();
}

} // namespace imprint::flasher::writer
