#include "core/disk/fatdirectory.h"

#include "core/disk/bytes.h"

#include <algorithm>

namespace imprint::disk {

using namespace dirent;

std::uint32_t entryCluster(std::span<const std::uint8_t> e, FatType type) {
    const std::uint32_t hi = type == FatType::Fat32 ? le16(e, DIR_FstClusHI) : 0u;
    return (hi << 16) | le16(e, DIR_FstClusLO);
}

void setEntryCluster(std::span<std::uint8_t> e, std::uint32_t cluster) {
    put16(e, DIR_FstClusHI, static_cast<std::uint16_t>(cluster >> 16));
    put16(e, DIR_FstClusLO, static_cast<std::uint16_t>(cluster & 0xFFFF));
}

FatTime decodeFatTime(std::uint16_t date, std::uint16_t time) {
    FatTime t;
    t.year = 1980 + (date >> 9);
    t.month = (date >> 5) & 0x0F;
    t.day = date & 0x1F;
    t.hour = time >> 11;
    t.minute = (time >> 5) & 0x3F;
    t.second = (time & 0x1F) * 2;
    return t;
}

Result<ParsedDirectory> parseDirectory(const FatDirectory& dir, const FatGeometry& g) {
    ParsedDirectory out;
    out.endIndex = dir.entryCount();
    // The long-name run being collected.
    std::u16string longBuf;
    int expected = 0; // the next ordinal wanted; 0: none in progress
    std::uint8_t checksum = 0;
    std::size_t runStart = 0;
    bool runOk = false;

    for (std::size_t i = 0; i < dir.entryCount(); ++i) {
        const auto e = dir.entry(i);
        if (e[0] == 0x00) {
            out.endIndex = i;
            break;
        }
        if (e[0] == FREE) {
            expected = 0;
            continue;
        }
        const std::uint8_t attr = e[DIR_Attr];
        if ((attr & 0x3F) == ATTR_LONG_NAME) {
            const std::uint8_t ord = e[LDIR_Ord];
            const int n = ord & 0x3F;
            if ((ord & LAST_LONG_ENTRY) && n >= 1 && n <= 20) {
                expected = n;
                checksum = e[LDIR_Chksum];
                runStart = i;
                longBuf.assign(static_cast<std::size_t>(n) * 13, u'\0');
                runOk = true;
            } else if (expected == 0 || n != expected || e[LDIR_Chksum] != checksum) {
                expected = 0; // an orphaned part: ignored, as every FAT reader does
                continue;
            }
            const std::size_t base = static_cast<std::size_t>(n - 1) * 13;
            std::size_t k = 0;
            for (const auto& [at, count] : {std::pair<std::size_t, std::size_t>{LDIR_Name1, 5},
                                            {LDIR_Name2, 6},
                                            {LDIR_Name3, 2}}) {
                for (std::size_t c = 0; c < count; ++c, ++k) {
                    longBuf[base + k] = static_cast<char16_t>(le16(e, at + 2 * c));
                }
            }
            expected = n - 1;
            if (expected == 0) {
                expected = -1; // complete: the short entry must follow
            }
            continue;
        }
        ShortName sn{};
        std::copy_n(e.begin(), 11, sn.begin());
        if (attr & ATTR_VOLUME_ID) {
            if (dir.firstCluster == 0 || dir.firstCluster == g.rootCluster) {
                // Labels are stored as 11 characters, not as name + extension.
                std::string raw(sn.begin(), sn.end());
                while (!raw.empty() && raw.back() == ' ') {
                    raw.pop_back();
                }
                out.label = raw;
            }
            expected = 0;
            continue;
        }
        out.allShortNames.push_back(sn);
        if (e[0] == '.' &&
            (sn == ShortName{'.', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '} ||
             sn == ShortName{'.', '.', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '})) {
            expected = 0;
            continue;
        }
        FatSlot slot;
        slot.shortName = sn;
        slot.shortIndex = i;
        slot.first = i;
        if (expected == -1 && runOk && checksum == shortNameChecksum(sn)) {
            const auto end = longBuf.find(u'\0');
            slot.longName = longBuf.substr(0, end);
            slot.first = runStart;
        }
        expected = 0;
        FatEntry& f = slot.entry;
        f.shortName = shortNameText(sn, 0);
        f.name =
            slot.longName.empty() ? shortNameText(sn, e[DIR_NTRes]) : utf16ToUtf8(slot.longName);
        f.attributes = attr;
        f.directory = (attr & ATTR_DIRECTORY) != 0;
        f.size = f.directory ? 0 : le32(e, DIR_FileSize);
        f.firstCluster = entryCluster(e, g.type);
        f.modified = decodeFatTime(le16(e, DIR_WrtDate), le16(e, DIR_WrtTime));
        f.created = decodeFatTime(le16(e, DIR_CrtDate), le16(e, DIR_CrtTime));
        const bool clusterOk = f.firstCluster == 0
                                   ? !f.directory
                                   : f.firstCluster >= 2 && f.firstCluster <= g.maxCluster();
        if (!clusterOk || (!f.directory && f.firstCluster == 0 && f.size != 0)) {
            return Error("fat.entry_out_of_range")
                .with("name", f.name)
                .with("cluster", std::to_string(f.firstCluster))
                .at(dir.sectorOffsets[dir.sectorOf(i)] + (i * 32) % dir.bytesPerSector);
        }
        out.slots.push_back(std::move(slot));
    }
    return out;
}

std::vector<std::uint8_t> makeLongEntries(const std::u16string& name, std::uint8_t checksum) {
    const std::size_t parts = (name.size() + 12) / 13;
    std::vector<std::uint8_t> out(parts * 32, 0);
    for (std::size_t p = 0; p < parts; ++p) {
        const std::size_t ord = parts - p; // on disk the last part comes first
        auto e = std::span(out).subspan(p * 32, 32);
        e[LDIR_Ord] = static_cast<std::uint8_t>(ord | (p == 0 ? LAST_LONG_ENTRY : 0));
        e[LDIR_Attr] = ATTR_LONG_NAME;
        e[LDIR_Type] = 0;
        e[LDIR_Chksum] = checksum;
        put16(e, LDIR_FstClusLO, 0);
        std::size_t k = 0;
        for (const auto& [at, count] : {std::pair<std::size_t, std::size_t>{LDIR_Name1, 5},
                                        {LDIR_Name2, 6},
                                        {LDIR_Name3, 2}}) {
            for (std::size_t c = 0; c < count; ++c, ++k) {
                const std::size_t pos = (ord - 1) * 13 + k;
                std::uint16_t v = 0xFFFF;
                if (pos < name.size()) {
                    v = name[pos];
                } else if (pos == name.size()) {
                    v = 0x0000;
                }
                put16(e, at + 2 * c, v);
            }
        }
    }
    return out;
}

} // namespace imprint::disk
