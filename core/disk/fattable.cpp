#include "core/disk/fattable.h"

#include "core/disk/bytes.h"

#include <algorithm>

namespace imprint::disk {
namespace {

Error chainError(const char* code, std::uint32_t cluster, std::uint32_t value) {
    return Error(code)
        .with("cluster", std::to_string(cluster))
        .with("value", std::to_string(value));
}

} // namespace

FatTable::FatTable(BlockDevice& device, std::uint64_t volumeOffset, const FatGeometry& geometry)
    : device_(device), volumeOffset_(volumeOffset), g_(geometry),
      bytes_(geometry.fatSize * geometry.bytesPerSector),
      data_(new std::uint8_t[geometry.fatSize * std::size_t{geometry.bytesPerSector}]),
      loaded_(geometry.fatSize, false), dirty_(geometry.fatSize, false) {
    switch (g_.type) {
    case FatType::Fat12:
        endMin_ = 0xFF8;
        endMark_ = 0xFFF;
        break;
    case FatType::Fat16:
        endMin_ = 0xFFF8;
        endMark_ = 0xFFFF;
        break;
    case FatType::Fat32:
        endMin_ = 0x0FFFFFF8;
        endMark_ = 0x0FFFFFFF;
        break;
    }
}

Result<void> FatTable::loadSector(std::uint32_t sector) {
    if (loaded_[sector]) {
        return {};
    }
    // Read a run of not-yet-loaded sectors at once: chains are mostly local.
    std::uint32_t end = sector + 1;
    while (end < g_.fatSize && end < sector + 8 && !loaded_[end]) {
        ++end;
    }
    const std::uint64_t at = std::uint64_t{sector} * g_.bytesPerSector;
    const std::uint32_t active = g_.mirrored ? 0 : g_.activeFat;
    if (auto r = device_.read(
            volumeOffset_ + g_.fatOffset(active) + at,
            std::span(data_.get() + at, std::size_t{end - sector} * g_.bytesPerSector));
        !r) {
        return r;
    }
    for (std::uint32_t s = sector; s < end; ++s) {
        loaded_[s] = true;
    }
    return {};
}

Result<void> FatTable::loadAll() {
    if (allLoaded_) {
        return {};
    }
    std::uint32_t s = 0;
    while (s < g_.fatSize) {
        if (loaded_[s]) {
            ++s;
            continue;
        }
        std::uint32_t end = s;
        while (end < g_.fatSize && !loaded_[end]) {
            ++end;
        }
        const std::uint64_t at = std::uint64_t{s} * g_.bytesPerSector;
        const std::uint32_t active = g_.mirrored ? 0 : g_.activeFat;
        if (auto r =
                device_.read(volumeOffset_ + g_.fatOffset(active) + at,
                             std::span(data_.get() + at, std::size_t{end - s} * g_.bytesPerSector));
            !r) {
            return r;
        }
        for (; s < end; ++s) {
            loaded_[s] = true;
        }
    }
    allLoaded_ = true;
    return {};
}

Result<std::uint8_t*> FatTable::bytesAt(std::uint32_t byteOffset) {
    if (!allLoaded_) {
        if (auto r = loadSector(byteOffset / g_.bytesPerSector); !r) {
            return r.error();
        }
    }
    return data_.get() + byteOffset;
}

std::uint32_t FatTable::decode(std::uint32_t cluster) const {
    const std::span<const std::uint8_t> fat(data_.get(), bytes_);
    switch (g_.type) {
    case FatType::Fat12: {
        const std::uint32_t v = le16(fat, cluster + cluster / 2);
        return (cluster & 1u) ? (v >> 4) : (v & 0xFFFu);
    }
    case FatType::Fat16:
        return le16(fat, cluster * 2);
    case FatType::Fat32:
        return le32(fat, cluster * 4) & 0x0FFFFFFFu;
    }
    return 0u;
}

Result<std::uint32_t> FatTable::get(std::uint32_t cluster) {
    if (!allLoaded_) {
        // The entry's first and last byte (a FAT12 entry may straddle two sectors).
        const std::uint32_t first = g_.type == FatType::Fat12   ? cluster + cluster / 2
                                    : g_.type == FatType::Fat16 ? cluster * 2
                                                                : cluster * 4;
        const std::uint32_t last = first + (g_.type == FatType::Fat32 ? 3 : 1);
        if (auto r = bytesAt(first); !r) {
            return r.error();
        }
        if (auto r = bytesAt(last); !r) {
            return r.error();
        }
    }
    return decode(cluster);
}

Result<void> FatTable::set(std::uint32_t cluster, std::uint32_t value) {
    auto old = get(cluster); // loads the sector(s)
    if (!old) {
        return old.error();
    }
    if (free_) {
        if (*old == 0 && value != 0) {
            --*free_;
        } else if (*old != 0 && value == 0) {
            ++*free_;
        }
    }
    switch (g_.type) {
    case FatType::Fat12: {
        const std::uint32_t at = cluster + cluster / 2;
        std::uint8_t* lo = data_.get() + at;
        std::uint8_t* hi = data_.get() + at + 1;
        if (cluster & 1u) {
            *lo = static_cast<std::uint8_t>((*lo & 0x0F) | ((value << 4) & 0xF0));
            *hi = static_cast<std::uint8_t>(value >> 4);
        } else {
            *lo = static_cast<std::uint8_t>(value);
            *hi = static_cast<std::uint8_t>((*hi & 0xF0) | ((value >> 8) & 0x0F));
        }
        dirty_[at / g_.bytesPerSector] = true;
        dirty_[(at + 1) / g_.bytesPerSector] = true;
        break;
    }
    case FatType::Fat16:
        put16(std::span(data_.get(), bytes_), cluster * 2, static_cast<std::uint16_t>(value));
        dirty_[cluster * 2 / g_.bytesPerSector] = true;
        break;
    case FatType::Fat32: {
        // The top four bits are reserved and kept as they are.
        const std::uint32_t at = cluster * 4;
        const std::uint32_t keep =
            le32(std::span<const std::uint8_t>(data_.get(), bytes_), at) & 0xF0000000u;
        put32(std::span(data_.get(), bytes_), at, keep | (value & 0x0FFFFFFFu));
        dirty_[at / g_.bytesPerSector] = true;
        break;
    }
    }
    return {};
}

Result<std::vector<std::uint32_t>> FatTable::chain(std::uint32_t first, std::size_t limit) {
    std::vector<std::uint32_t> out;
    std::uint32_t c = first;
    if (c < 2 || c > g_.maxCluster()) {
        return chainError("fat.chain_out_of_range", 0, c);
    }
    while (true) {
        if (out.size() >= g_.clusterCount) {
            return chainError("fat.cyclic_chain", first, c);
        }
        out.push_back(c);
        if (limit != 0 && out.size() >= limit) {
            // A loop inside the first `limit` clusters repeats one of them.
            auto sorted = out;
            std::sort(sorted.begin(), sorted.end());
            if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
                return chainError("fat.cyclic_chain", first, c);
            }
            return out;
        }
        auto next = get(c);
        if (!next) {
            return next.error();
        }
        const std::uint32_t v = *next;
        if (isEnd(v)) {
            return out;
        }
        if (v == 0) {
            return chainError("fat.chain_free_link", c, v);
        }
        if (v == endMin_ - 1) {
            return chainError("fat.chain_bad_cluster", c, v);
        }
        if (v < 2 || v > g_.maxCluster()) {
            return chainError("fat.chain_out_of_range", c, v);
        }
        c = v;
    }
}

