#include "flasher/source/growingfile.h"

#include "flasher/platform/file.h"

namespace imprint::flasher {

GrowingFile::GrowingFile(int fd) : fd_(fd) {}

GrowingFile::~GrowingFile() { platform::closeFile(fd_); }

void GrowingFile::setExpectedSize(std::uint64_t bytes) {
    const std::lock_guard lock(mutex_);
    expected_ = bytes;
}

void GrowingFile::grew(std::uint64_t size) {
    {
        const std::lock_guard lock(mutex_);
        size_ = size;
    }
    changed_.notify_all();
}

void GrowingFile::finish(std::uint64_t size) {
    {
        const std::lock_guard lock(mutex_);
        size_ = size;
        finished_ = true;
    }
    changed_.notify_all();
}

void GrowingFile::fail(Error error) {
    {
        const std::lock_guard lock(mutex_);
        if (!error_) {
            error_ = std::move(error);
        }
    }
    changed_.notify_all();
}

std::uint64_t GrowingFile::expectedSize() const {
    const std::lock_guard lock(mutex_);
    return expected_;
}

Result<std::uint64_t> GrowingFile::waitBeyond(std::uint64_t offset) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return error_ || finished_ || size_ > offset; });
    // What arrived before a failure is still good: the error comes at the offset it broke.
    if (size_ <= offset && error_) {
        return *error_;
    }
    return size_;
}

Result<std::uint64_t> GrowingFile::waitFinished() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return error_ || finished_; });
    if (error_) {
        return *error_;
    }
    return size_;
}

} // namespace imprint::flasher
