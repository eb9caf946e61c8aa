// The GPT, read as libfdisk 2.38 reads it (gpt.c: gpt_probe_label, gpt_read_header,
// gpt_get_partition): the same headers are accepted, the same entries listed, the same text made
// of GUIDs and names. Fields are named as the UEFI specification names them.
#include "core/common/crc32.h"
#include "core/disk/bytes.h"
#include "core/disk/tableformats.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace imprint::disk::tableformats {
namespace {

// GPT header fields.
constexpr std::size_t kSignature = 0;
constexpr std::size_t kHeaderSize = 12;
constexpr std::size_t kHeaderCrc32 = 16;
constexpr std::size_t kMyLba = 24;
constexpr std::size_t kFirstUsableLba = 40;
constexpr std::size_t kLastUsableLba = 48;
constexpr std::size_t kDiskGuid = 56;
constexpr std::size_t kPartitionEntryLba = 72;
constexpr std::size_t kNumberOfPartitionEntries = 80;
constexpr std::size_t kSizeOfPartitionEntry = 84;
constexpr std::size_t kPartitionEntryArrayCrc32 = 88;
constexpr std::uint32_t kMinHeaderSize = 92;
// GPT partition entry fields.
constexpr std::size_t kPartitionTypeGuid = 0;
constexpr std::size_t kUniquePartitionGuid = 16;
constexpr std::size_t kStartingLba = 32;
constexpr std::size_t kEndingLba = 40;
constexpr std::size_t kAttributes = 48;
constexpr std::size_t kPartitionName = 56;
constexpr std::size_t kPartitionNameBytes = 72;
constexpr std::size_t kMinEntrySize = 128;
constexpr std::uint64_t kLegacyBiosBootable = 1u << 2;
// Beyond libfdisk, which takes any size the device holds: an entry array is at most this big
// (128 entries of 128 bytes are 16 KiB), and entries are at least 128 bytes, a multiple of 8.
constexpr std::uint64_t kMaxEntryArray = 4u << 20;

struct Header {
    Bytes sector;
    Bytes entries;
};

// A GUID as libfdisk prints it: the first three fields little-endian, upper case.
std::string guidText(std::span<const std::uint8_t> g) {
    char text[40];
    std::snprintf(text, sizeof text, "%08X-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X",
                  static_cast<unsigned>(le32(g, 0)), le16(g, 4), le16(g, 6), g[8], g[9], g[10],
                  g[11], g[12], g[13], g[14], g[15]);
    return text;
}

void appendUtf8(std::string& out, std::uint32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// UTF-16LE up to the first NUL, in UTF-8. As libfdisk (ul_encode_to_utf8): a surrogate pair
// becomes one character, a lone surrogate is encoded as it is.
std::string nameText(std::span<const std::uint8_t> name) {
    std::string out;
    for (std::size_t i = 0; i + 1 < name.size(); i += 2) {
        std::uint32_t c = le16(name, i);
        if (c >= 0xD800 && c <= 0xDBFF && i + 3 < name.size()) {
            const std::uint32_t low = le16(name, i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                i += 2;
            }
        }
        if (c == 0) {
            break;
        }
        appendUtf8(out, c);
    }
    return out;
}

bool headerCrcMatches(std::span<const std::uint8_t> sector, std::uint32_t headerSize) {
    Bytes copy(sector.begin(), sector.begin() + headerSize);
    put32(copy, kHeaderCrc32, 0);
    return crc32(copy) == le32(sector, kHeaderCrc32);
}

// libfdisk's gpt_check_lba_sanity: the usable range in order, on the device, and not holding
// the primary header.
bool usableRangeSane(std::span<const std::uint8_t> sector, std::uint64_t lastLba) {
    const std::uint64_t first = le64(sector, kFirstUsableLba);
    const std::uint64_t last = le64(sector, kLastUsableLba);
    return first <= last && last <= lastLba && !(first < 1 && 1 < last);
}

// The header at `lba` with its entry array, when every check libfdisk makes passes (the cheap
// ones first, so a bogus header costs no read of its entries).
Result<std::optional<Header>> readHeader(BlockDevice& device, std::uint32_t sectorSize,
                                         std::uint64_t lba, std::uint64_t lastLba) {
    using Maybe = std::optional<Header>;
    auto sector = readInside(device, sectorBytes(lba, sectorSize), sectorSize);
    if (!sector) {
        return std::move(sector).takeError();
    }
    if (!*sector) {
        return Maybe{};
    }
    const auto& s = **sector;
    const std::uint32_t headerSize = le32(s, kHeaderSize);
    if (std::memcmp(s.data() + kSignature, "EFI PART", 8) != 0 || headerSize < kMinHeaderSize ||
        headerSize > sectorSize || !headerCrcMatches(s, headerSize) ||
        !usableRangeSane(s, lastLba) || le64(s, kMyLba) != lba) {
        return Maybe{};
    }
    const std::uint64_t count = le32(s, kNumberOfPartitionEntries);
    const std::uint64_t entrySize = le32(s, kSizeOfPartitionEntry);
    if (count == 0 || entrySize < kMinEntrySize || entrySize % 8 != 0 ||
        count * entrySize > kMaxEntryArray) {
        return Maybe{};
    }
    auto entries =
        readInside(device, sectorBytes(le64(s, kPartitionEntryLba), sectorSize), count * entrySize);
    if (!entries) {
        return std::move(entries).takeError();
    }
    if (!*entries) {
        return Maybe{};
    }
    if (crc32(**entries) != le32(s, kPartitionEntryArrayCrc32)) {
        return Maybe{};
    }
    return Maybe{Header{std::move(**sector), std::move(**entries)}};
}

bool allZero(std::span<const std::uint8_t> b) {
    return std::all_of(b.begin(), b.end(), [](std::uint8_t x) { return x == 0; });
}

} // namespace

Result<std::optional<Found>> readGpt(BlockDevice& device, std::uint32_t sectorSize) {
    using Maybe = std::optional<Found>;
    const std::uint64_t sectors = device.size() / sectorSize;
    if (sectors < 2) {
        return Maybe{};
    }
    // As libfdisk: the primary header at LBA 1; when it is damaged, the backup at the device's
    // last LBA (not where the damaged primary says), and its own entry array.
    auto header = readHeader(device, sectorSize, 1, sectors - 1);
    if (header && !*header) {
        header = readHeader(device, sectorSize, sectors - 1, sectors - 1);
    }
    if (!header) {
        return std::move(header).takeError();
    }
    if (!*header) {
        return Maybe{};
    }
    const Bytes& h = (*header)->sector;
    const Bytes& entries = (*header)->entries;
    Found found;
    found.kind = "gpt";
    found.diskId = guidText(std::span(h).subspan(kDiskGuid, 16));
    const std::uint32_t entrySize = le32(h, kSizeOfPartitionEntry);
    const std::uint32_t count = le32(h, kNumberOfPartitionEntries);
    for (std::uint32_t i = 0; i < count; ++i) {
        const auto e = std::span(entries).subspan(std::size_t{i} * entrySize, entrySize);
        const auto type = e.subspan(kPartitionTypeGuid, 16);
        const std::uint64_t first = le64(e, kStartingLba);
        const std::uint64_t last = le64(e, kEndingLba);
        if (allZero(type) && first == 0) {
            continue; // unused
        }
        Partition p;
        p.number = static_cast<int>(i) + 1;
        p.start = sectorBytes(first, sectorSize);
        p.size = first > last ? 0 : sectorBytes(last - first + 1, sectorSize);
        p.type = guidText(type);
        p.typeName = gptTypeName(p.type);
        p.name = nameText(e.subspan(kPartitionName, kPartitionNameBytes));
        p.uuid = guidText(e.subspan(kUniquePartitionGuid, 16));
        p.bootable = (le64(e, kAttributes) & kLegacyBiosBootable) != 0;
        found.partitions.push_back(std::move(p));
    }
    return Maybe{std::move(found)};
}

} // namespace imprint::disk::tableformats
