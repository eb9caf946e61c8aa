// HeadDevice: the first bytes of a compressed image, decompressed into memory, standing in for
// the whole disk (its full size is known from the Source) so the partition table and the boot
// partition can be read and edited through an Overlay without decompressing everything.
#pragma once

#include "core/disk/blockdevice.h"

#include <QString>

#include <memory>

namespace imprint::app {

class HeadDevice : public disk::BlockDevice {
public:
    // Decompresses up to `headBytes` of the image at `path` (any format flasher::Source reads).
    // Errors: source.*.
    static Result<std::unique_ptr<HeadDevice>> open(const QString& path, std::uint64_t headBytes);

    [[nodiscard]] std::uint64_t size() const override { return size_; }
    [[nodiscard]] bool readOnly() const override { return true; }
    // Reads past the buffered head fail with disk.out_of_range.
    Result<void> read(std::uint64_t offset, std::span<std::uint8_t> out) override;
    Result<void> write(std::uint64_t offset, std::span<const std::uint8_t> data) override;
    [[nodiscard]] const QString& format() const { return format_; }

private:
    std::vector<std::uint8_t> head_;
    std::uint64_t size_ = 0;
    QString format_;
};

// Enough to hold the boot partition of every balenaOS layout (it ends before 140 MiB).
inline constexpr std::uint64_t kHeadBytes = 160ull << 20;

} // namespace imprint::app