Result<std::uint32_t> FatTable::freeClusters() {
    if (!free_) {
        if (auto r = loadAll(); !r) {
            return r.error();
        }
        std::uint32_t n = 0;
        const std::uint8_t* fat = data_.get();
        const std::uint32_t last = g_.maxCluster();
        // One loop per width, so counting a FAT16 of 64 Ki entries stays a few microseconds.
        switch (g_.type) {
        case FatType::Fat12:
            for (std::uint32_t c = 2; c <= last; ++c) {
                n += decode(c) == 0 ? 1u : 0u;
            }
            break;
        case FatType::Fat16:
            for (std::uint32_t c = 2; c <= last; ++c) {
                n += (fat[2 * c] | fat[2 * c + 1]) == 0 ? 1u : 0u;
            }
            break;
        case FatType::Fat32:
            for (std::uint32_t c = 2; c <= last; ++c) {
                n += (fat[4 * c] | fat[4 * c + 1] | fat[4 * c + 2] | (fat[4 * c + 3] & 0x0F)) == 0
                         ? 1u
                         : 0u;
            }
            break;
        }
        free_ = n;
    }
    return *free_;
}

Result<bool> FatTable::hasFree(std::uint64_t count) {
    if (free_) {
        return count <= *free_;
    }
    if (count == 0) {
        return true;
    }
    std::uint64_t seen = 0;
    std::uint32_t c = nextFree_;
    for (std::uint32_t scanned = 0; scanned < g_.clusterCount; ++scanned, ++c) {
        if (c > g_.maxCluster()) {
            c = 2;
        }
        auto v = get(c);
        if (!v) {
            return v.error();
        }
        if (*v == 0 && ++seen >= count) {
            return true;
        }
    }
    free_ = static_cast<std::uint32_t>(seen); // every cluster was looked at
    return false;
}

