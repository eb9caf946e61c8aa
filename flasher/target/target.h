// A Target is where an image goes: an image file (created sparse) or a whole block device
// (O_DIRECT | O_EXCL). WriteJob drives it: prepare, writes at byte offsets, sync, read back
// with the page cache bypassed, finish.
#pragma once

#include "core/common/result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>

namespace imprint::flasher {

class Target {
public:
    virtual ~Target() = default;
    // What the user named: "/dev/sdb" or "out.img".
    [[nodiscard]] virtual const std::string& name() const = 0;
    // Opens and makes room for `imageSize` bytes; a device has its first and last MiB wiped,
    // so a stale partition table (or GPT backup) never survives an interrupted write.
    // Errors: "target.open_failed", "target.too_small", "target.write_failed".
    virtual Result<void> prepare(std::uint64_t imageSize) = 0;
    // Any offset and length; aligned ones (4 KiB) go straight to the disk.
    // Errors: "target.write_failed" {name, detail} .at(offset).
    virtual Result<void> write(std::uint64_t offset, std::span<const std::byte> data) = 0;
    // Reads what is on the medium, not what the cache remembers. Called from several threads
    // at once during verification; while writes are still going on only when
    // verifiesBehindWrites() says so.
    // Errors: "target.read_failed" {name, detail} .at(offset).
    virtual Result<void> readBack(std::uint64_t offset, std::span<std::byte> into) = 0;
    // Errors: "target.sync_failed" {name, detail}.
    virtual Result<void> sync() = 0;
    // Sets the final length of an image file once the stream's end is known (a device only
    // checks that it is large enough). Errors: "target.too_small", "target.write_failed".
    virtual Result<void> setSize(std::uint64_t imageSize) = 0;
    // After the last write: re-read the partition table of a device. Never fails the job.
    virtual void finish() {}
    // A fresh file reads as zeros where nothing was written, so all-zero blocks are skipped.
    [[nodiscard]] virtual bool zerosAreFree() const { return false; }
    // How many write() calls may be in flight at once, from different threads (4 KiB-aligned
    // pieces only; an unaligned one is always written alone). 1: strictly one after another.
    [[nodiscard]] virtual std::size_t writeDepth() const { return 1; }
    // Whether written ranges may be read back while later writes are still in flight, so the
    // read-back overlaps the stream. Not for a device: a counterfeit card wraps later writes
    // over earlier ranges, which only a read after the last write (and the sync) can see.
    [[nodiscard]] virtual bool verifiesBehindWrites() const { return false; }
};

// An image file, created or truncated, holes where nothing was written.
std::unique_ptr<Target> makeFileTarget(const std::string& path);
// A whole block device opened by path with O_RDWR | O_DIRECT | O_EXCL.
std::unique_ptr<Target> makeDeviceTarget(const std::string& path);
// A block device already opened by someone else (UDisks2's OpenDevice); takes the descriptor.
std::unique_ptr<Target> makeDeviceTarget(const std::string& name, int fd);

// Memory aligned for O_DIRECT.
struct AlignedFree {
    void operator()(std::byte* p) const;
};
using AlignedBuffer = std::unique_ptr<std::byte[], AlignedFree>;
AlignedBuffer allocateAligned(std::size_t size);
inline constexpr std::size_t kDirectAlignment = 4096;

} // namespace imprint::flasher
