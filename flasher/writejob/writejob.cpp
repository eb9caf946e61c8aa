#include "flasher/writejob/writejob.h"

#include "flasher/writejob/chunks.h"
#include "flasher/writejob/targetwriter.h"

#include <algorithm>
#include <array>
#include <mutex>
#include <span>
#include <thread>

namespace imprint::flasher {

const char* phaseName(Phase phase) {
    switch (phase) {
    case Phase::Preparing:
        return "preparing";
    case Phase::Writing:
        return "writing";
    case Phase::Verifying:
        return "verifying";
    case Phase::Finishing:
        return "finishing";
    case Phase::Done:
        return "done";
    case Phase::Failed:
        return "failed";
    case Phase::Cancelled:
        return "cancelled";
    }
    return "writing";
}

struct WriteJob::Impl {
    std::unique_ptr<Source> source;
    std::vector<TargetPlan> plans;
    WriteOptions options;
    std::atomic<bool> cancelled{false};
    std::mutex callbackMutex;
    std::function<void(const Progress&)> callback;
    std::vector<std::chrono::steady_clock::time_point> lastReport;
    std::mutex poolMutex; // not the callback's: cancel() may be called from the callback
    ChunkPool* pool = nullptr;
    // A raw image with a map is read only where some target wants bytes: the holes are skipped
    // with a seek, never read. Empty: read everything (a compressed stream is decoded through).
    std::vector<std::pair<std::uint64_t, std::uint64_t>> spans;

    void report(const Progress& p, bool force) {
        std::lock_guard lock(callbackMutex);
        const auto now = std::chrono::steady_clock::now();
        if (!callback || (!force && now - lastReport[p.target] < std::chrono::milliseconds(100))) {
            return;
        }
        lastReport[p.target] = now;
        callback(p);
    }