void FatTable::setNextFreeHint(std::uint32_t cluster) {
    if (cluster >= 2 && cluster <= g_.maxCluster()) {
        nextFree_ = cluster;
    }
}

Result<std::vector<std::uint32_t>> FatTable::allocate(std::size_t count) {
    auto enough = hasFree(count);
    if (!enough) {
        return enough.error();
    }
    if (!*enough) {
        return Error("fat.volume_full")
            .with("needed", std::to_string(count))
            .with("free", std::to_string(free_.value_or(0)));
    }
    std::vector<std::uint32_t> out;
    out.reserve(count);
    std::uint32_t c = nextFree_;
    for (std::uint32_t scanned = 0; out.size() < count && scanned < g_.clusterCount; ++scanned) {
        if (c > g_.maxCluster()) {
            c = 2;
        }
        auto v = get(c);
        if (!v) {
            return v.error();
        }
        if (*v == 0) {
            out.push_back(c);
        }
        ++c;
    }
    if (out.size() < count) { // the count said yes: the table changed under us
        return Error("fat.volume_full")
            .with("needed", std::to_string(count))
            .with("free", std::to_string(out.size()));
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (auto r = set(out[i], i + 1 < out.size() ? out[i + 1] : endMark_); !r) {
            return r.error();
        }
    }
    if (!out.empty()) {
        nextFree_ = out.back() + 1 > g_.maxCluster() ? 2 : out.back() + 1;
    }
    return out;
}

Result<void> FatTable::release(const std::vector<std::uint32_t>& clusters) {
    for (const std::uint32_t c : clusters) {
        if (auto r = set(c, 0); !r) {
            return r;
        }
    }
    return {};
}

bool FatTable::dirty() const {
    return std::find(dirty_.begin(), dirty_.end(), true) != dirty_.end();
}

Result<bool> FatTable::flush() {
    bool wrote = false;
    for (std::uint32_t copy = 0; copy < g_.numFats; ++copy) {
        if (!g_.mirrored && copy != g_.activeFat) {
            continue;
        }
        std::uint32_t s = 0;
        while (s < g_.fatSize) {
            if (!dirty_[s]) {
                ++s;
                continue;
            }
            std::uint32_t end = s;
            while (end < g_.fatSize && dirty_[end]) {
                ++end;
            }
            const std::uint64_t at = std::uint64_t{s} * g_.bytesPerSector;
            if (auto r =
                    device_.write(volumeOffset_ + g_.fatOffset(copy) + at,
                                  std::span<const std::uint8_t>(
                                      data_.get() + at, std::size_t{end - s} * g_.bytesPerSector));
                !r) {
                return r.error();
            }
            wrote = true;
            s = end;
        }
    }
    std::fill(dirty_.begin(), dirty_.end(), false);
    return wrote;
}

} // namespace imprint::disk
