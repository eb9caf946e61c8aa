// A Source is the image to be written, read as a stream of its decompressed bytes: a raw file or
// a gzip, xz, zstd, bzip2 or single-entry zip file, recognised by its first bytes. Memory stays
// constant; a broken stream is an Error at the compressed byte offset where it was found.
#pragma once

#include "core/common/result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>

namespace imprint::flasher {

enum class SourceFormat { Raw, Gzip, Xz, Zstd, Bzip2, Zip };

// "raw", "gzip", "xz", "zstd", "bzip2", "zip"
const char* formatName(SourceFormat format);

struct SourceSize {
    enum class Kind {
        Exact,    // raw file, xz index, zip central directory, zstd frame header
        Estimate, // gzip's ISIZE (the size modulo 4 GiB) lifted above the compressed size
        Unknown,  // bzip2, zstd without a content size: progress follows the compressed bytes
    };
    std::uint64_t bytes = 0;
    Kind kind = Kind::Unknown;
};

class Decoder;
class GrowingFile;

class Source {
public:
    // Opens a file and recognises its format. Errors: "source.open_failed" {path, detail},
    // "source.empty", and the zip container's ("source.zip_*"). With `file` (a download in
    // progress), that file is read while it grows and `path` only names it in errors; its
    // writer's errors come out of read() at the offset where it stopped.
    static Result<std::unique_ptr<Source>> open(const std::string& path,
                                                std::shared_ptr<GrowingFile> file = nullptr);
    ~Source();
    Source(const Source&) = delete;
    Source& operator=(const Source&) = delete;

    [[nodiscard]] const std::string& path() const { return path_; }
    [[nodiscard]] SourceFormat format() const { return format_; }
    [[nodiscard]] SourceSize size() const { return size_; }
    // The file's own size and how much of it has been consumed, for progress when the
    // decompressed size is unknown.
    [[nodiscard]] std::uint64_t fileSize() const { return fileSize_; }
    [[nodiscard]] std::uint64_t filePosition() const;
    // Decompressed bytes handed out so far.
    [[nodiscard]] std::uint64_t position() const { return position_; }
    // Threads the decoder runs (more than 1 for a multi-block xz file).
    [[nodiscard]] unsigned decoderThreads() const { return threads_; }
    // True for a raw file: it can be read at any offset (for computing block maps up front).
    [[nodiscard]] bool seekable() const { return format_ == SourceFormat::Raw; }

    // Fills `buffer` with the next bytes; fewer than asked only at the end (0: the end).
    // Errors: "source.read_failed" {path, detail}, "source.truncated" {format},
    // "source.corrupt" {format, detail}, "source.size_mismatch" {expected, actual};
    // all .at() the compressed offset, with "output_offset" the decompressed one.
    Result<std::size_t> read(std::span<std::byte> buffer);
    // Asks for skipTo() before the first read: true for a raw file, and for an xz file whose
    // index lists its blocks (then the blocks a skip passes over are never decoded).
    bool enableSkipping();
    // Moves forward to `offset` without reading (or decoding) what lies between: the holes a
    // block map leaves out. False without enableSkipping() or for an offset behind the position.
    bool skipTo(std::uint64_t offset);

private:
    Source() = default;
    std::string path_;
    SourceFormat format_ = SourceFormat::Raw;
    SourceSize size_;
    std::uint64_t fileSize_ = 0;
    std::uint64_t position_ = 0;
    unsigned threads_ = 1;
    int fd_ = -1;
    std::unique_ptr<Decoder> decoder_;
    std::shared_ptr<GrowingFile> growing_;
    bool failed_ = false;
    bool skipping_ = false; // a compressed source that may skip (enableSkipping)
};

} // namespace imprint::flasher
