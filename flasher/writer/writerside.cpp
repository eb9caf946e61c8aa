// imprint-writer's side of the protocol: one job, judged and run by writeAll() as any front end
// runs it; a helper thread listens for "cancel" (or the caller going away) and says "alive" when
// the job is quiet (preparing a large map, syncing a slow card).
#include "flasher/writer/framing.h"
#include "flasher/writer/protocol.h"
#include "flasher/writer/writer.h"

#include <chrono>
#include <mutex>
#include <thread>

namespace imprint::flasher::writer {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kListenSliceMs = 250;

// What the job's threads and the listener share.
class Session {
public:
    Session(MessageStream& stream, const Timeouts& timeouts)
        : stream_(stream), timeouts_(timeouts) {}

    void send(const std::string& message) {
        {
            std::lock_guard lock(mutex_);
            if (broken_) {
                return;
            }
        }
        // A caller that is gone or takes nothing for silenceMs: nobody is left to write for.
        const bool sent = stream_.send(message, timeouts_.silenceMs).ok();
        std::lock_guard lock(mutex_);
        lastSent_ = Clock::now();
        if (!sent) {
            broken_ = true;
            cancelLocked();
        }
    }

    void running(WriteJob* job) {
        std::lock_guard lock(mutex_);
        job_ = job;
        if (job_ != nullptr && cancelled_) {
            job_->cancel();
        }
    }

    void cancel() {
        std::lock_guard lock(mutex_);
        cancelLocked();
    }

    // Until stop(): cancel messages in, alive messages out.
    void listen() {
        for (;;) {
            {
                std::unique_lock lock(mutex_);
                if (stopped_) {
                    return;
                }
            }
            auto text = stream_.receive(kListenSliceMs);
            if (!text) {
                if (text.error().code != "writer.timeout") {
                    cancel(); // the caller went away or broke the protocol: nobody to write for
                    return;
                }
                sayAliveWhenQuiet();
                continue;
            }
            auto message = decodeCallerMessage(*text);
            if (!message || message->type == CallerMessage::Type::Cancel) {
                cancel();
            }
        }
    }

    void stop() {
        std::lock_guard lock(mutex_);
        stopped_ = true;
    }

private:
    void cancelLocked() {
        cancelled_ = true;
        if (job_ != nullptr) {
            job_->cancel();
        }
    }

    void sayAliveWhenQuiet() {
        {
            std::lock_guard lock(mutex_);
            if (Clock::now() - lastSent_ < std::chrono::milliseconds(kAliveMs / 2)) {
                return;
            }
        }
        send(encodeAlive());
    }

    MessageStream& stream_;
    const Timeouts& timeouts_;
    std::mutex mutex_;
    WriteJob* job_ = nullptr;
    bool cancelled_ = false;
    bool stopped_ = false;
    bool broken_ = false;
    Clock::time_point lastSent_ = Clock::now();
};

// The job, or the error the writer answers instead of running anything.
Result<WriteRequest> readJob(MessageStream& stream, const Timeouts& timeouts) {
    auto text = stream.receive(timeouts.jobMs);
    if (!text) {
        return std::move(text).takeError();
    }
    auto message = decodeCallerMessage(*text);
    if (!message) {
        return std::move(message).takeError();
    }
    if (message->type != CallerMessage::Type::Job) {
        return Error("writer.unknown_message").with("type", "cancel");
    }
    return std::move(message->job);
}

} // namespace

int serveOneJob(const std::string& channelName, const Timeouts& timeouts) {
    auto channel = platform::connectChannel(channelName);
    if (!channel.valid()) {
        return 1;
    }
    MessageStream stream(std::move(channel));
    auto job = readJob(stream, timeouts);
    if (!job) {
        if (job.error().code == "writer.disconnected") {
            return 1;
        }
        return stream.send(encodeRefusedJob(job.error()), timeouts.silenceMs) ? 0 : 1;
    }
    Session session(stream, timeouts);
    std::thread listener([&session] { session.listen(); });
    WriteHooks hooks;
    hooks.prepared = [&session](const PreparedWrite& p) { session.send(encodePrepared(p.map())); };
    hooks.progress = [&session](const Progress& p) { session.send(encodeProgress(p)); };
    hooks.running = [&session](WriteJob* running) { session.running(running); };
    // writeAll judges every target again (prepareWrite: the safety rules on this process's own
    // drive list), opens them and writes; a refusal is in the report like any other.
    const WriteReport report = writeAll(std::move(job).value(), hooks);
    session.stop();
    listener.join();
    return stream.send(encodeResult(report), timeouts.silenceMs) ? 0 : 1;
}

} // namespace imprint::flasher::writer
