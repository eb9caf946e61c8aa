// Internal to WriteJob: one target's thread. Takes the shared chunks, writes the mapped (and
// overridden) pieces, hashes what it wrote per run, keeps the first MiB for last, verifies.
#pragma once

#include "flasher/writejob/chunks.h"
#include "flasher/writejob/writejob.h"

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
                 std::size_t verifyThreads, std::size_t chunkBytes,
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
    struct Run {
        std::uint64_t offset;
        std::uint64_t length;
        XXH64_hash_t hash;
    };
    Result<void> consume(Chunk& chunk);
    Result<void> emit(std::uint64_t offset, const std::byte* data, std::size_t length);
    void closeRun();
    Result<void> finishTarget(std::uint64_t imageSize);
    Result<void> verifyRuns(std::uint64_t total);
    void progress(Phase phase, std::uint64_t done, std::uint64_t total, bool estimate,
                  double fraction, bool force);
    void fail(Error e);

    std::size_t index_;
    TargetPlan plan_;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges_; // [begin, end), sorted
    std::size_t rangeIndex_ = 0;
    bool verify_;
    std::size_t verifyThreads_; // readers at once in the verify pass
    const std::atomic<bool>& cancelled_;
    Report report_;
    AlignedBuffer scratch_; // a chunk with this target's overrides applied
    std::size_t chunkBytes_;
    std::vector<std::byte> head_;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> headPieces_;
    std::vector<Run> runs_;
    XXH3_state_t* runState_ = nullptr;
    std::optional<Run> openRun_;
    Result<void> result_;
    Phase phase_ = Phase::Preparing;
    std::chrono::steady_clock::time_point phaseStart_;
};

} // namespace imprint::flasher
