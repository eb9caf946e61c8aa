// Partition tables written byte by byte for the hostile-input tests (what no partitioning tool
// would write): MBR entries and EBR chains anywhere, GPT headers with any field, sealed with
// zlib's CRC-32 (an implementation independent of Imprint's).
#pragma once

#include <cstdint>
#include <string>
#include <vector>
#include <zlib.h>

namespace imprint::test {

using Disk = std::vector<std::uint8_t>;

inline void le(Disk& d, std::uint64_t at, std::uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) {
        d[at + static_cast<std::uint64_t>(i)] = static_cast<std::uint8_t>(value >> (8 * i));
    }
}

inline std::uint32_t zcrc(const Disk& d, std::uint64_t at, std::uint64_t length) {
    return static_cast<std::uint32_t>(::crc32(0, d.data() + at, static_cast<uInt>(length)));
}

// Entry `index` (0-3) of the table in the sector at `lba` (512-byte sectors), and its signature.
inline void mbrEntry(Disk& d, std::uint64_t lba, int index, std::uint8_t type, std::uint32_t start,
                     std::uint32_t size, std::uint8_t boot = 0) {
    const std::uint64_t at = lba * 512 + 446 + 16 * static_cast<std::uint64_t>(index);
    d[at] = boot;
    d[at + 4] = type;
    le(d, at + 8, start, 4);
    le(d, at + 12, size, 4);
    d[lba * 512 + 510] = 0x55;
    d[lba * 512 + 511] = 0xAA;
}

struct GptEntry {
    std::vector<std::uint8_t> type; // 16 bytes as on disk
    std::uint64_t first = 0;
    std::uint64_t last = 0;
    std::uint64_t attributes = 0;
    std::u16string name;
};

// A GPT as the specification lays it out at `sectorSize`: protective MBR, primary header at
// LBA 1 and entries at LBA 2, backup entries and header at the end; both sealed.
struct GptLayout {
    std::uint32_t sectorSize = 512;
    std::uint32_t count = 128;
    std::uint32_t entrySize = 128;
    std::vector<GptEntry> entries;
    // The usable range, set by write() from the layout; later headers keep it.
    std::uint64_t firstUsable = 0;
    std::uint64_t lastUsable = 0;

    [[nodiscard]] std::uint64_t arraySectors() const {
        return (std::uint64_t{count} * entrySize + sectorSize - 1) / sectorSize;
    }
    [[nodiscard]] std::uint64_t lastLba(const Disk& d) const { return d.size() / sectorSize - 1; }
    [[nodiscard]] std::uint64_t backupArrayLba(const Disk& d) const {
        return lastLba(d) - arraySectors();
    }

    void writeArray(Disk& d, std::uint64_t lba) const {
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const std::uint64_t at = lba * sectorSize + i * entrySize;
            const GptEntry& e = entries[i];
            std::copy(e.type.begin(), e.type.end(), d.begin() + static_cast<std::ptrdiff_t>(at));
            d[at + 16] = static_cast<std::uint8_t>(0x10 + i); // a partition GUID
            le(d, at + 32, e.first, 8);
            le(d, at + 40, e.last, 8);
            le(d, at + 48, e.attributes, 8);
            for (std::size_t c = 0; c < e.name.size() && c < 36; ++c) {
                le(d, at + 56 + 2 * c, e.name[c], 2);
            }
        }
    }

    // The header at `lba` describing the array at `arrayLba`; CRCs computed from the disk.
    void writeHeader(Disk& d, std::uint64_t lba, std::uint64_t alternate,
                     std::uint64_t arrayLba) const {
        const std::uint64_t at = lba * sectorSize;
        std::fill(d.begin() + static_cast<std::ptrdiff_t>(at),
                  d.begin() + static_cast<std::ptrdiff_t>(at + sectorSize), 0);
        const char* signature = "EFI PART";
        std::copy(signature, signature + 8, d.begin() + static_cast<std::ptrdiff_t>(at));
        le(d, at + 8, 0x00010000, 4);
        le(d, at + 12, 92, 4);
        le(d, at + 24, lba, 8);
        le(d, at + 32, alternate, 8);
        le(d, at + 40, firstUsable, 8);
        le(d, at + 48, lastUsable, 8);
        for (int i = 0; i < 16; ++i) {
            d[at + 56 + static_cast<std::uint64_t>(i)] = static_cast<std::uint8_t>(0xA0 + i);
        }
        le(d, at + 72, arrayLba, 8);
        le(d, at + 80, count, 4);
        le(d, at + 84, entrySize, 4);
        const std::uint64_t bytes = std::uint64_t{count} * entrySize;
        const bool fits = arrayLba * sectorSize + bytes <= d.size();
        le(d, at + 88, fits ? zcrc(d, arrayLba * sectorSize, bytes) : 0, 4);
        le(d, at + 16, zcrc(d, at, 92), 4);
    }

    void write(Disk& d) {
        mbrEntry(d, 0, 0, 0xEE, 1, static_cast<std::uint32_t>(d.size() / sectorSize - 1));
        const std::uint64_t last = lastLba(d);
        firstUsable = 2 + arraySectors();
        lastUsable = backupArrayLba(d) - 1;
        writeArray(d, 2);
        writeArray(d, backupArrayLba(d));
        writeHeader(d, 1, last, 2);
        writeHeader(d, last, 1, backupArrayLba(d));
    }
};

inline std::vector<std::uint8_t> guidBytes(std::uint32_t a, std::uint16_t b, std::uint16_t c,
                                           std::uint64_t rest) {
    Disk g(16);
    le(g, 0, a, 4);
    le(g, 4, b, 2);
    le(g, 6, c, 2);
    for (int i = 0; i < 8; ++i) {
        g[8 + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(rest >> (56 - 8 * i));
    }
    return g;
}

} // namespace imprint::test
