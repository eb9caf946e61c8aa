// bzip2 files through libbz2 (several streams in a row, as pbzip2 writes them, are one).
#include "flasher/source/decoder.h"

#include <algorithm>
#include <bzlib.h>
#include <climits>

namespace imprint::flasher {
namespace {

class Bzip2Decoder : public StreamDecoder {
public:
    explicit Bzip2Decoder(InputWindow input)
        : StreamDecoder(std::move(input), SourceFormat::Bzip2, true) {
        BZ2_bzDecompressInit(&strm_, 0, 0);
    }
    ~Bzip2Decoder() override { BZ2_bzDecompressEnd(&strm_); }
    Bzip2Decoder(const Bzip2Decoder&) = delete;
    Bzip2Decoder& operator=(const Bzip2Decoder&) = delete;

private:
    Step step(std::span<const std::byte> in, std::span<std::byte> out) override {
        const auto inSize = static_cast<unsigned>(std::min<std::size_t>(in.size(), UINT_MAX));
        const auto outSize = static_cast<unsigned>(std::min<std::size_t>(out.size(), UINT_MAX));
        strm_.next_in = const_cast<char*>(reinterpret_cast<const char*>(in.data()));
        strm_.avail_in = inSize;
        strm_.next_out = reinterpret_cast<char*>(out.data());
        strm_.avail_out = outSize;
        const int rc = BZ2_bzDecompress(&strm_);
        Step s{inSize - strm_.avail_in, outSize - strm_.avail_out, rc == BZ_STREAM_END, nullptr};
        if (rc != BZ_OK && rc != BZ_STREAM_END) {
            s.failure = rc == BZ_DATA_ERROR_MAGIC ? "source.not_bzip2" : "source.damaged_data";
        }
        return s;
    }

    // pbzip2 writes one stream per block: whatever follows is read as another stream.
    const char* nextStream(std::span<const std::byte> /*in*/) override {
        BZ2_bzDecompressEnd(&strm_);
        strm_ = bz_stream{};
        BZ2_bzDecompressInit(&strm_, 0, 0);
        return nullptr;
    }

    bz_stream strm_{};
};

} // namespace

std::unique_ptr<Decoder> makeBzip2Decoder(InputWindow input) {
    return std::make_unique<Bzip2Decoder>(std::move(input));
}

} // namespace imprint::flasher
