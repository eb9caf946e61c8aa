#include "app/common/disk/boottarget.h"

#include "flasher/drives/safety.h"

#include <sys/stat.h>

namespace imprint::app {

TargetKind targetKind(const QString& target) {
    struct stat st {};
    if (::stat(target.toLocal8Bit().constData(), &st) != 0) {
        return TargetKind::Missing;
    }
    if (S_ISDIR(st.st_mode)) {
        return TargetKind::Directory;
    }
    return S_ISBLK(st.st_mode) ? TargetKind::BlockDevice : TargetKind::ImageFile;
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