    // Streams the source to every queue; checks the block map's checksums on the way.
    void read(std::vector<ChunkQueue>& queues, std::vector<TargetWriter*>& writers,
              ChunkPool& chunks, StreamEnd& end, std::atomic<std::uint64_t>& fileFraction);
};

WriteJob::WriteJob(std::unique_ptr<Source> source, std::vector<TargetPlan> targets,
                   WriteOptions options)
    : impl_(std::make_unique<Impl>()) {
    impl_->source = std::move(source);
    impl_->plans = std::move(targets);
    impl_->options = std::move(options);
    impl_->lastReport.resize(impl_->plans.size());
}

WriteJob::~WriteJob() = default;

void WriteJob::onProgress(std::function<void(const Progress&)> callback) {
    std::lock_guard lock(impl_->callbackMutex);
    impl_->callback = std::move(callback);
}

void WriteJob::cancel() {
    impl_->cancelled.store(true);
    std::lock_guard lock(impl_->poolMutex);
    if (impl_->pool != nullptr) {
        impl_->pool->wake();
    }
}

namespace {
// The byte ranges of the source some target needs: the map's, and every target's overrides
// (written even where the map has no data). Sorted, merged, 4 KiB aligned within the image.
std::vector<std::pair<std::uint64_t, std::uint64_t>>
readSpans(const BlockMap& map, const std::vector<TargetPlan>& plans) {
    constexpr std::uint64_t kAlign = 4096;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> spans;
    for (const auto& r : map.ranges) {
        spans.emplace_back(r.offset, r.end());
    }
    for (const auto& p : plans) {
        for (const auto& o : p.overrides) {
            spans.emplace_back(o.offset / kAlign * kAlign,
                               (o.offset + o.bytes.size() + kAlign - 1) / kAlign * kAlign);
        }
    }
    std::sort(spans.begin(), spans.end());
    std::vector<std::pair<std::uint64_t, std::uint64_t>> merged;
    for (auto [a, b] : spans) {
        b = std::min(b, map.imageSize);
        if (a >= b) {
            continue;
        }
        if (!merged.empty() && a <= merged.back().second) {
            merged.back().second = std::max(merged.back().second, b);
        } else {
            merged.emplace_back(a, b);
        }
    }
    return merged;
}
} // namespace

void WriteJob::Impl::read(std::vector<ChunkQueue>& queues, std::vector<TargetWriter*>& writers,
                          ChunkPool& chunks, StreamEnd& end,
                          std::atomic<std::uint64_t>& fileFraction) {
    const BlockMap* map = options.blockMap ? &*options.blockMap : nullptr;
    // The .bmap's per-range checksums are checked on threads of their own, beside the targets'
    // writes: the reader only reads. Ranges are dealt out in turn to two checkers, so the two
    // halves of a large filesystem's data hash side by side. A mismatch still fails every
    // target before its first MiB; the lowest mismatching range is the one reported.
    constexpr std::size_t kCheckers = 2;
    std::optional<Error> checkError;
    std::array<ChunkQueue, kCheckers> checkQueues;
    std::array<std::optional<Error>, kCheckers> checkErrors;
    std::atomic<bool> checkFailed{false};
    std::vector<std::thread> checkers;
    if (map != nullptr && !map->checksumType.empty()) {
        for (std::size_t k = 0; k < kCheckers; ++k) {
            checkers.emplace_back([&, k] {
                RangeChecksum checksum(map->checksumType);
                std::optional<Error>& mine = checkErrors[k];
                std::size_t range = k;
                while (auto chunk = checkQueues[k].pop()) {
                    const std::uint64_t begin = chunk->offset;
                    const std::uint64_t chunkEnd = begin + chunk->size;
                    while (!mine && range < map->ranges.size() &&
                           map->ranges[range].offset < chunkEnd) {
                        const auto& r = map->ranges[range];
                        const std::uint64_t from = std::max(begin, r.offset);
                        const std::uint64_t to = std::min(chunkEnd, r.end());
                        checksum.update(chunk->data.get() + (from - begin),
                                        static_cast<std::size_t>(to - from));
                        if (to < r.end()) {
                            break;
                        }
                        if (!r.checksum.empty() && checksum.hexDigest() != r.checksum) {
                            mine = Error("bmap.checksum_mismatch")
                                       .with("offset", std::to_string(r.offset))
                                       .with("length", std::to_string(r.length))
                                       .at(r.offset);
                            checkFailed.store(true);
                        }
                        checksum.reset();
                        range += kCheckers;
                    }
                }
            });
        }
    }
    std::size_t span = 0;
    std::uint64_t position = 0;
    std::optional<Error> error;
    while (!cancelled.load() && !checkFailed.load()) {
        std::size_t want = 0;
        if (!spans.empty()) {
            while (span < spans.size() && position >= spans[span].second) {
                ++span;
            }
            if (span == spans.size()) {
                // Nothing more is wanted: the image ends where the source says it does. The
                // last read finishes what the decoder began (an xz block's check).
                const std::uint64_t imageEnd = source->size().kind == SourceSize::Kind::Exact
                                                   ? source->size().bytes
                                                   : source->fileSize();
                std::array<std::byte, 4096> tail{};
                if (position < imageEnd && !source->skipTo(imageEnd)) {
                    error = Error("source.read_failed")
                                .with("path", source->path())
                                .with("detail", "source.cannot_skip")
                                .at(position);
                } else if (auto n = source->read(tail); !n) {
                    error = n.error();
                }
                position = imageEnd;
                break;
            }
            if (position < spans[span].first) {
                if (!source->skipTo(spans[span].first)) {
                    error = Error("source.read_failed")
                                .with("path", source->path())
                                .with("detail", "source.cannot_skip")
                                .at(position);
                    break;
                }
                position = spans[span].first;
            }
            want = static_cast<std::size_t>(
                std::min<std::uint64_t>(spans[span].second - position, options.chunkBytes));
        }
        auto chunk = chunks.acquire(cancelled);
        if (!chunk) {
            break;
        }
        auto n = source->read({chunk->data.get(), want > 0 ? want : chunk->capacity});
        if (!n) {
            error = n.error();
            break;
        }
        if (*n == 0) {
            break;
        }
        chunk->size = *n;
        chunk->offset = position;
        const std::uint64_t chunkEnd = position + *n;
        for (auto& q : checkers.empty() ? std::span<ChunkQueue>() : std::span(checkQueues)) {
            q.push(chunk);
        }
        position = chunkEnd;
        const std::uint64_t fileSize = std::max<std::uint64_t>(1, source->fileSize());
        fileFraction.store(source->filePosition() * 1000000 / fileSize);
        for (std::size_t i = 0; i < queues.size(); ++i) {
            if (writers[i] != nullptr) {
                queues[i].push(chunk);
            }
        }
    }
    for (auto& q : checkQueues) {
        q.close();
    }
    for (auto& t : checkers) {
        t.join();
    }
    for (auto& e : checkErrors) {
        if (!error && e && (!checkError || *e->offset < *checkError->offset)) {
            checkError = e;
        }
    }
    if (!error && checkError) {
        error = checkError;
    }
    if (!error && !cancelled.load() && map != nullptr && position != map->imageSize) {
        error = Error("bmap.size_mismatch")
                    .with("expected", std::to_string(map->imageSize))
                    .with("actual", std::to_string(position));
    }
    {
        std::lock_guard lock(end.mutex);
        end.finished = true;
        end.sourceError = error;
        end.imageSize = position;
    }
    for (auto& q : queues) {
        q.close();
    }
}

std::vector<Result<void>> WriteJob::run() {
    Impl& d = *impl_;
    const SourceSize size = d.source->size();
    std::uint64_t imageSize = size.kind == SourceSize::Kind::Unknown ? 0 : size.bytes;
    bool estimate = size.kind == SourceSize::Kind::Estimate;
    if (d.options.blockMap) {
        imageSize = d.options.blockMap->imageSize;
        estimate = false;
    }
    std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges;
    if (d.options.blockMap) {
        for (const auto& r : d.options.blockMap->ranges) {
            ranges.emplace_back(r.offset, r.end());
        }
    } else {
        ranges.emplace_back(0, UINT64_MAX);
    }

    // Skipping the holes: a raw file seeks over them; an xz file skips the blocks that hold
    // none of the map, decoding the rest one block at a time, which only pays when the map
    // leaves out much of the image (otherwise the multi-threaded decoder is faster).
    if (d.options.blockMap) {
        auto spans = readSpans(*d.options.blockMap, d.plans);
        std::uint64_t wanted = 0;
        for (const auto& [a, b] : spans) {
            wanted += b - a;
        }
        if ((d.source->seekable() || wanted * 2 < d.options.blockMap->imageSize) &&
            d.source->enableSkipping()) {
            d.spans = std::move(spans);
        }
    }
    ChunkPool chunks(d.options.chunkCount, d.options.chunkBytes);
    {
        std::lock_guard lock(d.poolMutex);
        d.pool = &chunks;
    }
    std::vector<std::unique_ptr<TargetWriter>> writers;
    std::vector<TargetWriter*> live;
    // The verify pass's readers are shared out: many targets already read back side by side.
    const std::size_t verifyThreads = std::max<std::size_t>(
        1, d.options.verifyReaders / std::max<std::size_t>(1, d.plans.size()));
    for (std::size_t i = 0; i < d.plans.size(); ++i) {
        writers.push_back(std::make_unique<TargetWriter>(
            i, std::move(d.plans[i]), ranges, d.options.verify, verifyThreads, d.options.verifyLag,
            d.cancelled, [&d](const Progress& p, bool force) { d.report(p, force); }));
    }
    // Prepared in parallel: wiping a slow card should not hold up the others.
    {
        std::vector<std::thread> preparing;
        for (auto& w : writers) {
            preparing.emplace_back([&w, imageSize] { (void)w->prepare(imageSize); });
        }
        for (auto& t : preparing) {
            t.join();
        }
    }
    for (auto& w : writers) {
        live.push_back(w->alive() ? w.get() : nullptr);
    }

    std::vector<ChunkQueue> queues(writers.size());
    StreamEnd end;
    std::atomic<std::uint64_t> fileFraction{0};
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < writers.size(); ++i) {
        if (live[i] != nullptr) {
            threads.emplace_back(
                [&, i] { live[i]->run(queues[i], end, imageSize, estimate, fileFraction); });
        }
    }
    bool anyLive = false;
    for (auto* w : live) {
        anyLive = anyLive || w != nullptr;
    }
    if (anyLive) {
        d.read(queues, live, chunks, end, fileFraction);
    }
    for (auto& t : threads) {
        t.join();
    }
    {
        std::lock_guard lock(d.poolMutex);
        d.pool = nullptr;
    }
    std::vector<Result<void>> results;
    for (auto& w : writers) {
        results.push_back(std::move(w->result()));
    }
    return results;
}

} // namespace imprint::flasher
