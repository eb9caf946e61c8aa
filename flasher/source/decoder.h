// Internal to flasher/source: buffered reading of the compressed file, and the interface each
// format's decoder implements.
#pragma once

#include "core/common/result.h"
#include "flasher/source/source.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace imprint::flasher {

class GrowingFile;

// Reads [begin, end) of a file in large chunks; tracks the offset of the next unconsumed byte.
class InputWindow {
public:
    InputWindow(int fd, std::string path, std::uint64_t begin, std::uint64_t end);
    // The buffered, unconsumed bytes; refills when empty. Empty at the end of the window.
    Result<std::span<const std::byte>> available();
    void consume(std::size_t n) { head_ += n; }
    // File offset of the next unconsumed byte.
    [[nodiscard]] std::uint64_t offset() const { return fileOffset_ - (tail_ - head_); }
    [[nodiscard]] std::uint64_t end() const { return end_; }
    [[nodiscard]] const std::string& path() const { return path_; }
    // A file still being written (a download): refills wait for its bytes (growingfile.h).
    void follow(GrowingFile* file) { growing_ = file; }

private:
    int fd_;
    GrowingFile* growing_ = nullptr;
    std::string path_;
    std::uint64_t fileOffset_; // offset just after the buffered bytes
    std::uint64_t end_;
    std::vector<std::byte> buffer_;
    std::size_t head_ = 0;
    std::size_t tail_ = 0;
};

class Decoder {
public:
    virtual ~Decoder() = default;
    // Writes decompressed bytes into `out` (at least one unless at the end); 0 means the end.
    virtual Result<std::size_t> decode(std::span<std::byte> out) = 0;
    [[nodiscard]] virtual std::uint64_t inputOffset() const = 0;
    [[nodiscard]] virtual unsigned threads() const { return 1; }
    // Whether skipTo() may pass over parts of the stream without decoding them; only asked
    // before the first decode.
    virtual bool enableSkipping() { return false; }
    // Moves forward to the decompressed `offset`; false when the decoder cannot.
    virtual bool skipTo(std::uint64_t offset) {
        (void)offset;
        return false;
    }
};

// The loop zlib's and libbz2's decoders share: feed the window's bytes to the library, hand out
// what comes out, and at a stream's end either finish (a single stream) or go on with the
// stream that follows (concatenated gzip members, bzip2 streams). The window ending inside a
// stream is source.truncated; what the library rejects is source.corrupt.
class StreamDecoder : public Decoder {
public:
    [[nodiscard]] std::uint64_t inputOffset() const override { return input_.offset(); }
    Result<std::size_t> decode(std::span<std::byte> out) final;

protected:
    StreamDecoder(InputWindow input, SourceFormat format, bool concatenated)
        : input_(std::move(input)), format_(format), concatenated_(concatenated) {}

    struct Step {
        std::size_t used = 0;
        std::size_t produced = 0;
        bool streamEnd = false;
        const char* failure = nullptr; // the library's reason when it rejected the data
    };
    // One call into the library with `in` and `out`, never empty.
    virtual Step step(std::span<const std::byte> in, std::span<std::byte> out) = 0;
    // Bytes follow a stream's end: prepares for the next stream, or says why they are none.
    virtual const char* nextStream(std::span<const std::byte> in) = 0;

private:
    InputWindow input_;
    SourceFormat format_;
    bool concatenated_;
    std::uint64_t output_ = 0;
    bool betweenStreams_ = false;
    bool finished_ = false;
};

// Each error names the format, and sits at the compressed offset, with output_offset.
Error streamError(const char* code, SourceFormat format, std::uint64_t inputOffset,
                  std::uint64_t outputOffset, const std::string& detail = {});

std::unique_ptr<Decoder> makeGzipDecoder(InputWindow input);
// Raw deflate (zip method 8) or stored (method 0), with the entry's CRC-32 and size checked.
std::unique_ptr<Decoder> makeZipEntryDecoder(InputWindow input, int method, std::uint32_t crc,
                                             std::uint64_t size);
std::unique_ptr<Decoder> makeXzDecoder(InputWindow input, unsigned threads);
std::unique_ptr<Decoder> makeZstdDecoder(InputWindow input);
std::unique_ptr<Decoder> makeBzip2Decoder(InputWindow input);

// Sizes read from the compressed file without decoding it.
struct XzInfo {
    std::uint64_t uncompressed = 0;
    std::uint64_t blocks = 0;
};
Result<XzInfo> readXzIndex(int fd, std::uint64_t fileSize);
SourceSize zstdDeclaredSize(int fd);
SourceSize gzipSizeHint(int fd, std::uint64_t fileSize);

} // namespace imprint::flasher
