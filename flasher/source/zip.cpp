#include "flasher/source/zip.h"

#include "core/common/fileio.h"

#include <algorithm>
#include <vector>

namespace imprint::flasher {
namespace {

constexpr std::uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr std::uint32_t kZip64Locator = 0x07064b50;
constexpr std::uint32_t kZip64End = 0x06064b50;
constexpr std::uint32_t kCentralHeader = 0x02014b50;
constexpr std::uint32_t kLocalHeader = 0x04034b50;

std::uint16_t le16(const unsigned char* p) {
    return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
}
std::uint32_t le32(const unsigned char* p) {
    return static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8) |
           (static_cast<std::uint32_t>(p[2]) << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}
std::uint64_t le64(const unsigned char* p) {
    return static_cast<std::uint64_t>(le32(p)) | (static_cast<std::uint64_t>(le32(p + 4)) << 32);
}

Error bad(const char* detail, std::uint64_t offset) {
    return Error("source.zip_bad")
        .with("detail", detail)
        .with("offset", std::to_string(offset))
        .at(offset);
}

bool readExactly(int fd, std::uint64_t offset, void* into, std::size_t n) {
    return imprint::readAt(fd, into, n, offset).complete(n);
}

// A directory, or the metadata macOS's archiver adds beside the real files.
bool isNotAFile(const std::string& name) {
    return name.empty() || name.back() == '/' || name.starts_with("__MACOSX/");
}

} // namespace

Result<ZipEntry> findZipImage(int fd, std::uint64_t fileSize) {
    // The end record sits in the last 22 bytes plus up to 64 KiB of comment.
    const std::uint64_t tailSize = std::min<std::uint64_t>(fileSize, 22 + 65535);
    std::vector<unsigned char> tail(static_cast<std::size_t>(tailSize));
    const std::uint64_t tailStart = fileSize - tailSize;
    if (!readExactly(fd, tailStart, tail.data(), tail.size())) {
        return bad("source.zip_end_unreadable", tailStart);
    }
    std::size_t eocd = tail.size();
    for (std::size_t i = tail.size() >= 22 ? tail.size() - 22 + 1 : 0; i-- > 0;) {
        if (le32(&tail[i]) == kEndOfCentralDirectory) {
            eocd = i;
            break;
        }
    }
    if (eocd == tail.size()) {
        return bad("source.zip_no_end_record", fileSize);
    }
    const unsigned char* e = &tail[eocd];
    std::uint64_t entries = le16(e + 10);
    std::uint64_t cdSize = le32(e + 12);
    std::uint64_t cdOffset = le32(e + 16);
    const std::uint64_t eocdOffset = tailStart + eocd;
    if (entries == 0xffff || cdSize == 0xffffffff || cdOffset == 0xffffffff) {
        unsigned char loc[20];
        if (eocdOffset < 20 || !readExactly(fd, eocdOffset - 20, loc, sizeof loc) ||
            le32(loc) != kZip64Locator) {
            return bad("source.zip64_no_locator", eocdOffset);
        }
        const std::uint64_t z64 = le64(loc + 8);
        unsigned char rec[56];
        if (!readExactly(fd, z64, rec, sizeof rec) || le32(rec) != kZip64End) {
            return bad("source.zip64_no_end_record", z64);
        }
        entries = le64(rec + 32);
        cdSize = le64(rec + 40);
        cdOffset = le64(rec + 48);
    }
    if (cdOffset > fileSize || cdSize > fileSize - cdOffset || cdSize > (64ULL << 20)) {
        return bad("source.zip_directory_outside", eocdOffset);
    }
    std::vector<unsigned char> cd(static_cast<std::size_t>(cdSize));
    if (!readExactly(fd, cdOffset, cd.data(), cd.size())) {
        return bad("source.zip_directory_unreadable", cdOffset);
    }

    std::vector<ZipEntry> images;
    std::vector<std::uint64_t> localOffsets;
    std::vector<std::uint16_t> flags;
    std::size_t p = 0;
    for (std::uint64_t i = 0; i < entries; ++i) {
        if (p + 46 > cd.size() || le32(&cd[p]) != kCentralHeader) {
            return bad("source.zip_directory_damaged", cdOffset + p);
        }
        const unsigned char* h = &cd[p];
        ZipEntry entry;
        const std::uint16_t flag = le16(h + 8);
        entry.method = le16(h + 10);
        entry.crc = le32(h + 16);
        entry.compressedSize = le32(h + 20);
        entry.size = le32(h + 24);
        const std::size_t nameLen = le16(h + 28);
        const std::size_t extraLen = le16(h + 30);
        const std::size_t commentLen = le16(h + 32);
        std::uint64_t local = le32(h + 42);
        if (p + 46 + nameLen + extraLen + commentLen > cd.size()) {
            return bad("source.zip_directory_damaged", cdOffset + p);
        }
        entry.name.assign(reinterpret_cast<const char*>(h + 46), nameLen);
        // ZIP64 extra field: the 64-bit values of the fields that hold 0xffffffff, in order.
        const unsigned char* x = h + 46 + nameLen;
        for (std::size_t q = 0; q + 4 <= extraLen;) {
            const std::uint16_t id = le16(x + q);
            const std::uint16_t len = le16(x + q + 2);
            if (q + 4 + len > extraLen) {
                break;
            }
            if (id == 0x0001) {
                const unsigned char* v = x + q + 4;
                const unsigned char* vEnd = v + len;
                if (entry.size == 0xffffffff && v + 8 <= vEnd) {
                    entry.size = le64(v);
                    v += 8;
                }
                if (entry.compressedSize == 0xffffffff && v + 8 <= vEnd) {
                    entry.compressedSize = le64(v);
                    v += 8;
                }
                if (local == 0xffffffff && v + 8 <= vEnd) {
                    local = le64(v);
                }
            }
            q += 4 + len;
        }
        p += 46 + nameLen + extraLen + commentLen;
        if (!isNotAFile(entry.name)) {
            images.push_back(entry);
            localOffsets.push_back(local);
            flags.push_back(flag);
        }
    }
    if (images.empty()) {
        return Error("source.zip_no_image");
    }
    if (images.size() > 1) {
        std::string names;
        for (const auto& im : images) {
            names += names.empty() ? im.name : ", " + im.name;
        }
        return Error("source.zip_several_images").with("names", names);
    }
    ZipEntry entry = images.front();
    if ((flags.front() & 0x1) != 0) {
        return Error("source.zip_encrypted").with("name", entry.name);
    }
    if (entry.method != 0 && entry.method != 8) {
        return Error("source.zip_unsupported_method")
            .with("name", entry.name)
            .with("method", std::to_string(entry.method));
    }
    const std::uint64_t local = localOffsets.front();
    unsigned char lh[30];
    if (!readExactly(fd, local, lh, sizeof lh) || le32(lh) != kLocalHeader) {
        return bad("source.zip_no_local_header", local);
    }
    entry.dataOffset = local + 30 + le16(lh + 26) + le16(lh + 28);
    if (entry.dataOffset > fileSize || entry.compressedSize > fileSize - entry.dataOffset) {
        return bad("source.zip_data_outside", entry.dataOffset);
    }
    return entry;
}

} // namespace imprint::flasher
