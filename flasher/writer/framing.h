// The writer's messages on the wire: each one a 4-byte little-endian length, then that many
// bytes of JSON text. A length of 0 or over the limit, a peer that closes mid-message and a
// silence past the timeout are error values; nothing waits forever and nothing reads an
// announced length it would not accept.
#pragma once

#include "core/common/result.h"
#include "flasher/platform/channel.h"

#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>

namespace imprint::flasher::writer {

// The largest message either side accepts (a job: paths and profiles; a result: a report).
inline constexpr std::size_t kMaxMessageBytes = 16u << 20;

class MessageStream {
public:
    explicit MessageStream(platform::Channel channel, std::size_t limit = kMaxMessageBytes)
        : channel_(std::move(channel)), limit_(limit) {}

    // One message, whole or not at all (several threads may send; one at a time writes).
    // Errors: writer.message_too_large {size, limit}, writer.timeout {seconds},
    // writer.disconnected, writer.channel_failed {detail}.
    Result<void> send(std::string_view payload, int timeoutMs);
    // The next message, waiting at most `timeoutMs` for it to begin and as long again for the
    // rest. Errors: writer.timeout {seconds} (nothing came: the stream is still usable),
    // writer.disconnected (closed between messages), writer.cut_short (inside one),
    // writer.message_too_large {size, limit}, writer.empty_message, writer.channel_failed {detail}.
    Result<std::string> receive(int timeoutMs);
    void close() { channel_.close(); }

private:
    Result<void> readExactly(char* into, std::size_t length, int timeoutMs, bool started);

    platform::Channel channel_;
    std::size_t limit_;
    std::mutex sending_;
};

// The error a wait of `timeoutMs` that ran out gives.
Error timeoutError(int timeoutMs);

} // namespace imprint::flasher::writer
