// Internal to WriteJob: checks what one target holds by reading back the runs it wrote and
// hashing them (xxh3, the hash the writer took on the way out). For a device it runs after
// the sync; for an image file it follows right behind the writes, so the read-back overlaps
// the rest of the stream instead of coming after it.
#pragma once

#include "flasher/writejob/writequeue.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>
#include <xxhash.h>

namespace imprint::flasher {

struct WrittenRun {
    std::uint64_t offset = 0;
    std::uint64_t length = 0;
    XXH64_hash_t hash = 0;
    std::uint64_t writesEnd = 0; // the run is on the target once WriteQueue::settled() reaches this
};

class RunVerifier {
public:
    // `readers` direct reads at once. With `queue`, reading starts now and each run waits for
    // its writes; without, it starts in finish() (every run is written by then).
    // `lag`: how far behind the last write a run must end before it is read (with a queue).
    RunVerifier(Target& target, std::size_t readers, std::uint64_t lag,
                const std::atomic<bool>& cancelled, WriteQueue* queue);
    ~RunVerifier();
    RunVerifier(const RunVerifier&) = delete;
    RunVerifier& operator=(const RunVerifier&) = delete;

    // From the writing thread, in offset order.
    void add(const WrittenRun& run);
    // A run already found damaged: the writer stops early.
    [[nodiscard]] bool failed() const { return failed_.load(); }
    // No more runs: the last ones need not lag behind anything now. Reading goes on while the
    // caller syncs.
    void close();
    // No more runs: reads to the end, calling `tick(done, total)` about every 100 ms from this
    // thread. The first damaged run's error, whichever reader found it: runs are handed out
    // in order, so every run before it has been checked too.
    Result<void> finish(const std::function<void(std::uint64_t, std::uint64_t)>& tick);

private:
    void start();
    void work();
    [[nodiscard]] bool ready(const WrittenRun& run) const;
    std::optional<Error> check(const WrittenRun& run, std::byte* buffer, XXH3_state_t* state);

    Target& target_;
    std::size_t readers_;
    std::uint64_t lag_;
    const std::atomic<bool>& cancelled_;
    WriteQueue* queue_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<WrittenRun> runs_;
    std::size_t next_ = 0;
    bool closed_ = false;
    std::atomic<bool> failed_{false};
    std::size_t failedRun_ = SIZE_MAX;
    std::optional<Error> failure_;
    std::atomic<std::uint64_t> done_{0};
    std::size_t working_ = 0;
    std::vector<std::thread> threads_;
};

} // namespace imprint::flasher
