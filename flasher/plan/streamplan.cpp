#include "flasher/plan/streamplan.h"

#include "core/disk/partitiontable.h"

#include <algorithm>

namespace imprint::flasher {
namespace {

// Lends an Overlay to openBootPartition, which wants to own its device, while the plan keeps
// the Overlay to list what changed afterwards.
class LentDevice : public disk::BlockDevice {
public:
    explicit LentDevice(disk::BlockDevice& device) : device_(device) {}
    [[nodiscard]] std::uint64_t size() const override { return device_.size(); }
    [[nodiscard]] bool readOnly() const override { return device_.readOnly(); }
    [[nodiscard]] std::uint32_t sectorSize() const override { return device_.sectorSize(); }
    Result<void> read(std::uint64_t offset, std::span<std::uint8_t> out) override {
        return device_.read(offset, out);
    }
    Result<void> write(std::uint64_t offset, std::span<const std::uint8_t> data) override {
        return device_.write(offset, data);
    }

private:
    disk::BlockDevice& device_;
};

} // namespace

Result<StreamPlan> planOnStream(ImageHead& head, const provision::Profile& profile) {
    auto table = disk::PartitionTable::read(head);
    if (!table) {
        return std::move(table).takeError();
    }
    auto location = disk::locateBootPartition(head, *table);
    if (!location) {
        return std::move(location).takeError();
    }
    if (auto r = head.prefetchFatMetadata(location->offset, location->size); !r) {
        return std::move(r).takeError();
    }
    disk::Overlay overlay(head);
    disk::BootOpenOptions options;
    options.writable = true;
    options.barriers = false; // nothing reaches a disk until the WriteJob writes the overrides
    auto boot = disk::openBootPartition(std::make_unique<LentDevice>(overlay), options);
    if (!boot) {
        return std::move(boot).takeError();
    }
    StreamPlan out;
    out.boot = (*boot)->location();
    provision::PlanOptions planOptions;
    planOptions.withoutBackups = true;
    auto plan = provision::makePlan(profile, **boot, planOptions);
    if (!plan) {
        return std::move(plan).takeError();
    }
    out.plan = std::move(plan).value();
    if (out.plan.refused()) {
        return out;
    }
    if (!out.plan.empty()) {
        if (auto r = provision::apply(out.plan, **boot); !r) {
            return std::move(r).takeError();
        }
    }
    auto config = (*boot)->readFile("config.json");
    if (!config) {
        return std::move(config).takeError();
    }
    out.configJson = std::move(config).value();
    for (auto& change : overlay.changes()) {
        ByteOverride o;
        o.offset = change.offset;
        o.bytes.resize(change.bytes.size());
        std::transform(change.bytes.begin(), change.bytes.end(), o.bytes.begin(),
                       [](std::uint8_t b) { return std::byte{b}; });
        out.overrides.push_back(std::move(o));
    }
    return out;
}

} // namespace imprint::flasher
