// GrowingFile: a file another thread is still writing (an image being downloaded), read while
// it grows: a reader waits for the bytes it needs, or gets the error that ended the writing.
#pragma once

#include "core/common/result.h"

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

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

// While a growing file is published under a name, Source::open(name) reads it instead of
// opening a file by that name, so every reader that opens the image by name (ImageHead's
// later decoding passes too) reads the same downloaded bytes without a second download.
void publishGrowingFile(const std::string& name, std::shared_ptr<GrowingFile> file);
void withdrawGrowingFile(const std::string& name);
std::shared_ptr<GrowingFile> findGrowingFile(const std::string& name);

} // namespace imprint::flasher
