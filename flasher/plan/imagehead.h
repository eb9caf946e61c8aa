// ImageHead: the decompressed image of a Source seen as a read-only BlockDevice, without
// decompressing it all: only the byte ranges someone reads are decoded and kept (sparse).
#pragma once

#include "core/common/result.h"
#include "core/disk/blockdevice.h"

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace imprint::flasher {

class GrowingFile;
class Source;

// Reading ahead of what was decoded so far decodes forward; reading behind it starts a new
// decoding pass from the beginning (a compressed stream cannot seek). What was decoded is kept
// in memory in 64 KiB windows, so memory grows only with what was read (metadata sectors and a
// few small files). A raw image file is read in place; a raw download in progress like a
// stream. One head can serve the plans of many targets: later reads mostly hit what is kept.
class ImageHead : public disk::BlockDevice {
public:
    // Opens the source and reads what a partition table needs (the first MiB, an MBR's
    // extended chain, a GPT's entry array). With `growing` (a download in progress), every
    // decoding pass reads that file as Source::open does. Errors: Source::open's and
    // Source::read's.
    static Result<std::unique_ptr<ImageHead>> open(const std::string& path,
                                                   std::shared_ptr<GrowingFile> growing = nullptr);
    ~ImageHead() override;

    // The exact decompressed size; for a stream whose size is not known, a size no image
    // reaches (reads past the real end then fail as a truncated stream).
    [[nodiscard]] std::uint64_t size() const override { return size_; }
    [[nodiscard]] bool readOnly() const override { return true; }
    // Errors: disk.out_of_range, the Source's errors, disk.read_failed {reason}.
    Result<void> read(std::uint64_t offset, std::span<std::uint8_t> out) override;
    // Errors: disk.read_only.
    Result<void> write(std::uint64_t offset, std::span<const std::uint8_t> data) override;

    // Decodes and keeps a range before it is needed (in ascending order, so one pass does).
    Result<void> prefetch(std::uint64_t offset, std::uint64_t length);
    // The FAT metadata (reserved sectors, FATs, fixed root) of the volume starting at
    // `offset`, fetched in one go: a FAT is read a sector at a time, mostly after the data
    // clusters that point into it, which would otherwise cost a pass each.
    Result<void> prefetchFatMetadata(std::uint64_t offset, std::uint64_t rangeBytes);

    // Decoding passes started so far (1 after open for a compressed source; 0 for raw).
    [[nodiscard]] unsigned passes() const { return passes_; }
    // Bytes decoded and kept.
    [[nodiscard]] std::uint64_t keptBytes() const;

private:
    ImageHead() = default;
    Result<void> ensure(std::uint64_t offset, std::uint64_t length);
    Result<void> fetch(std::uint64_t begin, std::uint64_t end);
    Result<void> skipTo(std::uint64_t begin);
    Result<void> prefetchTable();

    std::string path_;
    std::shared_ptr<GrowingFile> growing_;
    std::unique_ptr<Source> source_;
    std::unique_ptr<disk::FileDevice> raw_; // a raw image file, read in place
    bool skipping_ = false; // the source jumps over what is not asked for (an indexed xz)
    std::uint64_t size_ = 0;
    unsigned passes_ = 0;
    // Window start -> its decoded bytes (a whole window; the last one ends with the image).
    std::map<std::uint64_t, std::vector<std::uint8_t>> windows_;
};

} // namespace imprint::flasher
