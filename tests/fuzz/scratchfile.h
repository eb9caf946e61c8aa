// The file a fuzz input becomes for the readers that take a path or a descriptor (the zip
// reader, the image sources): one temporary file per process, rewritten for each input, and
// the reading of a source to its end (or to a bound: a stream may decode to far more).
#pragma once

#include "flasher/source/source.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>
#include <unistd.h>
#include <vector>

namespace imprint::fuzz {

class ScratchFile {
public:
    ScratchFile() {
        const char* dir = std::getenv("TMPDIR");
        path_ = std::string(dir != nullptr ? dir : "/tmp") + "/imprint-fuzz-XXXXXX";
        fd_ = ::mkstemp(path_.data());
        if (fd_ < 0) {
            std::perror("mkstemp");
            std::abort();
        }
    }
    ~ScratchFile() {
        ::close(fd_);
        ::unlink(path_.c_str());
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    void write(const std::uint8_t* data, std::size_t size) {
        if (::ftruncate(fd_, 0) != 0 ||
            ::pwrite(fd_, data, size, 0) != static_cast<ssize_t>(size)) {
            std::perror("scratch file");
            std::abort();
        }
    }
    [[nodiscard]] int fd() const { return fd_; }
    [[nodiscard]] const std::string& path() const { return path_; }

private:
    std::string path_;
    int fd_ = -1;
};

// Reads the source until its end, an error, or `limit` decompressed bytes.
inline void drain(flasher::Source& source, std::uint64_t limit) {
    std::vector<std::byte> buffer(64 * 1024);
    while (source.position() < limit) {
        auto n = source.read(buffer);
        if (!n || *n == 0) {
            return;
        }
    }
}

} // namespace imprint::fuzz
