#include "app/common/batch/imagecompress.h"

#include "core/common/fileio.h"
#include "flasher/platform/file.h"

#include <QFile>

#include <algorithm>
#include <lzma.h>
#include <memory>
#include <span>
#include <vector>
#include <zstd.h>

namespace imprint::app::batch {
namespace {

constexpr std::size_t kBuffer = 1 << 20;

Error failure(const QString& path, const char* tool, const std::string& detail) {
    return Error("batch.compress_failed")
        .with("path", path.toStdString())
        .with("tool", tool)
        .with("detail", detail);
}

// Reads the file in order; holes come out as zeros from a buffer that is never read into.
class SparseReader {
public:
    explicit SparseReader(int fd) : fd_(fd), buffer_(kBuffer), zeros_(kBuffer) {
        size_ = platform::sizeOf(fd).value_or(0);
    }
    // The next piece (empty at the end), or the OS error's text.
    Result<std::span<const std::uint8_t>> next() {
        if (pos_ >= size_) {
            return std::span<const std::uint8_t>();
        }
        if (dataEnd_ <= pos_) {
            const platform::DataStretch data = platform::nextData(fd_, pos_, size_);
            dataStart_ = data.start;
            dataEnd_ = data.end;
        }
        if (pos_ < dataStart_) {
            const auto n =
                static_cast<std::size_t>(std::min<std::uint64_t>(dataStart_ - pos_, kBuffer));
            pos_ += n;
            return std::span<const std::uint8_t>(zeros_.data(), n);
        }
        const auto want =
            static_cast<std::size_t>(std::min<std::uint64_t>(dataEnd_ - pos_, kBuffer));
        const Transfer got = readAt(fd_, buffer_.data(), want, pos_);
        if (got.error != 0 || got.done == 0) {
            return Error("errno").with("detail", got.error != 0 ? platform::errorText(got.error)
                                                                : "source.file_shrank");
        }
        pos_ += got.done;
        return std::span<const std::uint8_t>(buffer_.data(), got.done);
    }

private:
    int fd_;
    std::uint64_t size_ = 0;
    std::uint64_t pos_ = 0;
    std::uint64_t dataStart_ = 0;
    std::uint64_t dataEnd_ = 0;
    std::vector<std::uint8_t> buffer_;
    std::vector<std::uint8_t> zeros_;
};

// The compressed file, written in order.
struct Output {
    int fd;
    std::uint64_t at = 0;

    // 0, or the OS error that stopped the write.
    int append(const std::uint8_t* data, std::size_t size) {
        const Transfer t = writeAt(fd, data, size, at);
        at += t.done;
        return t.error;
    }
};

// Preset 1 on one thread, in 3 MiB blocks (so the flasher's multi-threaded decoder can split
// the file): on balenaOS images (mostly holes and ext4 metadata) it makes files as small as
// preset 6 in half the time of `xz -T2`, in about 10 MiB; two preset-6 encoders take about
// 240 MiB, which would break the batch's 200 MiB memory bound.
Result<void> encodeXz(SparseReader& in, Output& out, const QString& path) {
    lzma_stream s = LZMA_STREAM_INIT;
    lzma_mt mt{};
    mt.threads = 1;
    mt.preset = 1;
    mt.check = LZMA_CHECK_CRC64;
    if (lzma_stream_encoder_mt(&s, &mt) != LZMA_OK) {
        return failure(path, "liblzma", "batch.encoder_not_started");
    }
    std::unique_ptr<lzma_stream, void (*)(lzma_stream*)> guard(&s, lzma_end);
    std::vector<std::uint8_t> buffer(kBuffer);
    bool end = false;
    while (true) {
        if (s.avail_in == 0 && !end) {
            auto piece = in.next();
            if (!piece) {
                return failure(path, "liblzma", piece.error().arg("detail"));
            }
            end = piece->empty();
            s.next_in = piece->data();
            s.avail_in = piece->size();
        }
        s.next_out = buffer.data();
        s.avail_out = buffer.size();
        const lzma_ret r = lzma_code(&s, end ? LZMA_FINISH : LZMA_RUN);
        if (r != LZMA_OK && r != LZMA_STREAM_END) {
            return failure(path, "liblzma", "batch.encoder_failed")
                .with("status", std::to_string(r));
        }
        if (const int e = out.append(buffer.data(), buffer.size() - s.avail_out); e != 0) {
            return failure(path, "liblzma", platform::errorText(e));
        }
        if (r == LZMA_STREAM_END) {
            return {};
        }
    }
}

// zstd's default level (3), one thread, like `zstd`.
Result<void> encodeZstd(SparseReader& in, Output& out, const QString& path) {
    std::unique_ptr<ZSTD_CCtx, std::size_t (*)(ZSTD_CCtx*)> cctx(ZSTD_createCCtx(), ZSTD_freeCCtx);
    if (!cctx) {
        return failure(path, "libzstd", "batch.encoder_not_started");
    }
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_compressionLevel, ZSTD_CLEVEL_DEFAULT);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_checksumFlag, 1);
    std::vector<std::uint8_t> buffer(ZSTD_CStreamOutSize());
    while (true) {
        auto piece = in.next();
        if (!piece) {
            return failure(path, "libzstd", piece.error().arg("detail"));
        }
        const bool last = piece->empty();
        ZSTD_inBuffer input{piece->data(), piece->size(), 0};
        bool done = false;
        while (!done) {
            ZSTD_outBuffer output{buffer.data(), buffer.size(), 0};
            const std::size_t left = ZSTD_compressStream2(cctx.get(), &output, &input,
                                                          last ? ZSTD_e_end : ZSTD_e_continue);
            if (ZSTD_isError(left) != 0) {
                return failure(path, "libzstd", ZSTD_getErrorName(left));
            }
            if (const int e = out.append(buffer.data(), output.pos); e != 0) {
                return failure(path, "libzstd", platform::errorText(e));
            }
            done = last ? left == 0 : input.pos == input.size;
        }
        if (last) {
            return {};
        }
    }
}

} // namespace

Result<QString> compressImage(const QString& file, Compression kind) {
    const bool xz = kind == Compression::Xz;
    const char* tool = xz ? "liblzma" : "libzstd";
    const QString target = file + (xz ? QStringLiteral(".xz") : QStringLiteral(".zst"));
    const platform::UniqueFile in(platform::openFile(file.toStdString(), platform::kRead));
    if (!in.valid()) {
        return failure(file, tool, platform::errorText(platform::lastError()));
    }
    const platform::UniqueFile out(
        platform::openFile(target.toStdString(), platform::kReadWrite | platform::kCreate));
    if (!out.valid() || !platform::resizeFile(out.get(), 0)) {
        return failure(target, tool, platform::errorText(platform::lastError()));
    }
    SparseReader reader(in.get());
    Output output{out.get()};
    auto r = xz ? encodeXz(reader, output, target) : encodeZstd(reader, output, target);
    if (r && !platform::syncFile(out.get())) {
        r = failure(target, tool, platform::errorText(platform::lastError()));
    }
    if (!r) {
        QFile::remove(target);
        return std::move(r).takeError();
    }
    QFile::remove(file);
    return target;
}

} // namespace imprint::app::batch
