#include "flasher/source/source.h"

#include "flasher/platform/file.h"
#include "flasher/source/decoder.h"
#include "flasher/source/growingfile.h"
#include "flasher/source/zip.h"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <thread>

namespace imprint::flasher {

const char* formatName(SourceFormat format) {
    switch (format) {
    case SourceFormat::Raw:
        return "raw";
    case SourceFormat::Gzip:
        return "gzip";
    case SourceFormat::Xz:
        return "xz";
    case SourceFormat::Zstd:
        return "zstd";
    case SourceFormat::Bzip2:
        return "bzip2";
    case SourceFormat::Zip:
        return "zip";
    }
    return "raw";
}

Error streamError(const char* code, SourceFormat format, std::uint64_t inputOffset,
                  std::uint64_t outputOffset, const std::string& detail) {
    Error e(code);
    e.with("format", formatName(format))
        .with("offset", std::to_string(inputOffset))
        .with("output_offset", std::to_string(outputOffset));
    if (!detail.empty()) {
        e.with("detail", detail);
    }
    return std::move(e).at(inputOffset);
}

InputWindow::InputWindow(int fd, std::string path, std::uint64_t begin, std::uint64_t end)
    : fd_(fd), path_(std::move(path)), fileOffset_(begin), end_(end), buffer_(1 << 20) {}

Result<std::span<const std::byte>> InputWindow::available() {
    while (head_ == tail_) {
        head_ = tail_ = 0;
        std::uint64_t end = end_;
        if (growing_ != nullptr) {
            auto size = growing_->waitBeyond(fileOffset_);
            if (!size) {
                return std::move(size).takeError();
            }
            end = std::min(end, *size);
        }
        const auto want = static_cast<std::size_t>(
            std::min<std::uint64_t>(buffer_.size(), end - std::min(end, fileOffset_)));
        if (want == 0) {
            break;
        }
        const platform::Transfer t = platform::readAt(fd_, buffer_.data(), want, fileOffset_);
        if (t.error != 0) {
            return Error("source.read_failed")
                .with("path", path_)
                .with("detail", platform::errorText(t.error))
                .at(fileOffset_ + t.done);
        }
        if (t.done == 0 && growing_ != nullptr) {
            continue; // a download started again from zero and is not back here yet
        }
        tail_ = t.done;
        fileOffset_ += t.done;
        break;
    }
    return std::span<const std::byte>(buffer_.data() + head_, tail_ - head_);
}

namespace {

SourceFormat detect(std::span<const unsigned char> m) {
    auto starts = [&](std::initializer_list<unsigned char> magic) {
        return m.size() >= magic.size() && std::equal(magic.begin(), magic.end(), m.begin());
    };
    if (starts({0x1f, 0x8b})) {
        return SourceFormat::Gzip;
    }
    if (starts({0xfd, '7', 'z', 'X', 'Z', 0x00})) {
        return SourceFormat::Xz;
    }
    if (starts({0x28, 0xb5, 0x2f, 0xfd})) {
        return SourceFormat::Zstd;
    }
    // "BZh" and a block size digit, then the block magic (pi) or the end-of-stream magic.
    if (starts({'B', 'Z', 'h'}) && m.size() >= 10 && m[3] >= '1' && m[3] <= '9' &&
        ((m[4] == 0x31 && m[5] == 0x41 && m[6] == 0x59) ||
         (m[4] == 0x17 && m[5] == 0x72 && m[6] == 0x45))) {
        return SourceFormat::Bzip2;
    }
    if (starts({'P', 'K', 0x03, 0x04})) {
        return SourceFormat::Zip;
    }
    return SourceFormat::Raw;
}

} // namespace

Result<std::unique_ptr<Source>> Source::open(const std::string& path,
                                             std::shared_ptr<GrowingFile> file) {
    std::unique_ptr<Source> s(new Source());
    s->path_ = path;
    s->growing_ = std::move(file);
    s->fd_ = s->growing_ ? platform::duplicateFile(s->growing_->fd())
                         : platform::openFile(path, platform::kRead);
    auto failed = [&](int error) {
        return Error("source.open_failed")
            .with("path", path)
            .with("detail", platform::errorText(error));
    };
    if (s->fd_ < 0) {
        return failed(platform::lastError());
    }
    const platform::FileStatus st = platform::statusOf(s->fd_);
    if (st.kind == platform::FileKind::Missing) {
        return failed(platform::lastError());
    }
    if (st.kind == platform::FileKind::Directory) {
        return failed(platform::errorIsDirectory());
    }
    s->fileSize_ = st.size;
    if (s->growing_) {
        // Enough for the format's magic and a zstd frame header; what sits at the end of the
        // file (the xz index, gzip's ISIZE) is not there yet, so those sizes stay unknown.
        auto first = s->growing_->waitBeyond(17);
        if (!first) {
            return std::move(first).takeError().with("path", path);
        }
        const auto expected = s->growing_->expectedSize();
        s->fileSize_ = expected > 0 ? expected : std::numeric_limits<std::uint64_t>::max();
        if (*first == 0) {
            s->fileSize_ = 0;
        }
    }
    if (s->fileSize_ == 0) {
        return Error("source.empty").with("path", path);
    }
    std::array<unsigned char, 16> magic{};
    const platform::Transfer got = platform::readAt(s->fd_, magic.data(), magic.size(), 0);
    if (got.error != 0) {
        return Error("source.read_failed")
            .with("path", path)
            .with("detail", platform::errorText(got.error))
            .at(0);
    }
    s->format_ = detect(std::span(magic.data(), got.done));
    if (s->growing_ && s->format_ == SourceFormat::Zip) {
        // The zip's directory is at its end: the whole file first.
        auto whole = s->growing_->waitFinished();
        if (!whole) {
            return std::move(whole).takeError().with("path", path);
        }
        s->fileSize_ = *whole;
        s->growing_.reset();
    }
    InputWindow whole(s->fd_, path, 0, s->fileSize_);
    whole.follow(s->growing_.get());
    // A file still downloading has no end yet: no gzip trailer, no xz index, only the size the
    // server announced.
    const bool growing = s->growing_ != nullptr;
    switch (s->format_) {
    case SourceFormat::Raw:
        if (growing) {
            const std::uint64_t expected = s->growing_->expectedSize();
            s->size_ = {expected,
                        expected > 0 ? SourceSize::Kind::Exact : SourceSize::Kind::Unknown};
        } else {
            s->size_ = {s->fileSize_, SourceSize::Kind::Exact};
        }
        break;
    case SourceFormat::Gzip:
        if (!growing) {
            s->size_ = gzipSizeHint(s->fd_, s->fileSize_);
        }
        s->decoder_ = makeGzipDecoder(std::move(whole));
        break;
    case SourceFormat::Xz: {
        // The index tells the size and the block count; a damaged index is reported by the
        // decoder at the offset where the stream breaks, so it is not an error here.
        const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
        unsigned threads = growing ? std::min(cores, 8u) : 1;
        if (!growing) {
            if (const auto info = readXzIndex(s->fd_, s->fileSize_)) {
                s->size_ = {info->uncompressed, SourceSize::Kind::Exact};
                threads = static_cast<unsigned>(std::min<std::uint64_t>({cores, info->blocks, 8}));
            }
        }
        s->decoder_ = makeXzDecoder(std::move(whole), std::max(1u, threads));
        break;
    }
    case SourceFormat::Zstd:
        s->size_ = zstdDeclaredSize(s->fd_);
        s->decoder_ = makeZstdDecoder(std::move(whole));
        break;
    case SourceFormat::Bzip2:
        s->decoder_ = makeBzip2Decoder(std::move(whole));
        break;
    case SourceFormat::Zip: {
        auto entry = findZipImage(s->fd_, s->fileSize_);
        if (!entry) {
            return std::move(entry).takeError().with("path", path);
        }
        s->size_ = {entry->size, SourceSize::Kind::Exact};
        s->decoder_ = makeZipEntryDecoder(
            InputWindow(s->fd_, path, entry->dataOffset, entry->dataOffset + entry->compressedSize),
            entry->method, entry->crc, entry->size);
        break;
    }
    }
    if (s->decoder_) {
        s->threads_ = s->decoder_->threads();
    }
    return s;
}

Source::~Source() {
    decoder_.reset();
    platform::closeFile(fd_);
}

std::uint64_t Source::filePosition() const {
    return decoder_ ? decoder_->inputOffset() : position_;
}

Result<std::size_t> Source::read(std::span<std::byte> buffer) {
    if (failed_) {
        return Error("source.read_failed")
            .with("path", path_)
            .with("detail", "source.failed_before");
    }
    std::size_t done = 0;
    while (done < buffer.size()) {
        std::size_t n = 0;
        if (!decoder_) {
            auto want = std::min<std::uint64_t>(buffer.size() - done, fileSize_ - position_);
            // At the end of a growing file too: its bytes count only once the writer ended
            // well (a download's checksum is known only after its last byte).
            if (growing_ && (want > 0 || done == 0)) {
                auto size = growing_->waitBeyond(position_);
                if (!size) {
                    failed_ = true;
                    return std::move(size).takeError().with("path", path_);
                }
                want = std::min(want, *size - std::min(*size, position_));
            }
            if (want == 0) {
                break;
            }
            const platform::Transfer r = platform::readAt(
                fd_, buffer.data() + done, static_cast<std::size_t>(want), position_);
            if (r.error == 0 && r.done == 0 && growing_) {
                continue; // a download started again from zero and is not back yet
            }
            if (r.error != 0 || r.done == 0) {
                failed_ = true;
                return Error("source.read_failed")
                    .with("path", path_)
                    .with("detail",
                          r.error == 0 ? "source.file_shrank" : platform::errorText(r.error))
                    .at(position_ + r.done);
            }
            n = r.done;
        } else {
            auto r = decoder_->decode(buffer.subspan(done));
            if (!r) {
                failed_ = true;
                return std::move(r).takeError().with("path", path_);
            }
            if (*r == 0) {
                break;
            }
            n = *r;
        }
        done += n;
        position_ += n;
    }
    return done;
}

bool Source::enableSkipping() {
    if (seekable()) {
        return true;
    }
    // A download still growing is read in order: its later blocks are not there yet.
    skipping_ = decoder_ && !growing_ && position_ == 0 && !failed_ && decoder_->enableSkipping();
    if (skipping_) {
        threads_ = decoder_->threads();
    }
    return skipping_;
}

bool Source::skipTo(std::uint64_t offset) {
    if (skipping_) {
        if (offset < position_ || !decoder_->skipTo(offset)) {
            return false;
        }
        position_ = offset;
        return true;
    }
    if (!seekable() || offset < position_ || offset > fileSize_) {
        return false;
    }
    position_ = offset;
    return true;
}

} // namespace imprint::flasher
