// Opening what a user names as TARGET (an image file, a drive, or a mounted boot directory) as
// a BootPartition, with the drive-safety verdict applied first; shared by the CLI and the GUI.
#pragma once

#include "core/common/result.h"
#include "core/disk/bootpartition.h"

#include <QString>

#include <memory>
#include <optional>

namespace imprint::app {

enum class TargetKind { ImageFile, BlockDevice, Directory, Missing };

TargetKind targetKind(const QString& target);

struct BootTargetOptions {
    bool writable = false;
    std::optional<int> partition;
};

// Errors: the drive verdict's reasons ("drives.*"), disk.*, partition.*, boot.*, fat.*.
Result<std::unique_ptr<disk::BootPartition>>
openBootTarget(const QString& target, const BootTargetOptions& options, bool* refused);

} // namespace imprint::app
