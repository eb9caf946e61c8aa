// Internal to WriteJob: one target's thread. Takes the shared chunks, queues the mapped (and
// overridden) pieces for writing, hashes what it wrote per run, keeps the first MiB for last,
// has the runs verified.
#pragma once

#include "flasher/writejob/chunks.h"
#include "flasher/writejob/runverifier.h"
#include "flasher/writejob/writejob.h"
#include "flasher/writejob/writequeue.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <xxhash.h>

namespace imprint::flasher {

// What the reader thread tells every writer when the stream ends.
struct StreamEnd {
    std::mutex mutex;
    bool finished = false;
    std::optional<Error> sourceError;
    std::uint64_t imageSize = 0;
};

class TargetWriter {
public:
    using Report = std::function<void(const Progress&, bool force)>;
    TargetWriter(std::size_t index, TargetPlan plan,
                 std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges, bool verify,
                 std::size_t verifyThreads, std::uint64_t verifyLag,
                 const std::atomic<bool>& cancelled, Report report);
    ~TargetWriter();
    TargetWriter(const TargetWriter&) = delete;
    TargetWriter& operator=(const TargetWriter&) = delete;

    Result<void> prepare(std::uint64_t imageSize);
    // The thread's body: returns when the queue is closed.
    void run(ChunkQueue& queue, StreamEnd& end, std::uint64_t totalHint, bool estimate,
             const std::atomic<std::uint64_t>& fileFraction);
    Result<void>& result() { return result_; }
    [[nodiscard]] bool alive() const { return result_.ok(); }

private:
    Result<void> consume(const std::shared_ptr<Chunk>& chunk);
    Result<void> emit(std::uint64_t offset, const std::byte* data, std::size_t length,
                      const std::shared_ptr<const void>& keep);
    void closeRun();
    Result<void> finishTarget(std::uint64_t imageSize);
    void progress(Phase phase, std::uint64_t done, std::uint64_t total, bool estimate,
                  double fraction, bool force);
    void fail(Error e);

    std::size_t index_;
    TargetPlan plan_;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges_; // [begin, end), sorted
    std::size_t rangeIndex_ = 0;
    bool verify_;
    std::size_t verifyThreads_; // readers at once in the verify pass
    std::uint64_t verifyLag_;
    const std::atomic<bool>& cancelled_;
    Report report_;
    std::vector<std::byte> head_;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> headPieces_;
    XXH3_state_t* runState_ = nullptr;
    std::optional<WrittenRun> openRun_;
    std::unique_ptr<WriteQueue> queue_;
    std::unique_ptr<RunVerifier> verifier_; // after queue_: stops reading before it goes
    Result<void> result_;
    Phase phase_ = Phase::Preparing;
    std::chrono::steady_clock::time_point phaseStart_;
};

} // namespace imprint::flasher
