#include "flasher/writer/framing.h"

#include <array>
#include <chrono>

namespace imprint::flasher::writer {
namespace {

// However briefly a caller waits for a message to begin, its rest may take this long.
constexpr int kRestMs = 10'000;

Error channelError(int error) {
    return Error("writer.channel_failed").with("detail", platform::errorText(error));
}

} // namespace

Error timeoutError(int timeoutMs) {
    return Error("writer.timeout").with("seconds", std::to_string((timeoutMs + 999) / 1000));
}

Result<void> MessageStream::send(std::string_view payload, int timeoutMs) {
    if (payload.empty() || payload.size() > limit_) {
        return Error("writer.message_too_large")
            .withBytes("size", payload.size())
            .withBytes("limit", limit_);
    }
    std::array<unsigned char, 4> head{};
    for (std::size_t i = 0; i < head.size(); ++i) {
        head[i] = static_cast<unsigned char>((payload.size() >> (8 * i)) & 0xff);
    }
    std::string frame(reinterpret_cast<const char*>(head.data()), head.size());
    frame.append(payload);
    std::lock_guard lock(sending_);
    const auto t = channel_.writeAll(frame.data(), frame.size(), timeoutMs);
    if (t.error == platform::errorTimedOut()) {
        return timeoutError(timeoutMs);
    }
    if (t.error != 0) {
        return Error("writer.disconnected");
    }
    return {};
}

Result<void> MessageStream::readExactly(char* into, std::size_t length, int timeoutMs,
                                        bool started) {
    using Clock = std::chrono::steady_clock;
    auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    std::size_t done = 0;
    while (done < length) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        const auto t = channel_.readSome(into + done, length - done,
                                         static_cast<int>(std::max<long long>(0, left)));
        if (t.error == platform::errorTimedOut()) {
            // Nothing yet: the stream is still in step. A message begun and then stalled is not.
            return started || done > 0 ? Error("writer.cut_short") : timeoutError(timeoutMs);
        }
        if (t.error != 0) {
            return channelError(t.error);
        }
        if (t.done == 0) {
            // Closed: between messages a plain end, inside one a message cut short.
            return started || done > 0 ? Error("writer.cut_short") : Error("writer.disconnected");
        }
        if (!started && done == 0) {
            // Begun: the rest of a message gets its own time, however short the first wait.
            deadline = Clock::now() + std::chrono::milliseconds(std::max(timeoutMs, kRestMs));
        }
        done += t.done;
    }
    return {};
}

Result<std::string> MessageStream::receive(int timeoutMs) {
    std::array<char, 4> head{};
    if (auto got = readExactly(head.data(), head.size(), timeoutMs, false); !got) {
        return std::move(got).takeError();
    }
    std::size_t size = 0;
    for (std::size_t i = 0; i < head.size(); ++i) {
        size |= static_cast<std::size_t>(static_cast<unsigned char>(head[i])) << (8 * i);
    }
    if (size == 0) {
        return Error("writer.empty_message");
    }
    if (size > limit_) {
        // Never read: the stream is out of step from here on, and the caller ends it.
        return Error("writer.message_too_large").withBytes("size", size).withBytes("limit", limit_);
    }
    std::string payload(size, '\0');
    if (auto got = readExactly(payload.data(), size, std::max(timeoutMs, kRestMs), true); !got) {
        return std::move(got).takeError();
    }
    return payload;
}

} // namespace imprint::flasher::writer
