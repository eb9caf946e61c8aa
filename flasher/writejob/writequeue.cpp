#include "flasher/writejob/writequeue.h"

namespace imprint::flasher {

WriteQueue::WriteQueue(Target& target, std::size_t depth)
    : target_(target), depth_(std::max<std::size_t>(1, depth)) {
    if (depth_ > 1) {
        for (std::size_t i = 0; i < depth_; ++i) {
            threads_.emplace_back([this] { work(); });
        }
    }
}

WriteQueue::~WriteQueue() {
    {
        std::unique_lock lock(mutex_);
        closing_ = true;
        changed_.notify_all();
    }
    for (auto& t : threads_) {
        t.join();
    }
}

void WriteQueue::onSettled(std::function<void()> listener) {
    std::lock_guard lock(mutex_);
    listener_ = std::move(listener);
}

std::uint64_t WriteQueue::settled() const {
    std::lock_guard lock(mutex_);
    return settled_;
}

std::uint64_t WriteQueue::submitted() const {
    std::lock_guard lock(mutex_);
    return next_;
}

void WriteQueue::complete(std::uint64_t seq, Result<void> result,
                          std::unique_lock<std::mutex>& lock) {
    if (!result) {
        Error e = std::move(result).takeError();
        const auto at = [](const Error& x) { return x.offset.value_or(UINT64_MAX); };
        if (!failure_ || at(e) < at(*failure_)) {
            failure_ = std::move(e);
        }
    }
    doneAhead_.insert(seq);
    const std::uint64_t before = settled_;
    while (!doneAhead_.empty() && *doneAhead_.begin() == settled_) {
        doneAhead_.erase(doneAhead_.begin());
        ++settled_;
    }
    --inFlight_;
    changed_.notify_all();
    if (settled_ != before && listener_) {
        auto listener = listener_;
        lock.unlock();
        listener();
        lock.lock();
    }
}

Result<void> WriteQueue::submit(std::uint64_t offset, std::span<const std::byte> data,
                                std::shared_ptr<const void> keep) {
    std::unique_lock lock(mutex_);
    const bool alone = depth_ == 1 || offset % kDirectAlignment != 0 ||
                       data.size() % kDirectAlignment != 0 ||
                       reinterpret_cast<std::uintptr_t>(data.data()) % kDirectAlignment != 0;
    changed_.wait(lock, [&] { return failure_ || (alone ? inFlight_ == 0 : inFlight_ < depth_); });
    if (failure_) {
        return *failure_;
    }
    const std::uint64_t seq = next_++;
    ++inFlight_;
    if (alone) {
        lock.unlock();
        auto result = target_.write(offset, data);
        lock.lock();
        complete(seq, std::move(result), lock);
        if (failure_) {
            return *failure_;
        }
        return {};
    }
    tasks_.push_back(Task{seq, offset, data, std::move(keep)});
    changed_.notify_all();
    return {};
}

Result<void> WriteQueue::drain() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return inFlight_ == 0; });
    if (failure_) {
        return *failure_;
    }
    return {};
}

void WriteQueue::work() {
    std::unique_lock lock(mutex_);
    for (;;) {
        changed_.wait(lock, [&] { return !tasks_.empty() || closing_; });
        if (tasks_.empty()) {
            return;
        }
        Task task = std::move(tasks_.front());
        tasks_.pop_front();
        Result<void> result;
        if (!failure_) { // after a failure the rest is not written
            lock.unlock();
            result = target_.write(task.offset, task.data);
            task.keep.reset(); // hands a chunk back to the pool outside the lock
            lock.lock();
        }
        complete(task.seq, std::move(result), lock);
    }
}

} // namespace imprint::flasher
