// xz files through liblzma: the multi-threaded decoder (liblzma 5.4) splits the work by block.
#include "core/common/fileio.h"
#include "flasher/source/decoder.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <lzma.h>
#include <vector>

namespace imprint::flasher {
namespace {

// Above this the multi-threaded decoder falls back to one thread rather than use more memory,
// which keeps a job's peak memory well under the budget even with large xz blocks.
constexpr std::uint64_t kThreadingMemoryLimit = 96ULL << 20;

const char* describe(lzma_ret rc) {
    switch (rc) {
    case LZMA_FORMAT_ERROR:
        return "source.not_xz";
    case LZMA_OPTIONS_ERROR:
        return "source.unsupported_options";
    case LZMA_DATA_ERROR:
        return "source.damaged_data";
    case LZMA_BUF_ERROR:
        return "source.unexpected_end";
    case LZMA_MEM_ERROR:
        return "source.out_of_memory";
    case LZMA_MEMLIMIT_ERROR:
        return "source.memory_limit";
    default:
        return "source.decoder_error";
    }
}

// Reads the file's indexes (liblzma's file-info decoder seeks to them); null when they cannot be
// read, e.g. a damaged or incomplete file.
lzma_index* readIndex(int fd, std::uint64_t fileSize) {
    lzma_stream strm = LZMA_STREAM_INIT;
    lzma_index* index = nullptr;
    if (lzma_file_info_decoder(&strm, &index, UINT64_MAX, fileSize) != LZMA_OK) {
        return nullptr;
    }
    std::vector<uint8_t> buffer(64 * 1024);
    std::uint64_t position = 0;
    bool ok = false;
    for (;;) {
        if (strm.avail_in == 0) {
            const Transfer n = readAt(fd, buffer.data(), buffer.size(), position);
            if (n.error != 0) {
                break;
            }
            position += n.done;
            strm.next_in = buffer.data();
            strm.avail_in = n.done;
        }
        const lzma_ret rc = lzma_code(&strm, strm.avail_in == 0 ? LZMA_FINISH : LZMA_RUN);
        if (rc == LZMA_SEEK_NEEDED) {
            position = strm.seek_pos;
            strm.avail_in = 0;
            continue;
        }
        ok = rc == LZMA_STREAM_END;
        if (rc != LZMA_OK) {
            break;
        }
    }
    lzma_end(&strm);
    if (!ok && index != nullptr) {
        lzma_index_end(index, nullptr);
        index = nullptr;
    }
    return index;
}

// One xz block as the index describes it.
struct XzBlock {
    std::uint64_t fileOffset = 0; // of its header
    std::uint64_t totalSize = 0;  // header, data, padding and check
    std::uint64_t unpaddedSize = 0;
    std::uint64_t outputOffset = 0;
    std::uint64_t outputSize = 0;
    lzma_check check = LZMA_CHECK_NONE;
};

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
    ~XzDecoder() override {
        lzma_end(&strm_);
        platform::closeFile(fd_);
    }
    XzDecoder(const XzDecoder&) = delete;
    XzDecoder& operator=(const XzDecoder&) = delete;

    unsigned threads() const override { return blocks_.empty() ? threads_ : 1; }
    std::uint64_t inputOffset() const override {
        return blocks_.empty() ? input_.offset() : blockInput_;
    }

    // Blocks are decoded one by one from here on, and whole blocks a skip passes over are never
    // decoded at all: a block map leaves most blocks of an image out. Only before the first
    // byte and only for a complete file whose index lists every block.
    bool enableSkipping() override {
        if (output_ > 0 || !blocks_.empty() || initError_ != LZMA_OK) {
            return false;
        }
        platform::UniqueFile fd(platform::openFile(input_.path(), platform::kRead));
        if (!fd.valid()) {
            return false;
        }
        lzma_index* index = nullptr;
        if (platform::statusOf(fd.get()).size == input_.end()) {
            index = readIndex(fd.get(), input_.end());
        }
        if (index == nullptr) {
            return false;
        }
        lzma_index_iter it;
        lzma_index_iter_init(&it, index);
        std::vector<XzBlock> blocks;
        while (!lzma_index_iter_next(&it, LZMA_INDEX_ITER_BLOCK)) {
            blocks.push_back(
                {it.block.compressed_file_offset, it.block.total_size, it.block.unpadded_size,
                 it.block.uncompressed_file_offset, it.block.uncompressed_size,
                 it.stream.flags != nullptr ? it.stream.flags->check : LZMA_CHECK_NONE});
        }
        lzma_index_end(index, nullptr);
        if (blocks.empty()) {
            return false;
        }
        fd_ = fd.release();
        blocks_ = std::move(blocks);
        lzma_end(&strm_);
        strm_ = LZMA_STREAM_INIT;
        return true;
    }

    bool skipTo(std::uint64_t offset) override {
        if (blocks_.empty() || offset < output_) {
            return false;
        }
        output_ = offset;
        return true;
    }

