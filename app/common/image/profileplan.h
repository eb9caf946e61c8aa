// PlanBase: the image, drive or mounted boot folder the user has open, held read-only so that
// core/provision's Plan for a Profile can be made again after every edit without reading it
// twice; the Plan view shows it, and "Configure only" applies it in place with provision::apply.
// (Writes plan each target on the stream: flasher/plan's planOnStream.)
#pragma once

#include "app/common/image/inspection.h"
#include "core/common/result.h"
#include "core/disk/blockdevice.h"
#include "core/provision/plan.h"

#include <QString>

#include <cstdint>
#include <memory>

namespace imprint::app {

class PlanBase {
public:
    // Takes the device (and a URL's download) an inspection opened; its facts have decoded a
    // compressed image's boot partition, which its ImageHead keeps.
    static std::unique_ptr<PlanBase> adopt(const QString& path, Inspection& inspection);
    ~PlanBase();

    [[nodiscard]] const QString& path() const { return path_; }
    // The disk, read-only (null for a mounted boot folder).
    [[nodiscard]] disk::BlockDevice* device() const { return base_.get(); }
    // For a compressed image, where the decoded head ends (the boot partition's end): reading
    // further decodes the stream up to there. 0 when every byte is at hand.
    [[nodiscard]] std::uint64_t headEnd() const { return headEnd_; }

    // The plan over an in-memory copy of the boot partition; nothing on disk changes.
    // Errors: those of provision::makePlan, partition.*, boot.*, fat.*.
    Result<provision::Plan> plan(const provision::Profile& profile,
                                 const QString& backupDirectory) const;

private:
    PlanBase() = default;
    QString path_;
    std::shared_ptr<ImageStream> stream_;     // a URL's download, read by base_
    std::unique_ptr<disk::BlockDevice> base_; // null for a mounted boot folder
    std::uint64_t headEnd_ = 0;
};

// "Configure only": the profile's plan applied to an image file, drive or mounted boot folder
// itself, the old files saved under `backupDirectory` first. `refused` is set when the drive
// verdict forbids editing it. Errors: those of openBootTarget, makePlan and apply.
Result<provision::ApplyReport> configureInPlace(const QString& target,
                                                const provision::Profile& profile,
                                                const QString& backupDirectory, bool* refused);

} // namespace imprint::app
