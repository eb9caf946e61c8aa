#include "flasher/writejob/targetwriter.h"

#include <algorithm>
#include <cstring>

namespace imprint::flasher {
namespace {
constexpr std::size_t kBlock = 4096;
constexpr std::uint64_t kMaxRun = 8 << 20;
} // namespace

TargetWriter::TargetWriter(std::size_t index, TargetPlan plan,
                           std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges, bool verify,
                           std::size_t verifyThreads, std::uint64_t verifyLag,
                           const std::atomic<bool>& cancelled, Report report)
    : index_(index), plan_(std::move(plan)), ranges_(std::move(ranges)), verify_(verify),
      verifyThreads_(verifyThreads), verifyLag_(verifyLag), cancelled_(cancelled),
      report_(std::move(report)), runState_(XXH3_createState()) {}

TargetWriter::~TargetWriter() { XXH3_freeState(runState_); }

void TargetWriter::fail(Error e) {
    if (result_.ok()) {
        result_ = std::move(e);
    }
}

void TargetWriter::progress(Phase phase, std::uint64_t done, std::uint64_t total, bool estimate,
                            double fraction, bool force) {
    const auto now = std::chrono::steady_clock::now();
    if (phase != phase_) {
        phase_ = phase;
        phaseStart_ = now;
        force = true;
    }
    Progress p;
    p.target = index_;
    p.phase = phase;
    p.bytesDone = done;
    p.bytesTotal = total;
    p.totalIsEstimate = estimate;
    p.fraction = total > 0 ? std::min(1.0, static_cast<double>(done) / static_cast<double>(total))
                           : fraction;
    const double seconds = std::chrono::duration<double>(now - phaseStart_).count();
    if (seconds > 0.05 && done > 0) {
        p.bytesPerSecond = static_cast<double>(done) / seconds;
        if (p.fraction > 0) {
            p.secondsLeft = seconds * (1.0 - p.fraction) / p.fraction;
        }
    }
    report_(p, force);
}

Result<void> TargetWriter::prepare(std::uint64_t imageSize) {
    phaseStart_ = std::chrono::steady_clock::now();
    progress(Phase::Preparing, 0, 0, false, 0, true);
    for (const auto& o : plan_.overrides) {
        if (imageSize > 0 && o.offset + o.bytes.size() > imageSize) {
            fail(Error("flash.override_outside")
                     .with("name", plan_.target->name())
                     .with("offset", std::to_string(o.offset))
                     .at(o.offset));
            return result_;
        }
    }
    if (!plan_.overrides.empty()) {
        std::sort(plan_.overrides.begin(), plan_.overrides.end(),
                  [](const auto& a, const auto& b) { return a.offset < b.offset; });
        // Overridden bytes are written even where the map has no data.
        for (const auto& o : plan_.overrides) {
            ranges_.emplace_back(o.offset, o.offset + o.bytes.size());
        }
        std::sort(ranges_.begin(), ranges_.end());
        std::vector<std::pair<std::uint64_t, std::uint64_t>> merged;
        for (const auto& r : ranges_) {
            if (!merged.empty() && r.first <= merged.back().second) {
                merged.back().second = std::max(merged.back().second, r.second);
            } else {
                merged.push_back(r);
            }
        }
        ranges_ = std::move(merged);
    }
    head_.assign(static_cast<std::size_t>(kHeadBytes), std::byte{0});
    if (auto r = plan_.target->prepare(imageSize); !r) {
        fail(std::move(r).takeError());
        return result_;
    }
    Target& target = *plan_.target;
    queue_ = std::make_unique<WriteQueue>(target, target.writeDepth());
    if (verify_) {
        verifier_ =
            std::make_unique<RunVerifier>(target, verifyThreads_, verifyLag_, cancelled_,
                                          target.verifiesBehindWrites() ? queue_.get() : nullptr);
    }
    return result_;
}

void TargetWriter::closeRun() {
    if (openRun_) {
        openRun_->hash = XXH3_64bits_digest(runState_);
        verifier_->add(*openRun_);
        openRun_.reset();
    }
}

Result<void> TargetWriter::emit(std::uint64_t offset, const std::byte* data, std::size_t length,
                                const std::shared_ptr<const void>& keep) {
    if (offset < kHeadBytes) {
        const auto n =
            static_cast<std::size_t>(std::min<std::uint64_t>(length, kHeadBytes - offset));
        std::memcpy(head_.data() + offset, data, n);
        headPieces_.emplace_back(offset, offset + n);
        offset += n;
        data += n;
        length -= n;
        if (length == 0) {
            return {};
        }
    }
    if (auto r = queue_->submit(offset, {data, length}, keep); !r) {
        return r;
    }
    if (verify_) {
        if (!openRun_ || openRun_->offset + openRun_->length != offset ||
            openRun_->length + length > kMaxRun) {
            closeRun();
            openRun_ = WrittenRun{offset, 0, 0, 0};
            XXH3_64bits_reset(runState_);
        }
        XXH3_64bits_update(runState_, data, length);
        openRun_->length += length;
        openRun_->writesEnd = queue_->submitted();
    }
    return {};
}

Result<void> TargetWriter::consume(const std::shared_ptr<Chunk>& shared) {
    Chunk& chunk = *shared;
    const std::uint64_t begin = chunk.offset;
    const std::uint64_t end = chunk.offset + chunk.size;
    const std::byte* data = chunk.data.get();
    // What keeps `data` alive until the queue has written it: the shared chunk, or this
    // target's own copy of it with the overrides applied.
    std::shared_ptr<const void> keep = shared;
    bool overridden = false;
    for (const auto& o : plan_.overrides) {
        const std::uint64_t oEnd = o.offset + o.bytes.size();
        if (o.offset < end && oEnd > begin) {
            if (!overridden) {
                std::shared_ptr<std::byte> copy(allocateAligned(chunk.size).release(),
                                                AlignedFree{});
                std::memcpy(copy.get(), chunk.data.get(), chunk.size);
                data = copy.get();
                keep = std::move(copy);
                overridden = true;
            }
            const std::uint64_t from = std::max(begin, o.offset);
            const std::uint64_t to = std::min(end, oEnd);
            std::memcpy(const_cast<std::byte*>(data) + (from - begin),
                        o.bytes.data() + (from - o.offset), to - from);
        }
    }
    while (rangeIndex_ < ranges_.size() && ranges_[rangeIndex_].second <= begin) {
        ++rangeIndex_;
    }
    const bool skipZeros = plan_.target->zerosAreFree();
    for (std::size_t i = rangeIndex_; i < ranges_.size() && ranges_[i].first < end; ++i) {
        std::uint64_t a = std::max(begin, ranges_[i].first);
        const std::uint64_t b = std::min(end, ranges_[i].second);
        if (!skipZeros) {
            if (auto r = emit(a, data + (a - begin), static_cast<std::size_t>(b - a), keep); !r) {
                return r;
            }
            continue;
        }
        // An image file reads zeros wherever nothing was written: write only non-zero blocks.
        const std::vector<bool>* zeros = overridden ? nullptr : &chunk.zeros();
        while (a < b) {
            auto isZero = [&](std::uint64_t at) {
                const auto block = static_cast<std::size_t>((at - begin) / kBlock);
                if (zeros != nullptr) {
                    return (*zeros)[block];
                }
                const std::size_t from = block * kBlock;
                const std::size_t n = std::min(kBlock, chunk.size - from);
                return std::all_of(data + from, data + from + n,
                                   [](std::byte v) { return v == std::byte{0}; });
            };
            auto blockEnd = [&](std::uint64_t at) {
                return std::min(b, begin + ((at - begin) / kBlock + 1) * kBlock);
            };
            if (isZero(a)) {
                a = blockEnd(a);
                continue;
            }
            std::uint64_t stop = blockEnd(a);
            while (stop < b && !isZero(stop)) {
                stop = blockEnd(stop);
            }
            if (auto r = emit(a, data + (a - begin), static_cast<std::size_t>(stop - a), keep);
                !r) {
                return r;
            }
            a = stop;
        }
    }
    return {};
}

void TargetWriter::run(ChunkQueue& queue, StreamEnd& end, std::uint64_t totalHint, bool estimate,
                       const std::atomic<std::uint64_t>& fileFraction) {
    progress(Phase::Writing, 0, totalHint, estimate, 0, true);
    while (auto chunk = queue.pop()) {
        if (!alive() || cancelled_.load()) {
            continue; // keep draining so the reader never waits on a dropped target
        }
        if (verifier_ && verifier_->failed()) {
            // A run already read back wrong: writing the rest would only waste the time.
            fail(verifier_->finish([](std::uint64_t, std::uint64_t) {}).error());
            progress(Phase::Failed, chunk->offset, totalHint, estimate, 0, true);
            continue;
        }
        if (auto r = consume(chunk); !r) {
            fail(std::move(r).takeError());
            progress(Phase::Failed, chunk->offset, totalHint, estimate, 0, true);
            continue;
        }
        const double fraction = static_cast<double>(fileFraction.load()) / 1e6;
        progress(Phase::Writing, chunk->offset + chunk->size, totalHint, estimate, fraction, false);
    }
    if (!alive()) {
        return;
    }
    std::uint64_t imageSize = 0;
    {
        std::lock_guard lock(end.mutex);
        if (end.sourceError) {
            fail(*end.sourceError);
        }
        imageSize = end.imageSize;
    }
    if (cancelled_.load()) {
        fail(Error("flash.cancelled").with("name", plan_.target->name()));
    }
    if (!alive()) {
        progress(cancelled_.load() ? Phase::Cancelled : Phase::Failed, 0, 0, false, 0, true);
        return;
    }
    if (auto r = finishTarget(imageSize); !r) {
        fail(std::move(r).takeError());
        progress(cancelled_.load() ? Phase::Cancelled : Phase::Failed, 0, 0, false, 0, true);
        return;
    }
    progress(Phase::Done, 1, 1, false, 1, true);
}

Result<void> TargetWriter::finishTarget(std::uint64_t imageSize) {
    closeRun();
    Target& target = *plan_.target;
    if (auto r = queue_->drain(); !r) {
        return r;
    }
    if (verifier_) {
        verifier_->close(); // an image file's last runs are read while it syncs
    }
    if (auto r = target.setSize(imageSize); !r) {
        return r;
    }
    if (auto r = target.sync(); !r) {
        return r;
    }
    if (verify_) {
        bool first = true;
        auto tick = [&](std::uint64_t done, std::uint64_t total) {
            progress(Phase::Verifying, done, total, false, 0, first);
            first = false;
        };
        if (auto r = verifier_->finish(tick); !r) {
            return r;
        }
    }
    if (cancelled_.load()) {
        return Error("flash.cancelled").with("name", target.name());
    }
    // Last: the first MiB with the partition table, now that everything else is in place.
    progress(Phase::Finishing, 0, 1, false, 0, true);
    std::sort(headPieces_.begin(), headPieces_.end());
    for (const auto& [from, to] : headPieces_) {
        if (auto r = target.write(from, {head_.data() + from, static_cast<std::size_t>(to - from)});
            !r) {
            return r;
        }
    }
    if (auto r = target.sync(); !r) {
        return r;
    }
    if (verify_ && !headPieces_.empty()) {
        auto buffer = allocateAligned(static_cast<std::size_t>(kHeadBytes));
        for (const auto& [from, to] : headPieces_) {
            const auto n = static_cast<std::size_t>(to - from);
            if (auto r = target.readBack(from, {buffer.get(), n}); !r) {
                return r;
            }
            if (std::memcmp(buffer.get(), head_.data() + from, n) != 0) {
                return Error("flash.verify_failed")
                    .with("name", target.name())
                    .with("offset", std::to_string(from))
                    .with("length", std::to_string(n))
                    .at(from);
            }
        }
    }
    target.finish();
    return {};
}

} // namespace imprint::flasher
