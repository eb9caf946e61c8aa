// GrowingFile: a file another thread is still writing (an image being downloaded), read while
// it grows: a reader waits for the bytes it needs, or gets the error that ended the writing.
#pragma once

#include "core/common/result.h"

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>

namespace imprint::flasher {

class GrowingFile {
public:
    // Takes `fd`, open for reading on the file being written; closed by the destructor.
    explicit GrowingFile(int fd);
    ~GrowingFile();
    GrowingFile(const GrowingFile&) = delete;
    GrowingFile& operator=(const GrowingFile&) = delete;

    [[nodiscard]] int fd() const { return fd_; }

    // The writer's side. The size may go down (a download that starts again from zero): a reader
    // beyond it then waits for the file to grow back past its position.
    void setExpectedSize(std::uint64_t bytes); // 0: unknown
    void grew(std::uint64_t size);
    void finish(std::uint64_t size);
    void fail(Error error);

    // The total the writer announced (0: unknown), for progress and a raw image's size.
    [[nodiscard]] std::uint64_t expectedSize() const;
    // Blocks until the file holds more than `offset` bytes, or the writing ended. The size the
    // file has now: equal to `offset` only at the end. The writer's error once it failed and
    // no byte beyond `offset` arrived.
    Result<std::uint64_t> waitBeyond(std::uint64_t offset);
    // Blocks until the writing ended; the final size, or the writer's error.
    Result<std::uint64_t> waitFinished();

private:
    int fd_;
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::uint64_t expected_ = 0;
    std::uint64_t size_ = 0;
    bool finished_ = false;
    std::optional<Error> error_;
};

} // namespace imprint::flasher
