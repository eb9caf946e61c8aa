// zstd files through libzstd's streaming decoder (several frames in a row are one stream).
#include "core/common/fileio.h"
#include "flasher/source/decoder.h"

#include <zstd.h>

namespace imprint::flasher {
namespace {

class ZstdDecoder : public Decoder {
public:
    explicit ZstdDecoder(InputWindow input) : input_(std::move(input)), ctx_(ZSTD_createDCtx()) {
        // Images are written by zstd --long too: allow its largest window (2 GiB would be
        // too much memory; 128 MiB is zstd --long's default of 2^27).
        ZSTD_DCtx_setParameter(ctx_, ZSTD_d_windowLogMax, 27);
    }
    ~ZstdDecoder() override { ZSTD_freeDCtx(ctx_); }
    ZstdDecoder(const ZstdDecoder&) = delete;
    ZstdDecoder& operator=(const ZstdDecoder&) = delete;

    std::uint64_t inputOffset() const override { return input_.offset(); }

    Result<std::size_t> decode(std::span<std::byte> out) override {
        ZSTD_outBuffer o{out.data(), out.size(), 0};
        for (;;) {
            auto in = input_.available();
            if (!in) {
                return std::move(in).takeError();
            }
            if (in->empty()) {
                if (!frameDone_) {
                    return streamError("source.truncated", SourceFormat::Zstd, input_.offset(),
                                       output_);
                }
                return std::size_t{0};
            }
            ZSTD_inBuffer i{in->data(), in->size(), 0};
            const std::size_t rc = ZSTD_decompressStream(ctx_, &o, &i);
            input_.consume(i.pos);
            if (ZSTD_isError(rc) != 0U) {
                return streamError("source.corrupt", SourceFormat::Zstd, input_.offset(),
                                   output_ + o.pos, ZSTD_getErrorName(rc));
            }
            frameDone_ = rc == 0;
            if (o.pos > 0 && (o.pos == o.size || i.pos < i.size || frameDone_)) {
                output_ += o.pos;
                return o.pos;
            }
        }
    }

private:
    InputWindow input_;
    ZSTD_DCtx* ctx_;
    std::uint64_t output_ = 0;
    bool frameDone_ = false;
};

} // namespace

std::unique_ptr<Decoder> makeZstdDecoder(InputWindow input) {
    return std::make_unique<ZstdDecoder>(std::move(input));
}

SourceSize zstdDeclaredSize(int fd) {
    unsigned char header[18]; // ZSTD_FRAMEHEADERSIZE_MAX (only in the static API)
    const Transfer n = readAt(fd, header, sizeof header, 0);
    if (n.error != 0 || n.done == 0) {
        return {};
    }
    const auto size = ZSTD_getFrameContentSize(header, n.done);
    if (size == ZSTD_CONTENTSIZE_UNKNOWN || size == ZSTD_CONTENTSIZE_ERROR) {
        return {};
    }
    return {static_cast<std::uint64_t>(size), SourceSize::Kind::Exact};
}

} // namespace imprint::flasher
