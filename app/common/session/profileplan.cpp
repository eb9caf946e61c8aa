#include "app/common/session/profileplan.h"

#include "app/common/disk/boottarget.h"
#include "core/disk/bootpartition.h"
#include "core/disk/partitiontable.h"
#include "flasher/plan/imagehead.h"
#include "flasher/source/source.h"

#include <QFileInfo>

namespace imprint::app {

PlanBase::~PlanBase() = default;

Result<std::unique_ptr<PlanBase>> PlanBase::open(const QString& path) {
    std::unique_ptr<PlanBase> out(new PlanBase);
    out->path_ = path;
    if (QFileInfo(path).isDir()) {
        return out;
    }
    if (targetKind(path) == TargetKind::BlockDevice) {
        auto device = disk::FileDevice::open(path.toStdString(), false);
        if (!device) {
            return std::move(device).takeError();
        }
        out->base_ = std::move(*device);
        return out;
    }
    auto source = flasher::Source::open(path.toStdString());
    if (!source) {
        return std::move(source).takeError();
    }
    if ((*source)->format() == flasher::SourceFormat::Raw) {
        auto file = disk::FileDevice::open(path.toStdString(), false);
        if (!file) {
            return std::move(file).takeError();
        }
        out->base_ = std::move(*file);
    } else {
        // flasher/plan's reader, the one writes plan with: only what is read is decoded. The
        // boot partition is kept whole now, so the plans made on the GUI thread after every
        // edit never wait for decoding.
        auto head = flasher::ImageHead::open(path.toStdString());
        if (!head) {
            return std::move(head).takeError();
        }
        auto table = disk::PartitionTable::read(**head);
        if (!table) {
            return std::move(table).takeError();
        }
        auto boot = disk::locateBootPartition(**head, *table);
        if (!boot) {
            return std::move(boot).takeError();
        }
        if (auto r = (*head)->prefetch(boot->offset, boot->size); !r) {
            return std::move(r).takeError();
        }
        out->headEnd_ = boot->offset + boot->size;
        out->base_ = std::move(*head);
    }
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
    return provision::apply(*plan, **boot);
}

} // namespace imprint::app
