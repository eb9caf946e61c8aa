// Internal to WriteJob: the fixed set of aligned buffers the decompressed stream flows through
// (shared by every target, returned when the last one is done with it), and each target's queue.
#pragma once

#include "flasher/target/target.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace imprint::flasher {

struct Chunk {
    AlignedBuffer data;
    std::size_t capacity = 0;
    std::size_t size = 0;
    std::uint64_t offset = 0;
    // Which 4 KiB blocks are all zero, worked out once by the first target that asks.
    std::mutex zerosMutex;
    bool zerosReady = false;
    std::vector<bool> zeroBlocks;
    const std::vector<bool>& zeros();
};

class ChunkPool {
public:
    ChunkPool(std::size_t count, std::size_t bytes);
    // A free chunk, or null once `cancelled` is set.
    std::shared_ptr<Chunk> acquire(const std::atomic<bool>& cancelled);
    void wake();

private:
    void release(Chunk* chunk);
    std::mutex mutex_;
    std::condition_variable available_;
    std::vector<std::unique_ptr<Chunk>> all_;
    std::vector<Chunk*> free_;
};

class ChunkQueue {
public:
    void push(std::shared_ptr<Chunk> chunk);
    void close();
    // The next chunk, or null when closed and empty.
    std::shared_ptr<Chunk> pop();

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::shared_ptr<Chunk>> items_;
    bool closed_ = false;
};

} // namespace imprint::flasher
