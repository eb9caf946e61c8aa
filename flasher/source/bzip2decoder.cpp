// bzip2 files through libbz2 (several streams in a row, as pbzip2 writes them, are one).
#include "flasher/source/decoder.h"

#include <bzlib.h>
#include <climits>
#include <cstring>

namespace imprint::flasher {
namespace {

class Bzip2Decoder : public Decoder {
public:
    explicit Bzip2Decoder(InputWindow input) : input_(std::move(input)) {
        std::memset(&strm_, 0, sizeof strm_);
        BZ2_bzDecompressInit(&strm_, 0, 0);
    }
    ~Bzip2Decoder() override { BZ2_bzDecompressEnd(&strm_); }
    Bzip2Decoder(const Bzip2Decoder&) = delete;
    Bzip2Decoder& operator=(const Bzip2Decoder&) = delete;

    std::uint64_t inputOffset() const override { return input_.offset(); }

    Result<std::size_t> decode(std::span<std::byte> out) override {
        if (finished_) {
            return std::size_t{0};
        }
        for (;;) {
            auto in = input_.available();
            if (!in) {
                return std::move(in).takeError();
            }
            if (in->empty()) {
                if (betweenStreams_) {
                    finished_ = true;
                    return std::size_t{0};
                }
                return streamError("source.truncated", SourceFormat::Bzip2, input_.offset(),
                                   output_);
            }
            if (betweenStreams_) {
                BZ2_bzDecompressEnd(&strm_);
                std::memset(&strm_, 0, sizeof strm_);
                BZ2_bzDecompressInit(&strm_, 0, 0);
                betweenStreams_ = false;
            }
            const auto inSize = static_cast<unsigned>(std::min<std::size_t>(in->size(), UINT_MAX));
            const auto outSize = static_cast<unsigned>(std::min<std::size_t>(out.size(), UINT_MAX));
            strm_.next_in = const_cast<char*>(reinterpret_cast<const char*>(in->data()));
            strm_.avail_in = inSize;
            strm_.next_out = reinterpret_cast<char*>(out.data());
            strm_.avail_out = outSize;
            const int rc = BZ2_bzDecompress(&strm_);
            input_.consume(inSize - strm_.avail_in);
            const std::size_t produced = outSize - strm_.avail_out;
            output_ += produced;
            if (rc == BZ_STREAM_END) {
                betweenStreams_ = true;
            } else if (rc != BZ_OK) {
                return streamError("source.corrupt", SourceFormat::Bzip2, input_.offset(), output_,
                                   rc == BZ_DATA_ERROR_MAGIC ? "not a bzip2 stream"
                                                             : "damaged data");
            }
            if (produced > 0) {
                return produced;
            }
        }
    }

private:
    InputWindow input_;
    bz_stream strm_{};
    std::uint64_t output_ = 0;
    bool betweenStreams_ = false;
    bool finished_ = false;
};

} // namespace

std::unique_ptr<Decoder> makeBzip2Decoder(InputWindow input) {
    return std::make_unique<Bzip2Decoder>(std::move(input));
}

} // namespace imprint::flasher
