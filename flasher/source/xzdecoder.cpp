// xz files through liblzma: the multi-threaded decoder (liblzma 5.4) splits the work by block.
#include "flasher/source/decoder.h"

#include <lzma.h>
#include <unistd.h>
#include <vector>

namespace imprint::flasher {
namespace {

// Above this the multi-threaded decoder falls back to one thread rather than use more memory,
// which keeps a job's peak memory well under the budget even with large xz blocks.
constexpr std::uint64_t kThreadingMemoryLimit = 96ULL << 20;

const char* describe(lzma_ret rc) {
    switch (rc) {
    case LZMA_FORMAT_ERROR:
        return "not an xz stream";
    case LZMA_OPTIONS_ERROR:
        return "unsupported xz options";
    case LZMA_DATA_ERROR:
        return "damaged data";
    case LZMA_BUF_ERROR:
        return "unexpected end of data";
    case LZMA_MEM_ERROR:
        return "out of memory";
    case LZMA_MEMLIMIT_ERROR:
        return "memory limit reached";
    default:
        return "xz decoder error";
    }
}

class XzDecoder : public Decoder {
public:
    XzDecoder(InputWindow input, unsigned threads) : input_(std::move(input)) {
        lzma_mt mt{};
        mt.flags = LZMA_CONCATENATED | LZMA_FAIL_FAST;
        mt.threads = threads;
        mt.timeout = 0;
        mt.memlimit_threading = kThreadingMemoryLimit;
        mt.memlimit_stop = UINT64_MAX;
        initError_ = lzma_stream_decoder_mt(&strm_, &mt);
        threads_ = threads;
    }
    ~XzDecoder() override { lzma_end(&strm_); }
    XzDecoder(const XzDecoder&) = delete;
    XzDecoder& operator=(const XzDecoder&) = delete;

    unsigned threads() const override { return threads_; }
    std::uint64_t inputOffset() const override { return input_.offset(); }

    Result<std::size_t> decode(std::span<std::byte> out) override {
        if (initError_ != LZMA_OK) {
            return streamError("source.corrupt", SourceFormat::Xz, 0, 0, describe(initError_));
        }
        if (finished_) {
            return std::size_t{0};
        }
        strm_.next_out = reinterpret_cast<uint8_t*>(out.data());
        strm_.avail_out = out.size();
        for (;;) {
            lzma_action action = LZMA_RUN;
            if (strm_.avail_in == 0) {
                auto in = input_.available();
                if (!in) {
                    return std::move(in).takeError();
                }
                strm_.next_in = reinterpret_cast<const uint8_t*>(in->data());
                strm_.avail_in = in->size();
                fed_ = in->size();
                if (in->empty()) {
                    action = LZMA_FINISH; // LZMA_CONCATENATED needs to be told the input ended
                }
            }
            const lzma_ret rc = lzma_code(&strm_, action);
            input_.consume(fed_ - strm_.avail_in);
            fed_ = strm_.avail_in;
            const std::size_t produced = out.size() - strm_.avail_out;
            if (rc == LZMA_STREAM_END) {
                finished_ = true;
                output_ += produced;
                return produced;
            }
            if (rc != LZMA_OK) {
                const bool truncated =
                    rc == LZMA_BUF_ERROR || (action == LZMA_FINISH && rc == LZMA_DATA_ERROR &&
                                             input_.offset() >= input_.end());
                return streamError(truncated ? "source.truncated" : "source.corrupt",
                                   SourceFormat::Xz, input_.offset(), output_ + produced,
                                   truncated ? std::string() : describe(rc));
            }
            if (strm_.avail_out == 0) {
                output_ += produced;
                return produced;
            }
        }
    }

private:
    InputWindow input_;
    lzma_stream strm_ = LZMA_STREAM_INIT;
    lzma_ret initError_ = LZMA_OK;
    unsigned threads_ = 1;
    std::size_t fed_ = 0;
    std::uint64_t output_ = 0;
    bool finished_ = false;
};

} // namespace

std::unique_ptr<Decoder> makeXzDecoder(InputWindow input, unsigned threads) {
    return std::make_unique<XzDecoder>(std::move(input), threads);
}

Result<XzInfo> readXzIndex(int fd, std::uint64_t fileSize) {
    // liblzma's file-info decoder reads the headers and indexes, asking to seek as it goes.
    lzma_stream strm = LZMA_STREAM_INIT;
    lzma_index* index = nullptr;
    if (lzma_file_info_decoder(&strm, &index, UINT64_MAX, fileSize) != LZMA_OK) {
        return Error("source.corrupt");
    }
    std::vector<uint8_t> buffer(64 * 1024);
    std::uint64_t position = 0;
    Result<XzInfo> result = Error("source.corrupt");
    for (;;) {
        if (strm.avail_in == 0) {
            const auto n = pread(fd, buffer.data(), buffer.size(), static_cast<off_t>(position));
            if (n < 0) {
                break;
            }
            position += static_cast<std::uint64_t>(n);
            strm.next_in = buffer.data();
            strm.avail_in = static_cast<std::size_t>(n);
        }
        const lzma_ret rc = lzma_code(&strm, strm.avail_in == 0 ? LZMA_FINISH : LZMA_RUN);
        if (rc == LZMA_SEEK_NEEDED) {
            position = strm.seek_pos;
            strm.avail_in = 0;
            continue;
        }
        if (rc == LZMA_STREAM_END) {
            result = XzInfo{lzma_index_uncompressed_size(index), lzma_index_block_count(index)};
            break;
        }
        if (rc != LZMA_OK) {
            break;
        }
    }
    if (index != nullptr) {
        lzma_index_end(index, nullptr);
    }
    lzma_end(&strm);
    return result;
}

} // namespace imprint::flasher
