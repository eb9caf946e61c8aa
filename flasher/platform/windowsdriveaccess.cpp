// Windows: a whole disk opened for writing the way the other writers found Windows allows it.
// Every volume on the disk is locked and dismounted first and held so until the write ends (a
// volume unlocked mid-write gets mounted again, and Windows then refuses writes or offers to
// format the drive), the partition layout is deleted so Windows finds nothing to mount, and the
// disk is opened unbuffered and write-through: DeviceTarget writes sector-aligned buffers, and
// after the last write has Windows read the new partition table (rereadPartitions).
#include "flasher/drives/windowsdisks.h"
#include "flasher/platform/diskanswers.h"
#include "flasher/platform/driveaccess.h"
#include "flasher/platform/file.h"
#include "flasher/platform/volumelocks.h"

#include <algorithm>

namespace imprint::flasher {
namespace {

// A disk's Target with its volumes' locks: the disk is closed first, then the locks let go.
class LockedDiskTarget : public Target {
public:
    LockedDiskTarget(std::shared_ptr<void> locks, std::unique_ptr<Target> disk)
        : locks_(std::move(locks)), disk_(std::move(disk)) {}

    const std::string& name() const override { return disk_->name(); }
    Result<void> prepare(std::uint64_t imageSize) override { return disk_->prepare(imageSize); }
    Result<void> write(std::uint64_t offset, std::span<const std::byte> data) override {
        return disk_->write(offset, data);
    }
    Result<void> readBack(std::uint64_t offset, std::span<std::byte> into) override {
        return disk_->readBack(offset, into);
    }
    Result<void> sync() override { return disk_->sync(); }
    Result<void> setSize(std::uint64_t imageSize) override { return disk_->setSize(imageSize); }
    void finish() override { disk_->finish(); }
    bool zerosAreFree() const override { return disk_->zerosAreFree(); }
    std::size_t writeDepth() const override { return disk_->writeDepth(); }
    bool verifiesBehindWrites() const override { return disk_->verifiesBehindWrites(); }

private:
    std::shared_ptr<void> locks_; // declared first: destroyed after the disk is closed
    std::unique_ptr<Target> disk_;
};

Error openFailed(const std::string& name, int error) {
    return Error("target.open_failed")
        .with("name", name)
        .with("detail", platform::errorText(error));
}

Result<std::vector<platform::VolumeAnswers>> volumesOn(std::uint32_t diskNumber) {
    std::vector<platform::VolumeAnswers> volumes;
    if (const int error = platform::askVolumes(volumes); error != 0) {
        return openFailed("\\\\.\\PhysicalDrive" + std::to_string(diskNumber), error);
    }
    std::vector<platform::VolumeAnswers> on;
    for (auto& v : volumes) {
        const auto extents = windisks::parseVolumeDiskExtents(v.extents);
        if (extents && std::any_of(extents->begin(), extents->end(),
                                   [&](const auto& e) { return e.diskNumber == diskNumber; })) {
            on.push_back(std::move(v));
        }
    }
    return on;
}

std::vector<std::string> namesOf(const std::vector<platform::VolumeAnswers>& volumes) {
    std::vector<std::string> names;
    for (const auto& v : volumes) {
        names.push_back(v.name);
    }
    return names;
}

} // namespace

Result<std::vector<std::string>> volumesOnDisk(std::uint32_t diskNumber) {
    auto volumes = volumesOn(diskNumber);
    if (!volumes) {
        return std::move(volumes).takeError();
    }
    return namesOf(*volumes);
}

Result<std::unique_ptr<Target>> openDriveTargetDirectly(const std::string& devicePath) {
    const auto number = windisks::diskNumberOfPath(devicePath);
    if (!number) {
        return Error("drives.not_found").with("path", devicePath);
    }
    auto volumes = volumesOn(*number);
    if (!volumes) {
        return std::move(volumes).takeError();
    }
    platform::VolumeLocks locks = platform::lockAndDismount(namesOf(*volumes));
    if (!locks.held) {
        const auto& failed = (*volumes)[locks.failed];
        return Error("drives.unmount_failed")
            .with("path", devicePath)
            .with("mountpoint", failed.paths.empty() ? failed.name : failed.paths.front())
            .with("detail", platform::errorText(locks.error));
    }
    platform::UniqueFile disk(platform::openFile(
        devicePath, platform::kReadWrite | platform::kDirect | platform::kExclusive));
    if (!disk.valid()) {
        return openFailed(devicePath, platform::lastError());
    }
    // Without a layout nothing is remounted mid-write. A disk that keeps its layout (a file
    // standing in for one, under Wine) is still safe: DeviceTarget wipes the first and last MiB
    // before writing, as the other writers do when this call fails.
    platform::deletePartitionLayout(disk.get());
    return std::unique_ptr<Target>(std::make_unique<LockedDiskTarget>(
        std::move(locks.held), makeDeviceTarget(devicePath, disk.release())));
}

} // namespace imprint::flasher
