// The BootPartition of a boot partition the system already mounted (an SD card the desktop
// mounted): plain file operations under that directory, a replace done as write-then-rename.
#pragma once

#include "core/disk/bootpartition.h"

namespace imprint::disk {

class MountedBootPartition : public BootPartition {
public:
    MountedBootPartition(std::string root, bool writable);

    Result<std::vector<std::uint8_t>> readFile(std::string_view path) override;
    Result<void> writeFile(std::string_view path, std::span<const std::uint8_t> data) override;
    Result<void> remove(std::string_view path) override;
    Result<void> makeDirectory(std::string_view path) override;
    Result<std::vector<BootEntry>> list(std::string_view path) override;
    Result<std::optional<BootEntry>> stat(std::string_view path) override;
    Result<std::uint64_t> freeSpace() override;
    [[nodiscard]] bool readOnly() const override { return !writable_; }
    [[nodiscard]] const BootLocation& location() const override { return location_; }

private:
    // The host path of a partition path; refuses ".." so nothing outside the root is reached.
    Result<std::string> resolve(std::string_view path) const;

    std::string root_;
    bool writable_;
    BootLocation location_;
};

} // namespace imprint::disk
