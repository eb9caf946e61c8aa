// PartitionTable::read: which table, at which sector size, with the device's facts on top. The
// formats themselves are mbrformat.cpp and gptformat.cpp.
#include "core/disk/partitiontable.h"

#include "core/disk/bytes.h"
#include "core/disk/tableformats.h"

#include <algorithm>
#include <limits>

namespace imprint::disk {
namespace tf = tableformats;
namespace {

// The sector size a GPT made for 4K-native drives uses, looked for in image files too.
constexpr std::uint32_t kLargeSector = 4096;

// The device's logical sector size when a table can use it, else 512.
std::uint32_t naturalSectorSize(const BlockDevice& device) {
    const std::uint32_t s = device.sectorSize();
    return s >= 512 && s <= 65536 && (s & (s - 1)) == 0 ? s : 512;
}

// The labels libfdisk knows besides MBR and GPT, by their magic numbers: "bsd", "sgi", "sun".
Result<std::string> otherLabel(BlockDevice& device, std::span<const std::uint8_t> first) {
    auto bsd = tf::readInside(device, 512, 136); // d_magic, and d_magic2 at 132
    if (!bsd) {
        return std::move(bsd).takeError();
    }
    constexpr std::uint32_t kBsdMagic = 0x82564557;
    if (*bsd && le32(**bsd, 0) == kBsdMagic && le32(**bsd, 132) == kBsdMagic) {
        return std::string("bsd");
    }
    const auto be = [&](std::size_t at, std::size_t n) {
        std::uint32_t v = 0;
        for (std::size_t i = 0; i < n; ++i) {
            v = (v << 8) | first[at + i];
        }
        return v;
    };
    if (be(0, 4) == 0x0BE5A941) {
        return std::string("sgi");
    }
    if (be(508, 2) == 0xDABE) {
        return std::string("sun");
    }
    return std::string();
}

// The table at one sector size, probed in libfdisk's order: a GPT behind a protective MBR, the
// MBR, another kind of label (partition.unsupported); else nothing.
Result<std::optional<tf::Found>> scan(BlockDevice& device, std::uint32_t sectorSize) {
    using Maybe = std::optional<tf::Found>;
    auto first = tf::readInside(device, 0, sectorSize);
    if (!first) {
        return std::move(first).takeError();
    }
    if (!*first) {
        return Maybe{};
    }
    const tf::Bytes& sector = **first;
    if (tf::isProtectiveMbr(sector)) {
        auto gpt = tf::readGpt(device, sectorSize);
        if (!gpt || *gpt) {
            return gpt;
        }
    }
    if (tf::isMbr(sector)) {
        auto mbr = tf::readMbr(device, sector, sectorSize);
        if (!mbr) {
            return std::move(mbr).takeError();
        }
        return Maybe{std::move(mbr).value()};
    }
    auto other = otherLabel(device, sector);
    if (!other) {
        return std::move(other).takeError();
    }
    if (!other->empty()) {
        return Error("partition.unsupported").with("kind", *other);
    }
    return Maybe{};
}

bool isProtective(const Partition& p) { return p.type == "ee"; }

} // namespace

namespace tableformats {

Result<std::optional<Bytes>> readInside(BlockDevice& device, std::uint64_t offset,
                                        std::uint64_t length) {
    if (offset > device.size() || length > device.size() - offset ||
        length > std::numeric_limits<std::size_t>::max()) {
        return std::optional<Bytes>{};
    }
    Bytes bytes(static_cast<std::size_t>(length));
    if (auto r = device.read(offset, bytes); !r) {
        return std::move(r).takeError();
    }
    return std::optional<Bytes>{std::move(bytes)};
}

std::uint64_t sectorBytes(std::uint64_t lba, std::uint32_t sectorSize) {
    constexpr std::uint64_t most = std::numeric_limits<std::uint64_t>::max();
    return lba > most / sectorSize ? most : lba * sectorSize;
}

} // namespace tableformats

const Partition* PartitionTable::find(int number) const {
    for (const auto& p : partitions_) {
        if (p.number == number) {
            return &p;
        }
    }
    return nullptr;
}

const Partition* PartitionTable::firstBeyondEnd() const {
    for (const auto& p : partitions_) {
        if (p.beyondEnd) {
            return &p;
        }
    }
    return nullptr;
}

Result<void> PartitionTable::checkEditable() const {
    if (const Partition* p = firstBeyondEnd()) {
        return Error("partition.beyond_end")
            .with("number", std::to_string(p->number))
            .with("end", std::to_string(p->start + p->size))
            .with("size", std::to_string(deviceSize_));
    }
    return {};
}

Result<PartitionTable> PartitionTable::read(BlockDevice& device) {
    const auto make = [&device](std::uint32_t sectorSize, tf::Found found) {
        PartitionTable table;
        table.kind_ = std::move(found.kind);
        table.diskId_ = std::move(found.diskId);
        table.sectorSize_ = sectorSize;
        table.deviceSize_ = device.size();
        table.partitions_ = std::move(found.partitions);
        for (Partition& p : table.partitions_) {
            p.beyondEnd = p.start > table.deviceSize_ || p.size > table.deviceSize_ - p.start;
        }
        return table;
    };
    const std::uint32_t natural = naturalSectorSize(device);
    auto found = scan(device, natural);
    if (!found) {
        return std::move(found).takeError();
    }
    const std::vector<Partition>* listed = *found ? &(*found)->partitions : nullptr;
    const bool mbr = *found && (*found)->kind == "dos";
    // A protective MBR without a GPT at this sector size: the GPT may have been written for
    // 4096-byte sectors (an image file reports 512).
    if (mbr && natural != kLargeSector &&
        std::any_of(listed->begin(), listed->end(), isProtective)) {
        auto large = tf::readGpt(device, kLargeSector);
        if (!large) {
            return std::move(large).takeError();
        }
        if (*large) {
            return make(kLargeSector, std::move(**large));
        }
    }
    if (!*found) {
        return Error("partition.no_table");
    }
    // Nothing but the protective partition: the GPT it announces is damaged (or cut off with
    // the end of the image). libfdisk shows the protective MBR itself here.
    if (mbr && !listed->empty() && std::all_of(listed->begin(), listed->end(), isProtective)) {
        return Error("partition.read_failed").with("reason", "partition.gpt_damaged");
    }
    return make(natural, std::move(**found));
}

} // namespace imprint::disk
