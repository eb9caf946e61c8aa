#include "app/common/image/profileplan.h"

#include "app/common/config/applywithbackups.h"
#include "app/common/disk/boottarget.h"
#include "core/disk/bootpartition.h"

namespace imprint::app {

PlanBase::~PlanBase() = default;

std::unique_ptr<PlanBase> PlanBase::adopt(const QString& path, Inspection& inspection) {
    std::unique_ptr<PlanBase> out(new PlanBase);
    out->path_ = path;
    out->stream_ = inspection.stream;
    const auto& facts = inspection.facts;
    if (inspection.image.head != nullptr && facts.boot) {
        for (const auto& p : facts.partitions) {
            if (p.number == facts.boot->partition) {
                out->headEnd_ = p.start + p.size;
            }
        }
    }
    out->base_ = std::move(inspection.image.device);
    inspection.image.head = nullptr;
    return out;
}

Result<provision::Plan> PlanBase::plan(const provision::Profile& profile,
                                       const QString& backupDirectory) const {
    const provision::PlanOptions options{.backupDirectory = backupDirectory.toStdString()};
    if (!base_) {
        auto boot = disk::openBootDirectory(path_.toStdString(), false);
        if (!boot) {
            return std::move(boot).takeError();
        }
        return provision::makePlan(profile, **boot, options);
    }
    disk::BootOpenOptions open;
    open.writable = true; // the Overlay takes the writes
    open.barriers = false;
    auto boot = disk::openBootPartition(std::make_unique<disk::Overlay>(*base_), open);
    if (!boot) {
        return std::move(boot).takeError();
    }
    return provision::makePlan(profile, **boot, options);
}

Result<provision::ApplyReport> configureInPlace(const QString& target,
                                                const provision::Profile& profile,
                                                const QString& backupDirectory, bool* refused) {
    BootTargetOptions options;
    options.writable = true;
    auto boot = openBootTarget(target, options, refused);
    if (!boot) {
        return std::move(boot).takeError();
    }
    auto plan =
        provision::makePlan(profile, **boot, {.backupDirectory = backupDirectory.toStdString()});
    if (!plan) {
        return std::move(plan).takeError();
    }
    return applyWithBackups(*plan, **boot);
}

} // namespace imprint::app
