#include "app/common/disk/boottarget.h"

#include "flasher/drives/safety.h"
#include "flasher/platform/file.h"

namespace imprint::app {

TargetKind targetKind(const QString& target) {
    switch (platform::statusOf(target.toStdString()).kind) {
    case platform::FileKind::Missing:
        return TargetKind::Missing;
    case platform::FileKind::Directory:
        return TargetKind::Directory;
    case platform::FileKind::BlockDevice:
        return TargetKind::BlockDevice;
    default:
        return TargetKind::ImageFile;
    }
}

Result<std::unique_ptr<disk::BootPartition>>
openBootTarget(const QString& target, const BootTargetOptions& options, bool* refused) {
    *refused = false;
    const std::string path = target.toStdString();
    if (options.writable && targetKind(target) == TargetKind::BlockDevice) {
        // The flasher's verdict for editing a drive in place: the system drive and mounted
        // drives are refused.
        auto verdict = flasher::assessDriveForEdit(path);
        if (!verdict) {
            *refused = verdict.error().code == "drives.is_partition";
            return verdict.error();
        }
        if (verdict->refused()) {
            *refused = true;
            return verdict->reasons(flasher::Concern::Refused).front();
        }
    }
    disk::BootOpenOptions open;
    open.writable = options.writable;
    open.partition = options.partition;
    auto boot = disk::openBootPartition(path, open);
    if (!boot) {
        *refused = boot.error().code == "partition.beyond_end";
        return boot.error();
    }
    return boot;
}

} // namespace imprint::app
