// gzip files and zip entries, through zlib.
#include "core/common/fileio.h"
#include "flasher/source/decoder.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <zlib.h>

namespace imprint::flasher {
namespace {

// Feeds zlib at most UINT_MAX bytes at a time (its counters are 32-bit).
unsigned clampUInt(std::size_t n) {
    return static_cast<unsigned>(std::min<std::size_t>(n, UINT_MAX));
}

class ZlibDecoder : public StreamDecoder {
public:
    // windowBits: 15 + 16 for gzip (members may follow each other), -15 for a zip entry's raw
    // deflate (one stream; the caller checks CRC and size).
    ZlibDecoder(InputWindow input, SourceFormat format, int windowBits)
        : StreamDecoder(std::move(input), format, windowBits > 0) {
        inflateInit2(&z_, windowBits);
    }
    ~ZlibDecoder() override { inflateEnd(&z_); }
    ZlibDecoder(const ZlibDecoder&) = delete;
    ZlibDecoder& operator=(const ZlibDecoder&) = delete;

private:
    Step step(std::span<const std::byte> in, std::span<std::byte> out) override {
        z_.next_in = reinterpret_cast<Bytef*>(const_cast<std::byte*>(in.data()));
        z_.avail_in = clampUInt(in.size());
        z_.next_out = reinterpret_cast<Bytef*>(out.data());
        z_.avail_out = clampUInt(out.size());
        const int rc = inflate(&z_, Z_NO_FLUSH);
        Step s{in.size() - z_.avail_in, out.size() - z_.avail_out, rc == Z_STREAM_END, nullptr};
        if (rc != Z_OK && rc != Z_BUF_ERROR && rc != Z_STREAM_END) {
            s.failure = z_.msg != nullptr ? z_.msg : "source.decoder_error";
        }
        return s;
    }

    // gzip: another member may follow; anything else is not gzip.
    const char* nextStream(std::span<const std::byte> in) override {
        const auto* b = reinterpret_cast<const unsigned char*>(in.data());
        if (in.size() < 2 || b[0] != 0x1f || b[1] != 0x8b) {
            return "source.trailing_data";
        }
        inflateReset(&z_);
        return nullptr;
    }

    z_stream z_{};
};

class ZipEntryDecoder : public Decoder {
public:
    ZipEntryDecoder(InputWindow input, int method, std::uint32_t crc, std::uint64_t size)
        : method_(method), expectedCrc_(crc), expectedSize_(size), start_(input.offset()),
          end_(input.end()) {
        if (method == 8) {
            inflater_ = std::make_unique<ZlibDecoder>(std::move(input), SourceFormat::Zip, -15);
        } else {
            stored_ = std::make_unique<InputWindow>(std::move(input));
        }
    }

    std::uint64_t inputOffset() const override {
        return inflater_ ? inflater_->inputOffset() : stored_->offset();
    }

    Result<std::size_t> decode(std::span<std::byte> out) override {
        std::size_t n = 0;
        if (inflater_) {
            auto r = inflater_->decode(out);
            if (!r) {
                return r;
            }
            n = *r;
        } else {
            auto in = stored_->available();
            if (!in) {
                return std::move(in).takeError();
            }
            n = std::min(in->size(), out.size());
            std::memcpy(out.data(), in->data(), n);
            stored_->consume(n);
        }
        if (n > 0) {
            crc_ = static_cast<std::uint32_t>(
                crc32_z(crc_, reinterpret_cast<const Bytef*>(out.data()), n));
            produced_ += n;
            if (produced_ > expectedSize_) {
                return sizeError();
            }
            return n;
        }
        if (produced_ != expectedSize_) {
            return sizeError();
        }
        if (crc_ != expectedCrc_) {
            return streamError("source.corrupt", SourceFormat::Zip, inputOffset(), produced_,
                               "source.crc_mismatch");
        }
        return std::size_t{0};
    }

private:
    Error sizeError() const {
        if (produced_ < expectedSize_ && method_ == 0) {
            return streamError("source.truncated", SourceFormat::Zip, end_, produced_);
        }
        return streamError("source.size_mismatch", SourceFormat::Zip, inputOffset(), produced_)
            .with("expected", std::to_string(expectedSize_))
            .with("actual", std::to_string(produced_));
    }

    int method_;
    std::uint32_t expectedCrc_;
    std::uint64_t expectedSize_;
    std::uint64_t start_;
    std::uint64_t end_;
    std::unique_ptr<ZlibDecoder> inflater_;
    std::unique_ptr<InputWindow> stored_;
    std::uint32_t crc_ = 0;
    std::uint64_t produced_ = 0;
};

} // namespace

std::unique_ptr<Decoder> makeGzipDecoder(InputWindow input) {
    return std::make_unique<ZlibDecoder>(std::move(input), SourceFormat::Gzip, 15 + 16);
}

std::unique_ptr<Decoder> makeZipEntryDecoder(InputWindow input, int method, std::uint32_t crc,
                                             std::uint64_t size) {
    return std::make_unique<ZipEntryDecoder>(std::move(input), method, crc, size);
}

SourceSize gzipSizeHint(int fd, std::uint64_t fileSize) {
    unsigned char tail[4];
    if (fileSize < 18 || !readAt(fd, tail, 4, fileSize - 4).complete(4)) {
        return {};
    }
    // ISIZE is the size modulo 2^32: lift it to the first value not below the compressed
    // size, since images only ever grow when decompressed. An estimate, and said so.
    std::uint64_t size =
        static_cast<std::uint64_t>(tail[0]) | (static_cast<std::uint64_t>(tail[1]) << 8) |
        (static_cast<std::uint64_t>(tail[2]) << 16) | (static_cast<std::uint64_t>(tail[3]) << 24);
    while (size < fileSize) {
        size += 1ULL << 32;
    }
    return {size, SourceSize::Kind::Estimate};
}

} // namespace imprint::flasher
