// prepareWrite: the source, its block map and every target's plan; the targets' safety is
// judged in targetchecks.cpp and they are opened by PreparedWrite::start().
#include "flasher/blockmap/computedmap.h"
#include "flasher/plan/imagehead.h"
#include "flasher/request/targetchecks.h"
#include "flasher/request/writerequest.h"

#include <algorithm>

namespace imprint::flasher {
namespace {

// The ranges to write and where they come from; no map: every byte.
Result<std::optional<BlockMap>> findMap(const WriteRequest& request, const Source& source,
                                        MapFacts& facts) {
    std::string bmap = request.map == MapChoice::File ? request.bmapPath : std::string();
    if (request.map == MapChoice::Auto && !request.growing) {
        bmap = findBmapBeside(request.source);
    }
    if (!bmap.empty()) {
        auto map = loadBmap(bmap);
        if (!map) {
            return std::move(map).takeError();
        }
        facts = {MapFacts::Origin::BmapFile, bmap, map->mappedBytes(), map->imageSize};
        return std::optional<BlockMap>(std::move(map).value());
    }
    if (request.map == MapChoice::Auto && !request.growing && source.seekable()) {
        // A raw image's partition table and filesystems tell where its data is.
        if (auto map = computeBlockMap(request.source); map && !map->coversWholeImage()) {
            facts = {MapFacts::Origin::Computed, {}, map->mappedBytes(), map->imageSize};
            return std::optional<BlockMap>(std::move(map).value());
        }
    }
    const auto size = source.size();
    if (size.kind == SourceSize::Kind::Exact) {
        facts.imageSize = size.bytes;
        facts.mappedBytes = size.bytes;
    }
    return std::optional<BlockMap>();
}

bool anyProfile(const WriteRequest& request) {
    return std::any_of(request.targets.begin(), request.targets.end(),
                       [](const TargetRequest& t) { return t.profile.has_value(); });
}

// Every target's plan, worked out on one ImageHead of the stream; a plan's errors refuse its
// target.
Result<void> planTargets(WriteRequest& request, std::vector<PreparedTarget>& out,
                         std::vector<Refusal>& refusals) {
    std::unique_ptr<ImageHead> head;
    for (std::size_t i = 0; i < request.targets.size(); ++i) {
        TargetRequest& t = request.targets[i];
        PreparedTarget& prepared = out[i];
        if (t.plan) {
            prepared.plan = std::move(t.plan);
        } else if (t.profile) {
            if (!head) {
                // (A raw download that a target configures was swapped for the complete file
                // by prepareWrite already.)
                auto opened = ImageHead::open(request.source, request.growing);
                if (!opened) {
                    return std::move(opened).takeError();
                }
                head = std::move(opened).value();
            }
            auto plan = planOnStream(*head, *t.profile);
            if (!plan) {
                return std::move(plan).takeError().with("target", std::to_string(i + 1));
            }
            prepared.plan = std::move(plan).value();
        }
        t.profile.reset();
        if (prepared.plan) {
            for (const auto& issue : prepared.plan->plan.issues) {
                if (issue.severity == config::Severity::Error && !issue.preexisting) {
                    refusals.push_back({i, Refusal::Kind::Invalid, issue.error});
                }
            }
        }
    }
    return {};
}

} // namespace

PreparedWrite::PreparedWrite(PreparedWrite&&) noexcept = default;
PreparedWrite& PreparedWrite::operator=(PreparedWrite&&) noexcept = default;
PreparedWrite::~PreparedWrite() = default;

std::vector<std::size_t> PreparedWrite::unconfirmed() const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < targets_.size(); ++i) {
        if (targets_[i].needsConfirmation && !targets_[i].request.confirmed) {
            out.push_back(i);
        }
    }
    return out;
}

void PreparedWrite::confirm(std::size_t target) {
    if (target < targets_.size()) {
        targets_[target].request.confirmed = true;
    }
}

Result<PreparedWrite> prepareWrite(WriteRequest request) {
    // A raw download that a target configures is planned on the complete file, which the
    // writer then reads too: no second reader of the growing file.
    if (request.growing && request.wholeSource && anyProfile(request)) {
        auto source = Source::open(request.source, request.growing);
        if (!source) {
            return std::move(source).takeError();
        }
        if ((*source)->format() == SourceFormat::Raw) {
            auto whole = request.wholeSource();
            if (!whole) {
                return std::move(whole).takeError();
            }
            request.source = *whole;
            request.growing = nullptr;
        }
    }
    auto source = Source::open(request.source, request.growing);
    if (!source) {
        return std::move(source).takeError();
    }
    PreparedWrite out;
    auto map = findMap(request, **source, out.map_);
    if (!map) {
        return std::move(map).takeError();
    }
    out.targets_.resize(request.targets.size());
    if (auto planned = planTargets(request, out.targets_, out.refusals_); !planned) {
        return planned.error();
    }
    for (std::size_t i = 0; i < request.targets.size(); ++i) {
        out.targets_[i].request = std::move(request.targets[i]);
    }
    std::vector<std::string> readPaths = request.readPaths;
    readPaths.insert(readPaths.begin(), request.source);
    if (!out.map_.bmapPath.empty()) {
        readPaths.push_back(out.map_.bmapPath);
    }
    const std::optional<std::uint64_t> imageSize =
        out.map_.imageSize ? std::optional<std::uint64_t>(out.map_.imageSize) : std::nullopt;
    checkTargets(out.targets_, readPaths, imageSize, out.refusals_);

    out.source_ = std::move(source).value();
    out.options_.verify = request.verify;
    out.options_.blockMap = std::move(map).value();
    if (request.chunkBytes) {
        out.options_.chunkBytes = request.chunkBytes;
    }
    if (request.chunkCount) {
        out.options_.chunkCount = request.chunkCount;
    }
    out.broker_ = std::move(request.broker);
    out.preferBroker_ = request.preferBroker;
    return out;
}

std::unique_ptr<WriteJob> PreparedWrite::start() {
    for (std::size_t i : unconfirmed()) {
        refusals_.push_back({i, Refusal::Kind::Unconfirmed,
                             Error("target.not_confirmed").with("path", targets_[i].request.path)});
    }
    if (!refusals_.empty() || !source_) {
        return nullptr;
    }
    auto opened = openTargets(targets_, broker_.get(), preferBroker_, refusals_);
    if (!refusals_.empty()) {
        return nullptr;
    }
    std::vector<TargetPlan> plans;
    for (std::size_t i = 0; i < targets_.size(); ++i) {
        plans.push_back({std::move(opened[i]), targets_[i].plan ? targets_[i].plan->overrides
                                                                : std::vector<ByteOverride>{}});
    }
    return std::make_unique<WriteJob>(std::move(source_), std::move(plans), std::move(options_));
}

} // namespace imprint::flasher
