#include "flasher/writejob/chunks.h"

#include <atomic>
#include <cstring>

namespace imprint::flasher {

namespace {
constexpr std::size_t kBlock = 4096;
const std::byte kZeroBlock[kBlock] = {};
} // namespace

const std::vector<bool>& Chunk::zeros() {
    std::lock_guard lock(zerosMutex);
    if (!zerosReady) {
        zeroBlocks.assign((size + kBlock - 1) / kBlock, false);
        for (std::size_t b = 0; b * kBlock < size; ++b) {
            const std::size_t n = std::min(kBlock, size - b * kBlock);
            zeroBlocks[b] = std::memcmp(data.get() + b * kBlock, kZeroBlock, n) == 0;
        }
        zerosReady = true;
    }
    return zeroBlocks;
}

ChunkPool::ChunkPool(std::size_t count, std::size_t bytes) {
    for (std::size_t i = 0; i < count; ++i) {
        auto c = std::make_unique<Chunk>();
        c->data = allocateAligned(bytes);
        c->capacity = bytes;
        free_.push_back(c.get());
        all_.push_back(std::move(c));
    }
}

std::shared_ptr<Chunk> ChunkPool::acquire(const std::atomic<bool>& cancelled) {
    std::unique_lock lock(mutex_);
    available_.wait(lock, [&] { return !free_.empty() || cancelled.load(); });
    if (cancelled.load()) {
        return nullptr;
    }
    Chunk* c = free_.back();
    free_.pop_back();
    c->zerosReady = false;
    return std::shared_ptr<Chunk>(c, [this](Chunk* p) { release(p); });
}

void ChunkPool::wake() {
    std::lock_guard lock(mutex_);
    available_.notify_all();
}

void ChunkPool::release(Chunk* chunk) {
    std::lock_guard lock(mutex_);
    free_.push_back(chunk);
    available_.notify_all();
}

void ChunkQueue::push(std::shared_ptr<Chunk> chunk) {
    std::lock_guard lock(mutex_);
    items_.push_back(std::move(chunk));
    changed_.notify_all();
}

void ChunkQueue::close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    changed_.notify_all();
}

std::shared_ptr<Chunk> ChunkQueue::pop() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) {
        return nullptr;
    }
    auto c = std::move(items_.front());
    items_.pop_front();
    return c;
}

} // namespace imprint::flasher
