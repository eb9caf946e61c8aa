#include "flasher/writejob/runverifier.h"

#include <algorithm>
#include <chrono>

namespace imprint::flasher {
namespace {
constexpr std::uint64_t kPiece = 2 << 20;
} // namespace

RunVerifier::RunVerifier(Target& target, std::size_t readers, std::uint64_t lag,
                         const std::atomic<bool>& cancelled, WriteQueue* queue)
    : target_(target), readers_(std::max<std::size_t>(1, readers)), lag_(lag),
      cancelled_(cancelled), queue_(queue) {
    if (queue_ != nullptr) {
        queue_->onSettled([this] {
            std::lock_guard lock(mutex_);
            changed_.notify_all();
        });
        start();
    }
}

RunVerifier::~RunVerifier() {
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
        failed_.store(true); // stops readers still waiting for runs
        changed_.notify_all();
    }
    for (auto& t : threads_) {
        t.join();
    }
    if (queue_ != nullptr) {
        queue_->onSettled({});
    }
}

void RunVerifier::start() {
    working_ = readers_;
    for (std::size_t i = 0; i < readers_; ++i) {
        threads_.emplace_back([this] { work(); });
    }
}

void RunVerifier::add(const WrittenRun& run) {
    std::lock_guard lock(mutex_);
    runs_.push_back(run);
    changed_.notify_all();
}

std::optional<Error> RunVerifier::check(const WrittenRun& run, std::byte* buffer,
                                        XXH3_state_t* state) {
    XXH3_64bits_reset(state);
    for (std::uint64_t at = run.offset; at < run.offset + run.length;) {
        if (cancelled_.load()) {
            return Error("flash.cancelled").with("name", target_.name());
        }
        const auto n =
            static_cast<std::size_t>(std::min<std::uint64_t>(kPiece, run.offset + run.length - at));
        if (auto r = target_.readBack(at, {buffer, n}); !r) {
            return std::move(r).takeError();
        }
        XXH3_64bits_update(state, buffer, n);
        at += n;
        done_ += n;
    }
    if (XXH3_64bits_digest(state) != run.hash) {
        return Error("flash.verify_failed")
            .with("name", target_.name())
            .with("offset", std::to_string(run.offset))
            .with("length", std::to_string(run.length))
            .at(run.offset);
    }
    return std::nullopt;
}

bool RunVerifier::ready(const WrittenRun& run) const {
    if (queue_ == nullptr || closed_) {
        return true;
    }
    // Written, and far enough behind the writes that the page cache has long sent it to the
    // disk: reading it any sooner makes the kernel write it back in small pieces first.
    const WrittenRun& front = runs_.back();
    return queue_->settled() >= run.writesEnd &&
           front.offset + front.length >= run.offset + run.length + lag_;
}

void RunVerifier::work() {
    auto buffer = allocateAligned(static_cast<std::size_t>(kPiece));
    XXH3_state_t* state = XXH3_createState();
    std::unique_lock lock(mutex_);
    for (;;) {
        // The next run in order, once its writes have all landed.
        const std::size_t i = next_;
        changed_.wait(lock, [&] {
            return failed_.load() || (i < runs_.size() && ready(runs_[i])) ||
                   (closed_ && i >= runs_.size()) || next_ != i;
        });
        if (next_ != i) {
            continue; // another reader took it
        }
        if (failed_.load() || i >= runs_.size()) {
            break;
        }
        ++next_;
        const WrittenRun run = runs_[i];
        lock.unlock();
        auto error = check(run, buffer.get(), state);
        lock.lock();
        if (error) {
            if (i < failedRun_) {
                failedRun_ = i;
                failure_ = std::move(error);
            }
            failed_.store(true);
            changed_.notify_all();
        }
    }
    --working_;
    changed_.notify_all();
    lock.unlock();
    XXH3_freeState(state);
}

void RunVerifier::close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    changed_.notify_all();
}

Result<void> RunVerifier::finish(const std::function<void(std::uint64_t, std::uint64_t)>& tick) {
    std::uint64_t total = 0;
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
        for (const auto& r : runs_) {
            total += r.length;
        }
        changed_.notify_all();
    }
    if (threads_.empty()) {
        start();
    }
    {
        std::unique_lock lock(mutex_);
        while (!changed_.wait_for(lock, std::chrono::milliseconds(100),
                                  [&] { return working_ == 0; })) {
            lock.unlock();
            tick(done_.load(), total);
            lock.lock();
        }
    }
    for (auto& t : threads_) {
        t.join();
    }
    threads_.clear();
    tick(done_.load(), total);
    if (failure_) {
        return *failure_;
    }
    return {};
}

} // namespace imprint::flasher