    Result<std::size_t> decode(std::span<std::byte> out) override {
        if (!blocks_.empty()) {
            return decodeBlocks(out);
        }
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
    Error blockError(lzma_ret rc, std::uint64_t at) const {
        const bool truncated = rc == LZMA_BUF_ERROR;
        return streamError(truncated ? "source.truncated" : "source.corrupt", SourceFormat::Xz, at,
                           output_, truncated ? std::string() : describe(rc));
    }

    // Sets up the decoder of block `b` (its header read from the file).
    Result<void> openBlock(std::size_t b) {
        const XzBlock& block = blocks_[b];
        lzma_end(&strm_);
        strm_ = LZMA_STREAM_INIT;
        std::uint8_t header[LZMA_BLOCK_HEADER_SIZE_MAX];
        const Transfer n = readAt(fd_, header, sizeof header, block.fileOffset);
        if (n.error != 0 || n.done == 0) {
            return streamError("source.truncated", SourceFormat::Xz, block.fileOffset, output_);
        }
        // Members, not locals: the block decoder keeps a pointer to its lzma_block and writes
        // the block's check and sizes into it when the block ends (found by ASan).
        lzma_filter* filters = blockFilters_.data();
        for (auto& f : blockFilters_) {
            f.id = LZMA_VLI_UNKNOWN;
            f.options = nullptr;
        }
        blockOptions_ = lzma_block{};
        lzma_block& options = blockOptions_;
        options.version = 1;
        options.check = block.check;
        options.filters = filters;
        options.header_size = lzma_block_header_size_decode(header[0]);
        if (header[0] == 0 || n.done < options.header_size) {
            return blockError(LZMA_DATA_ERROR, block.fileOffset);
        }
        lzma_ret rc = lzma_block_header_decode(&options, nullptr, header);
        if (rc == LZMA_OK) {
            rc = lzma_block_compressed_size(&options, block.unpaddedSize);
        }
        if (rc == LZMA_OK) {
            rc = lzma_block_decoder(&strm_, &options);
        }
        // The decoder keeps what it needs of the filters' options.
        for (auto& f : blockFilters_) {
            std::free(f.options);
            f.options = nullptr;
        }
        options.filters = nullptr;
        if (rc != LZMA_OK) {
            return blockError(rc, block.fileOffset);
        }
        block_ = b;
        blockInput_ = block.fileOffset + options.header_size;
        blockOutput_ = block.outputOffset;
        inBuffer_.resize(1 << 20);
        strm_.avail_in = 0;
        return {};
    }

    // Decodes from the block holding output_: whole blocks before it are passed over, bytes
    // of its own before output_ are decoded and dropped. A block once begun is decoded to its
    // end even when a skip leaves it early, so its check is always verified: a damaged byte
    // before the wanted ones would otherwise go out unnoticed.
    Result<std::size_t> decodeBlocks(std::span<std::byte> out) {
        std::size_t done = 0;
        while (done < out.size()) {
            if (block_ == kNone) {
                const auto it = std::upper_bound(
                    blocks_.begin(), blocks_.end(), output_,
                    [](std::uint64_t v, const XzBlock& b) { return v < b.outputOffset; });
                if (it == blocks_.begin()) {
                    return blockError(LZMA_DATA_ERROR, 0);
                }
                const auto b = static_cast<std::size_t>(it - blocks_.begin() - 1);
                if (output_ >= blocks_[b].outputOffset + blocks_[b].outputSize) {
                    break; // the end of the image
                }
                if (auto r = openBlock(b); !r) {
                    return std::move(r).takeError();
                }
            }
            const XzBlock& block = blocks_[block_];
            if (strm_.avail_in == 0) {
                const std::uint64_t end = block.fileOffset + block.totalSize;
                const auto want = static_cast<std::size_t>(
                    std::min<std::uint64_t>(inBuffer_.size(), end - blockInput_));
                const Transfer n = readAt(fd_, inBuffer_.data(), want, blockInput_);
                if (n.error != 0) {
                    return Error("source.read_failed")
                        .with("detail", platform::errorText(n.error))
                        .at(blockInput_ + n.done);
                }
                if (n.done == 0 && want > 0) {
                    return blockError(LZMA_BUF_ERROR, blockInput_);
                }
                strm_.next_in = inBuffer_.data();
                strm_.avail_in = n.done;
                blockInput_ += n.done;
            }
            // Bytes before output_ (a skip into the middle of a block) land in `out` and are
            // written over by the ones wanted.
            const bool dropping = blockOutput_ < output_;
            const std::size_t room = dropping ? static_cast<std::size_t>(std::min<std::uint64_t>(
                                                    out.size() - done, output_ - blockOutput_))
                                              : out.size() - done;
            strm_.next_out = reinterpret_cast<uint8_t*>(out.data() + done);
            strm_.avail_out = room;
            const lzma_ret rc = lzma_code(&strm_, LZMA_RUN);
            const std::size_t produced = room - strm_.avail_out;
            blockOutput_ += produced;
            if (!dropping) {
                done += produced;
                output_ += produced;
            }
            if (rc == LZMA_STREAM_END) {
                if (blockOutput_ != block.outputOffset + block.outputSize) {
                    return blockError(LZMA_DATA_ERROR, blockInput_ - strm_.avail_in);
                }
                block_ = kNone;
                continue;
            }
            if (rc != LZMA_OK) {
                return blockError(rc, blockInput_ - strm_.avail_in);
            }
        }
        return done;
    }

    static constexpr std::size_t kNone = SIZE_MAX;
    std::vector<XzBlock> blocks_; // not empty: skipping enabled, blocks decoded one by one
    int fd_ = -1;
    std::size_t block_ = kNone;
    std::uint64_t blockInput_ = 0;  // file offset of the next compressed byte to read
    std::uint64_t blockOutput_ = 0; // image offset of the block decoder's next byte
    std::vector<std::uint8_t> inBuffer_;
    InputWindow input_;
    lzma_stream strm_ = LZMA_STREAM_INIT;
    lzma_block blockOptions_{}; // read by strm_ while a block decodes
    std::array<lzma_filter, LZMA_FILTERS_MAX + 1> blockFilters_{}; // only while it is set up
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
    lzma_index* index = readIndex(fd, fileSize);
    if (index == nullptr) {
        return Error("source.corrupt");
    }
    const XzInfo info{lzma_index_uncompressed_size(index), lzma_index_block_count(index)};
    lzma_index_end(index, nullptr);
    return info;
}

} // namespace imprint::flasher
