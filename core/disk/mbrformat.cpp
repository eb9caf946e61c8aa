// The MBR and its extended boot records, read as libfdisk 2.38 reads them (dos.c: dos_probe_label,
// read_extended, dos_get_partition), so the same disk gives the same partitions and numbers.
#include "core/disk/bytes.h"
#include "core/disk/tableformats.h"

#include <algorithm>
#include <cstdio>

namespace imprint::disk::tableformats {
namespace {

constexpr std::size_t kEntryTable = 446;
constexpr std::size_t kEntryBytes = 16;
constexpr std::size_t kDiskId = 440;
constexpr std::uint8_t kActive = 0x80;
// libfdisk's MAXIMUM_PARTS: primary and logical partitions together. It also bounds the chain.
constexpr std::size_t kMaximumParts = 60;

struct Entry {
    std::uint8_t bootIndicator = 0;
    std::uint8_t type = 0;
    std::uint32_t start = 0; // LBA, relative to the table's own sector for a logical
    std::uint32_t size = 0;  // sectors
    bool cleared = true;     // all 16 bytes zero: libfdisk does not list it
};

Entry entryAt(std::span<const std::uint8_t> sector, std::size_t index) {
    const std::size_t at = kEntryTable + kEntryBytes * index;
    Entry e;
    e.bootIndicator = le8(sector, at);
    e.type = le8(sector, at + 4);
    e.start = le32(sector, at + 8);
    e.size = le32(sector, at + 12);
    const auto bytes = sector.subspan(at, kEntryBytes);
    e.cleared = std::all_of(bytes.begin(), bytes.end(), [](std::uint8_t b) { return b == 0; });
    return e;
}

bool isExtended(std::uint8_t type) { return type == 0x05 || type == 0x0f || type == 0x85; }

// One extended boot record: the logical partition it describes and the link to the next.
struct Logical {
    std::uint64_t ebr = 0; // LBA of the record; the data entry's start counts from here
    Entry data;
    Entry link;
};

// An EBR's data and link entries: the first used entry of each kind, else libfdisk's fallback
// (entry 0, or entry 1 when 0 is taken by the other kind).
Logical splitRecord(std::span<const std::uint8_t> sector, std::uint64_t lba) {
    int data = -1;
    int link = -1;
    for (int i = 0; i < 4; ++i) {
        const Entry e = entryAt(sector, static_cast<std::size_t>(i));
        if (e.size == 0) {
            continue;
        }
        if (isExtended(e.type)) {
            link = link < 0 ? i : link;
        } else if (e.type != 0) {
            data = data < 0 ? i : data;
        }
    }
    if (data < 0) {
        data = link == 0 ? 1 : 0;
    }
    if (link < 0) {
        link = data == 0 ? 1 : 0;
    }
    return {lba, entryAt(sector, static_cast<std::size_t>(data)),
            entryAt(sector, static_cast<std::size_t>(link))};
}

// The chain of extended boot records behind the extended partition.
class ExtendedChain {
public:
    ExtendedChain(BlockDevice& device, std::uint32_t sectorSize)
        : device_(device), sectorSize_(sectorSize) {}

    // Follows the chain of the extended primary `index`. Beyond libfdisk, a record already
    // visited or outside the extended partition ends the chain (libfdisk only stops at 60).
    Result<void> follow(std::size_t index, const Entry& extended) {
        index_ = index;
        if (extended.start == 0) {
            return {}; // libfdisk: "Bad offset in primary extended partition"
        }
        const std::uint64_t first = extended.start;
        const std::uint64_t end = first + extended.size;
        Entry link = extended;
        while (isExtended(link.type)) {
            if (4 + logicals_.size() >= kMaximumParts) {
                return {}; // libfdisk omits the rest and keeps the chain as it is
            }
            const std::uint64_t lba = offset_ + link.start;
            if (lba < first || lba >= end || visited(lba)) {
                break;
            }
            auto sector = readInside(device_, lba * sectorSize_, sectorSize_);
            if (!sector) {
                return std::move(sector).takeError();
            }
            if (!*sector) {
                return {}; // cannot be read: the chain ends there, as it is
            }
            offset_ = offset_ == 0 ? link.start : offset_;
            logicals_.push_back(splitRecord(**sector, lba));
            link = logicals_.back().link;
        }
        tidy();
        return {};
    }

