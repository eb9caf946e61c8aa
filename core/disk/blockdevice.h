// BlockDevice: reads and writes at byte offsets on something that holds a disk: an image file,
// an open block device, or an Overlay that keeps changes in memory over a read-only base.
#pragma once

#include "core/common/result.h"

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace imprint::disk {

class BlockDevice {
public:
    BlockDevice() = default;
    BlockDevice(const BlockDevice&) = delete;
    BlockDevice& operator=(const BlockDevice&) = delete;
    virtual ~BlockDevice() = default;

    [[nodiscard]] virtual std::uint64_t size() const = 0;
    [[nodiscard]] virtual bool readOnly() const = 0;
    // The logical sector size the device reports (512 for image files).
    [[nodiscard]] virtual std::uint32_t sectorSize() const { return 512; }
    // Errors: disk.out_of_range, disk.read_failed.
    virtual Result<void> read(std::uint64_t offset, std::span<std::uint8_t> out) = 0;
    // Errors: disk.read_only, disk.out_of_range, disk.write_failed.
    virtual Result<void> write(std::uint64_t offset, std::span<const std::uint8_t> data) = 0;
    // A write barrier: everything written before reaches the medium before anything after.
    // Crash-safe updates rely on it between their steps.
    virtual Result<void> sync() { return {}; }
};

// An image file or a block device, opened by path (O_RDWR when writable).
class FileDevice : public BlockDevice {
public:
    // Errors: disk.open_failed {path, reason}.
    static Result<std::unique_ptr<FileDevice>> open(const std::string& path, bool writable);
    ~FileDevice() override;

    [[nodiscard]] std::uint64_t size() const override { return size_; }
    [[nodiscard]] bool readOnly() const override { return !writable_; }
    [[nodiscard]] std::uint32_t sectorSize() const override { return sectorSize_; }
    [[nodiscard]] bool isBlockDevice() const { return blockDevice_; }
    [[nodiscard]] const std::string& path() const { return path_; }
    Result<void> read(std::uint64_t offset, std::span<std::uint8_t> out) override;
    Result<void> write(std::uint64_t offset, std::span<const std::uint8_t> data) override;
    Result<void> sync() override;

private:
    FileDevice() = default;
    int fd_ = -1;
    std::uint64_t size_ = 0;
    std::uint32_t sectorSize_ = 512;
    bool writable_ = false;
    bool blockDevice_ = false;
    std::string path_;
};

// Bytes in memory (tests, fuzzing, small buffered heads of images).
class MemoryDevice : public BlockDevice {
public:
    explicit MemoryDevice(std::vector<std::uint8_t> bytes, bool writable = true)
        : bytes_(std::move(bytes)), writable_(writable) {}
    [[nodiscard]] std::uint64_t size() const override { return bytes_.size(); }
    [[nodiscard]] bool readOnly() const override { return !writable_; }
    Result<void> read(std::uint64_t offset, std::span<std::uint8_t> out) override;
    Result<void> write(std::uint64_t offset, std::span<const std::uint8_t> data) override;
    [[nodiscard]] const std::vector<std::uint8_t>& bytes() const { return bytes_; }

private:
    std::vector<std::uint8_t> bytes_;
    bool writable_;
};

// Copy-on-write over a base that is never written: changed sectors stay in memory and can be
// listed, so a configured image can be streamed without touching (or copying) its source.
class Overlay : public BlockDevice {
public:
    explicit Overlay(BlockDevice& base, std::uint32_t granularity = 512);

    struct Change {
        std::uint64_t offset;
        std::vector<std::uint8_t> bytes; // a run of adjacent changed sectors
    };

    [[nodiscard]] std::uint64_t size() const override { return base_.size(); }
    [[nodiscard]] bool readOnly() const override { return false; }
    [[nodiscard]] std::uint32_t sectorSize() const override { return base_.sectorSize(); }
    Result<void> read(std::uint64_t offset, std::span<std::uint8_t> out) override;
    Result<void> write(std::uint64_t offset, std::span<const std::uint8_t> data) override;

    [[nodiscard]] std::uint32_t granularity() const { return granularity_; }
    // The changed sectors, in offset order, adjacent ones merged.
    [[nodiscard]] std::vector<Change> changes() const;
    [[nodiscard]] std::size_t changedSectorCount() const { return changed_.size(); }

private:
    BlockDevice& base_;
    std::uint32_t granularity_;
    std::map<std::uint64_t, std::vector<std::uint8_t>> changed_; // sector index -> bytes
};

} // namespace imprint::disk