    [[nodiscard]] bool empty() const { return logicals_.empty(); }
    [[nodiscard]] const std::vector<Logical>& logicals() const { return logicals_; }
    // libfdisk flags the extended primary whose chain it read last as the container.
    [[nodiscard]] bool isContainer(std::size_t index) const {
        return offset_ != 0 && index == index_;
    }

private:
    [[nodiscard]] bool visited(std::uint64_t lba) const {
        return std::any_of(logicals_.begin(), logicals_.end(),
                           [lba](const Logical& l) { return l.ebr == lba; });
    }

    // libfdisk drops an empty last record, then every logical partition of size 0 (renumbering
    // the rest) unless it is the only one and of type 0.
    void tidy() {
        if (!logicals_.empty() && logicals_.back().data.cleared && logicals_.back().link.cleared) {
            logicals_.pop_back();
        }
        for (;;) {
            const auto empty =
                std::find_if(logicals_.begin(), logicals_.end(), [&](const Logical& l) {
                    return l.data.size == 0 &&
                           (logicals_.size() > 1 || logicals_[0].data.type != 0);
                });
            if (empty == logicals_.end()) {
                return;
            }
            logicals_.erase(empty);
        }
    }

    BlockDevice& device_;
    std::uint32_t sectorSize_;
    std::uint64_t offset_ = 0; // start of the first extended partition read (libfdisk's ext_offset)
    std::size_t index_ = 0;
    std::vector<Logical> logicals_;
};

Partition partitionOf(int number, const Entry& e, std::uint64_t base, std::uint32_t sectorSize) {
    Partition p;
    p.number = number;
    p.start = sectorBytes(base + e.start, sectorSize);
    p.size = sectorBytes(e.size, sectorSize);
    char type[3];
    std::snprintf(type, sizeof type, "%02x", e.type);
    p.type = type;
    p.typeName = mbrTypeName(e.type);
    p.bootable = e.bootIndicator == kActive;
    return p;
}

} // namespace

bool isMbr(std::span<const std::uint8_t> firstSector) {
    static constexpr std::uint8_t aix[] = {0xC9, 0xC2, 0xD4, 0xC1};
    return firstSector.size() >= 512 && le16(firstSector, 510) == 0xAA55 &&
           !std::equal(std::begin(aix), std::end(aix), firstSector.begin());
}

bool isProtectiveMbr(std::span<const std::uint8_t> firstSector) {
    if (firstSector.size() < 512 || le16(firstSector, 510) != 0xAA55) {
        return false;
    }
    for (std::size_t i = 0; i < 4; ++i) {
        if (entryAt(firstSector, i).type == 0xEE) {
            return true;
        }
    }
    return false;
}

Result<Found> readMbr(BlockDevice& device, std::span<const std::uint8_t> firstSector,
                      std::uint32_t sectorSize) {
    Entry primaries[4];
    ExtendedChain chain(device, sectorSize);
    for (std::size_t i = 0; i < 4; ++i) {
        primaries[i] = entryAt(firstSector, i);
        // A second extended partition is read only while the first gave no logical ones.
        if (isExtended(primaries[i].type) && chain.empty()) {
            if (auto r = chain.follow(i, primaries[i]); !r) {
                return std::move(r).takeError();
            }
        }
    }
    Found found;
    found.kind = "dos";
    char id[16];
    std::snprintf(id, sizeof id, "0x%08x", static_cast<unsigned>(le32(firstSector, kDiskId)));
    found.diskId = id;
    for (std::size_t i = 0; i < 4; ++i) {
        if (!primaries[i].cleared) {
            Partition p = partitionOf(static_cast<int>(i) + 1, primaries[i], 0, sectorSize);
            p.container = chain.isContainer(i);
            found.partitions.push_back(std::move(p));
        }
    }
    int number = 5;
    for (const Logical& l : chain.logicals()) {
        if (!l.data.cleared) {
            Partition p = partitionOf(number, l.data, l.ebr, sectorSize);
            p.logical = true;
            found.partitions.push_back(std::move(p));
        }
        ++number;
    }
    return found;
}

} // namespace imprint::disk::tableformats
