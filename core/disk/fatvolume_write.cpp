// FatVolume: every change. The order of writes is what makes them crash-safe: data first
// (to free clusters), then the FAT, then the directory sector that makes the change visible,
// then the freeing of what is no longer used; a barrier between each step.
#include "core/disk/bytes.h"
#include "core/disk/fatdirectory.h"
#include "core/disk/fatinternal.h"
#include "core/disk/fattable.h"
#include "core/disk/fatvolume.h"
#include "flasher/platform/system.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <set>

namespace imprint::disk {

using namespace dirent;

namespace {

constexpr std::size_t maxDirectoryBytes = 2u << 20; // 65536 entries

const ShortName dotName{'.', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};
const ShortName dotDotName{'.', '.', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};

std::uint32_t ceilDiv(std::uint64_t a, std::uint64_t b) {
    return static_cast<std::uint32_t>((a + b - 1) / b);
}

// Where a renamed entry can go so that the rename is one sector write: the old run is inside
// one sector and that sector has room for the new run (counting the old run's own entries).
std::optional<std::size_t> sameSectorPlace(const FatDirectory& dir, const ParsedDirectory& parsed,
                                           const FatSlot& old, std::size_t count) {
    const std::size_t sector = dir.sectorOf(old.shortIndex);
    if (dir.sectorOf(old.first) != sector) {
        return std::nullopt;
    }
    const std::size_t perSector = dir.bytesPerSector / 32;
    std::size_t run = 0;
    for (std::size_t i = sector * perSector; i < (sector + 1) * perSector; ++i) {
        const bool usable = i >= parsed.endIndex || dir.entry(i)[0] == FREE ||
                            (i >= old.first && i <= old.shortIndex);
        run = usable ? run + 1 : 0;
        if (run == count) {
            return i + 1 - count;
        }
    }
    return std::nullopt;
}

} // namespace

struct FatVolume::NamePlan {
    std::vector<std::uint8_t> bytes; // long entries, then the short entry (name filled in)
    ShortName shortName{};
    [[nodiscard]] std::size_t count() const { return bytes.size() / 32; }
    std::span<std::uint8_t> shortEntry() { return std::span(bytes).last(32); }
};

struct FatVolume::Placement {
    std::size_t start = 0;   // first entry index of the run
    std::size_t padFrom = 0; // entries [padFrom, start) are marked deleted first
    std::uint32_t grow = 0;  // clusters the directory must grow by
};

Result<FatVolume::NamePlan> FatVolume::planName(const ParsedDirectory& parsed,
                                                const std::u16string& name) {
    const ShortNamePlan plan = planShortName(name);
    auto sn = uniqueShortName(plan, [&](const ShortName& c) {
        return std::find(parsed.allShortNames.begin(), parsed.allShortNames.end(), c) !=
               parsed.allShortNames.end();
    });
    if (!sn) {
        return sn.error();
    }
    NamePlan out;
    out.shortName = *sn;
    if (plan.needsLongName || *sn != plan.name) {
        out.bytes = makeLongEntries(name, shortNameChecksum(*sn));
    }
    out.bytes.resize(out.bytes.size() + 32, 0);
    std::copy(sn->begin(), sn->end(), out.shortEntry().begin());
    return out;
}

Result<FatVolume::NamePlan> FatVolume::nameFor(const Located& at) {
    auto valid = validateLongName(at.components.back());
    if (!valid) {
        return valid.error();
    }
    return planName(at.parsed, *valid);
}

Result<void> FatVolume::countFreeForFsInfo() {
    if (g_.type == FatType::Fat32 && g_.fsInfoSector != 0) {
        if (auto r = fat_->freeClusters(); !r) {
            return r.error();
        }
    }
    return {};
}

Result<void> FatVolume::checkRoom(const Located& at, std::uint64_t clusters) {
    if (auto r = countFreeForFsInfo(); !r) {
        return r;
    }
    auto enough = fat_->hasFree(clusters);
    if (!enough) {
        return enough.error();
    }
    if (!*enough) {
        const std::uint64_t available = fat_->knownFree().value_or(0);
        return Error("fat.volume_full")
            .with("path", at.path())
            .with("needed", std::to_string(clusters * g_.clusterBytes()))
            .with("free", std::to_string(available * g_.clusterBytes()));
    }
    return {};
}

Result<FatVolume::Placement> FatVolume::place(const FatDirectory& dir,
                                              const ParsedDirectory& parsed, std::size_t count) {
    // A run of deleted entries, preferring one inside a single sector (one write).
    std::optional<std::size_t> anyFit;
    std::size_t runLength = 0;
    for (std::size_t i = 0; i < parsed.endIndex; ++i) {
        if (dir.entry(i)[0] != FREE) {
            runLength = 0;
            continue;
        }
        if (++runLength >= count) {
            const std::size_t s = i + 1 - count;
            if (dir.sectorOf(s) == dir.sectorOf(i)) {
                return Placement{s, s, 0};
            }
            if (!anyFit) {
                anyFit = s;
            }
        }
    }
    if (anyFit) {
        return Placement{*anyFit, *anyFit, 0};
    }
    // The free tail after the end marker; a short run is moved to the next sector boundary
    // rather than split across two sectors (the skipped entries are marked deleted).
    const std::size_t perSector = dir.bytesPerSector / 32;
    Placement p;
    p.padFrom = parsed.endIndex;
    p.start = parsed.endIndex;
    if (count <= perSector && dir.sectorOf(p.start) != dir.sectorOf(p.start + count - 1)) {
        p.start = (p.start / perSector + 1) * perSector;
    }
    const std::size_t total = dir.entryCount();
    if (p.start + count <= total) {
        return p;
    }
    if (dir.firstCluster == 0) {
        return Error("fat.root_full");
    }
    p.grow = ceilDiv((p.start + count - total) * 32, g_.clusterBytes());
    if (dir.data.size() + std::size_t{p.grow} * g_.clusterBytes() > maxDirectoryBytes) {
        return Error("fat.directory_full");
    }
    return p;
}

namespace {

// SOURCE_DATE_EPOCH (reproducible builds): the same edit gives the same bytes at any time.
std::time_t currentTime() {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
        char* end = nullptr;
        const long long seconds = std::strtoll(epoch, &end, 10);
        if (end && *end == '\0' && seconds >= 0) {
            return static_cast<std::time_t>(seconds);
        }
    }
    return std::time(nullptr);
}

} // namespace

void FatVolume::stamp(std::span<std::uint8_t> e, bool created) {
    const std::time_t now = options_.clock ? options_.clock() : currentTime();
    const std::tm tm = platform::localTime(now);
    const int year = std::clamp(tm.tm_year + 1900, 1980, 2107);
    const auto date =
        static_cast<std::uint16_t>(((year - 1980) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
    const int second = std::min(tm.tm_sec, 59);
    const auto time =
        static_cast<std::uint16_t>((tm.tm_hour << 11) | (tm.tm_min << 5) | (second / 2));
    put16(e, DIR_WrtTime, time);
    put16(e, DIR_WrtDate, date);
    put16(e, DIR_LstAccDate, date);
    if (created) {
        e[DIR_CrtTimeTenth] = static_cast<std::uint8_t>((second % 2) * 100);
        put16(e, DIR_CrtTime, time);
        put16(e, DIR_CrtDate, date);
    }
}

Result<void> FatVolume::barrier() {
    if (options_.barriers && unsynced_) {
        unsynced_ = false;
        return device_.sync();
    }
    return {};
}

Result<void> FatVolume::write(std::uint64_t at, std::span<const std::uint8_t> bytes) {
    directoryCache_.clear();
    unsynced_ = true;
    return device_.write(at, bytes);
}

Result<void> FatVolume::flushFat() {
    directoryCache_.clear(); // directory chains may have changed
    auto wrote = fat_->flush();
    if (!wrote) {
        return wrote.error();
    }
    unsynced_ = unsynced_ || *wrote;
    return barrier();
}

Result<void> FatVolume::finish() {
    if (g_.type == FatType::Fat32 && g_.fsInfoSector != 0 && fat_->knownFree()) {
        const std::uint64_t at = offset_ + std::uint64_t{g_.fsInfoSector} * g_.bytesPerSector;
        std::vector<std::uint8_t> info(g_.bytesPerSector);
        if (auto r = device_.read(at, info); !r) {
            return r;
        }
        if (le32(info, FSI_LeadSig) == 0x41615252 && le32(info, FSI_StrucSig) == 0x61417272) {
            const auto before = info;
            put32(info, FSI_Free_Count, *fat_->knownFree());
            put32(info, FSI_Nxt_Free, fat_->nextFreeHint());
            if (info != before) {
                if (auto r = write(at, info); !r) {
                    return r;
                }
            }
        }
    }
    return barrier();
}

Result<void> FatVolume::writeClusters(const std::vector<std::uint32_t>& clusters,
                                      std::span<const std::uint8_t> data) {
    const std::size_t cb = g_.clusterBytes();
    std::vector<std::uint8_t> padded;
    std::size_t i = 0;
    while (i < clusters.size()) {
        std::size_t j = i + 1;
        while (j < clusters.size() && clusters[j] == clusters[j - 1] + 1) {
            ++j;
        }
        const std::size_t begin = i * cb;
        const std::size_t end = j * cb;
        std::span<const std::uint8_t> bytes;
        if (end <= data.size()) {
            bytes = data.subspan(begin, end - begin);
        } else {
            // The tail of the last cluster is zeroed rather than left with old bytes.
            padded.assign(end - begin, 0);
            if (begin < data.size()) {
                std::copy(data.begin() + static_cast<std::ptrdiff_t>(begin), data.end(),
                          padded.begin());
            }
            bytes = padded;
        }
        if (auto r = write(offset_ + g_.clusterOffset(clusters[i]), bytes); !r) {
            return r;
        }
        i = j;
    }
    return {};
}

Result<void> FatVolume::writeDirectorySectors(const FatDirectory& dir,
                                              const std::vector<std::size_t>& sectors) {
    for (const std::size_t s : sectors) {
        const auto bytes = std::span(dir.data).subspan(s * dir.bytesPerSector, dir.bytesPerSector);
        if (auto r = write(dir.sectorOffsets[s], bytes); !r) {
            return r;
        }
    }
    return {};
}

Result<void> FatVolume::growDirectory(FatDirectory& dir, const std::vector<std::uint32_t>& growth) {
    // Zeroed clusters first; the FAT links them in the next step.
    if (auto r = writeClusters(growth, {}); !r) {
        return r;
    }
    for (const std::uint32_t c : growth) {
        dir.clusters.push_back(c);
        dir.data.resize(dir.data.size() + g_.clusterBytes(), 0);
        for (std::uint32_t s = 0; s < g_.sectorsPerCluster; ++s) {
            dir.sectorOffsets.push_back(offset_ + g_.clusterOffset(c) +
                                        std::uint64_t{s} * g_.bytesPerSector);
        }
    }
    return {};
}

Result<void> FatVolume::linkGrowth(const FatDirectory& dir, std::size_t oldClusterCount) {
    if (dir.clusters.size() > oldClusterCount && oldClusterCount > 0) {
        return fat_->set(dir.clusters[oldClusterCount - 1], dir.clusters[oldClusterCount]);
    }
    return {};
}

Result<void> FatVolume::placeEntries(FatDirectory& dir, const Placement& p, NamePlan& plan) {
    std::set<std::size_t, std::greater<>> sectors;
    for (std::size_t i = p.padFrom; i < p.start; ++i) {
        dir.entry(i)[0] = FREE;
        sectors.insert(dir.sectorOf(i));
    }
    std::copy(plan.bytes.begin(), plan.bytes.end(),
              dir.data.begin() + static_cast<std::ptrdiff_t>(p.start * 32));
    for (std::size_t i = 0; i < plan.count(); ++i) {
        sectors.insert(dir.sectorOf(p.start + i));
    }
    // Later sectors first: while the earlier one still holds the end marker, a crash leaves
    // the new entries invisible rather than half there.
    if (auto r = writeDirectorySectors(dir, {sectors.begin(), sectors.end()}); !r) {
        return r;
    }
    return barrier();
}

Result<void> FatVolume::deleteEntries(FatDirectory& dir, const FatSlot& slot) {
    std::set<std::size_t> longSectors;
    for (std::size_t i = slot.first; i <= slot.shortIndex; ++i) {
        dir.entry(i)[0] = FREE;
        if (i < slot.shortIndex) {
            longSectors.insert(dir.sectorOf(i));
        }
    }
    // The long-name part goes first: a crash then leaves the file under its short name,
    // never a long-name run without its entry.
    const std::size_t shortSector = dir.sectorOf(slot.shortIndex);
    longSectors.erase(shortSector);
    std::vector<std::size_t> order(longSectors.begin(), longSectors.end());
    order.push_back(shortSector);
    if (auto r = writeDirectorySectors(dir, order); !r) {
        return r;
    }
    return barrier();
}

Result<void> FatVolume::writeFile(std::string_view path, std::span<const std::uint8_t> data) {
    if (auto r = checkWritable(); !r) {
        return r;
    }
    if (data.size() > 0xFFFFFFFFu) {
        return Error("fat.file_too_large").with("path", std::string(path));
    }
    auto at = locate(path);
    if (!at) {
        return at.error();
    }
    if (at->isRoot) {
        return Error("fat.is_a_directory").with("path", "/");
    }
    const std::uint32_t dataClusters = ceilDiv(data.size(), g_.clusterBytes());
    std::vector<std::uint32_t> oldChain;
    std::optional<NamePlan> name;
    Placement placement;
    if (at->slot) {
        const FatEntry& e = at->parsed.slots[*at->slot].entry;
        if (e.directory) {
            return Error("fat.is_a_directory").with("path", at->path());
        }
        if (e.firstCluster != 0) {
            auto chain = fat_->chain(e.firstCluster);
            if (!chain) {
                return Error(chain.error()).with("path", at->path());
            }
            oldChain = std::move(chain).value();
        }
    } else {
        auto plan = nameFor(*at);
        if (!plan) {
            return plan.error();
        }
        auto p = place(at->parent, at->parsed, plan->count());
        if (!p) {
            return p.error();
        }
        name = std::move(plan).value();
        placement = *p;
    }
    if (auto r = checkRoom(*at, std::uint64_t{dataClusters} + placement.grow); !r) {
        return r;
    }

    // Checks are done: from here on the volume changes.
    auto clusters = fat_->allocate(dataClusters + placement.grow);
    if (!clusters) {
        return clusters.error();
    }
    const std::vector<std::uint32_t> fileClusters(clusters->begin(),
                                                  clusters->begin() + dataClusters);
    const std::vector<std::uint32_t> growth(clusters->begin() + dataClusters, clusters->end());
    if (!fileClusters.empty() && !growth.empty()) {
        if (auto r = fat_->set(fileClusters.back(), fat_->endMark()); !r) {
            return r;
        }
    }
    if (auto r = writeClusters(fileClusters, data); !r) {
        return r;
    }
    const std::size_t oldDirClusters = at->parent.clusters.size();
    if (auto r = growDirectory(at->parent, growth); !r) {
        return r;
    }
    // The new data needs no barrier before the FAT: until the directory entry points at the
    // chain, a chain without its data is only lost clusters. Zeroed directory clusters do.
    if (!growth.empty()) {
        if (auto r = barrier(); !r) {
            return r;
        }
    }
    if (auto r = linkGrowth(at->parent, oldDirClusters); !r) {
        return r;
    }
    if (auto r = flushFat(); !r) {
        return r;
    }
    const std::uint32_t first = fileClusters.empty() ? 0 : fileClusters.front();
    if (at->slot) {
        // The switch: one sector write moves the entry from the old chain to the new one.
        const FatSlot& slot = at->parsed.slots[*at->slot];
        auto e = at->parent.entry(slot.shortIndex);
        setEntryCluster(e, first);
        put32(e, DIR_FileSize, static_cast<std::uint32_t>(data.size()));
        e[DIR_Attr] = static_cast<std::uint8_t>(e[DIR_Attr] | ATTR_ARCHIVE);
        stamp(e, false);
        if (auto r = writeDirectorySectors(at->parent, {at->parent.sectorOf(slot.shortIndex)});
            !r) {
            return r;
        }
        if (auto r = barrier(); !r) {
            return r;
        }
        if (auto r = fat_->release(oldChain); !r) {
            return r;
        }
        if (auto r = flushFat(); !r) {
            return r;
        }
    } else {
        auto e = name->shortEntry();
        e[DIR_Attr] = ATTR_ARCHIVE;
        setEntryCluster(e, first);
        put32(e, DIR_FileSize, static_cast<std::uint32_t>(data.size()));
        stamp(e, true);
        if (auto r = placeEntries(at->parent, placement, *name); !r) {
            return r;
        }
    }
    return finish();
}

Result<void> FatVolume::truncate(std::string_view path, std::uint64_t size) {
    if (size > 0xFFFFFFFFu) {
        return Error("fat.file_too_large").with("path", std::string(path));
    }
    auto content = readFile(path);
    if (!content) {
        return content.error();
    }
    content->resize(static_cast<std::size_t>(size), 0);
    return writeFile(path, *content);
}

Result<void> FatVolume::remove(std::string_view path) {
    if (auto r = checkWritable(); !r) {
        return r;
    }
    auto at = locate(path);
    if (!at) {
        return at.error();
    }
    if (at->isRoot) {
        return Error("fat.is_a_directory").with("path", "/");
    }
    if (!at->slot) {
        return Error("fat.not_found").with("path", at->path());
    }
    const FatSlot slot = at->parsed.slots[*at->slot];
    if (slot.entry.directory) {
        return Error("fat.is_a_directory").with("path", at->path());
    }
    std::vector<std::uint32_t> chain;
    if (slot.entry.firstCluster != 0) {
        auto c = fat_->chain(slot.entry.firstCluster);
        if (!c) {
            return Error(c.error()).with("path", at->path());
        }
        chain = std::move(c).value();
    }
    if (auto r = countFreeForFsInfo(); !r) {
        return r;
    }
    if (auto r = deleteEntries(at->parent, slot); !r) {
        return r;
    }
    if (auto r = fat_->release(chain); !r) {
        return r;
    }
    if (auto r = flushFat(); !r) {
        return r;
    }
    return finish();
}

Result<void> FatVolume::makeDirectory(std::string_view path) {
    if (auto r = checkWritable(); !r) {
        return r;
    }
    auto at = locate(path);
    if (!at) {
        return at.error();
    }
    if (at->isRoot || at->slot) {
        return Error("fat.exists").with("path", at->path());
    }
    auto name = nameFor(*at);
    if (!name) {
        return name.error();
    }
    auto placement = place(at->parent, at->parsed, name->count());
    if (!placement) {
        return placement.error();
    }
    if (auto r = checkRoom(*at, 1u + std::uint64_t{placement->grow}); !r) {
        return r;
    }
    auto clusters = fat_->allocate(1 + placement->grow);
    if (!clusters) {
        return clusters.error();
    }
    const std::uint32_t self = clusters->front();
    if (auto r = fat_->set(self, fat_->endMark()); !r) {
        return r;
    }
    const std::vector<std::uint32_t> growth(clusters->begin() + 1, clusters->end());
    const bool parentIsRoot =
        at->parent.firstCluster == 0 ||
        (g_.type == FatType::Fat32 && at->parent.firstCluster == g_.rootCluster);
    std::vector<std::uint8_t> content(g_.clusterBytes(), 0);
    auto dot = std::span(content).first(32);
    std::copy(dotName.begin(), dotName.end(), dot.begin());
    dot[DIR_Attr] = ATTR_DIRECTORY;
    setEntryCluster(dot, self);
    stamp(dot, true);
    auto dotDot = std::span(content).subspan(32, 32);
    std::copy(dotDotName.begin(), dotDotName.end(), dotDot.begin());
    dotDot[DIR_Attr] = ATTR_DIRECTORY;
    setEntryCluster(dotDot, parentIsRoot ? 0 : at->parent.firstCluster);
    stamp(dotDot, true);
    if (auto r = writeClusters({self}, content); !r) {
        return r;
    }
    const std::size_t oldDirClusters = at->parent.clusters.size();
    if (auto r = growDirectory(at->parent, growth); !r) {
        return r;
    }
    if (auto r = barrier(); !r) {
        return r;
    }
    if (auto r = linkGrowth(at->parent, oldDirClusters); !r) {
        return r;
    }
    if (auto r = flushFat(); !r) {
        return r;
    }
    auto e = name->shortEntry();
    e[DIR_Attr] = ATTR_DIRECTORY;
    setEntryCluster(e, self);
    stamp(e, true);
    if (auto r = placeEntries(at->parent, *placement, *name); !r) {
        return r;
    }
    return finish();
}

Result<void> FatVolume::removeDirectory(std::string_view path) {
    if (auto r = checkWritable(); !r) {
        return r;
    }
    auto at = locate(path);
    if (!at) {
        return at.error();
    }
    if (at->isRoot) {
        return Error("fat.is_root");
    }
    if (!at->slot) {
        return Error("fat.not_found").with("path", at->path());
    }
    const FatSlot slot = at->parsed.slots[*at->slot];
    if (!slot.entry.directory) {
        return Error("fat.not_a_directory").with("path", at->path());
    }
    auto dir = loadDirectory(slot.entry.firstCluster);
    if (!dir) {
        return dir.error();
    }
    auto parsed = parseDirectory(*dir, g_);
    if (!parsed) {
        return parsed.error();
    }
    if (!parsed->slots.empty()) {
        return Error("fat.directory_not_empty").with("path", at->path());
    }
    if (auto r = countFreeForFsInfo(); !r) {
        return r;
    }
    if (auto r = deleteEntries(at->parent, slot); !r) {
        return r;
    }
    if (auto r = fat_->release(dir->clusters); !r) {
        return r;
    }
    if (auto r = flushFat(); !r) {
        return r;
    }
    return finish();
}

Result<void> FatVolume::rename(std::string_view from, std::string_view to) {
    if (auto r = checkWritable(); !r) {
        return r;
    }
    auto src = locate(from);
    if (!src) {
        return src.error();
    }
    if (src->isRoot) {
        return Error("fat.is_root");
    }
    if (!src->slot) {
        return Error("fat.not_found").with("path", src->path());
    }
    auto dst = locate(to);
    if (!dst) {
        return dst.error();
    }
    if (dst->isRoot) {
        return Error("fat.exists").with("path", "/");
    }
    const FatSlot slot = src->parsed.slots[*src->slot];
    const bool sameDir = src->parent.firstCluster == dst->parent.firstCluster;
    if (dst->slot && !(sameDir && *dst->slot == *src->slot)) {
        return Error("fat.exists").with("path", dst->path());
    }
    if (slot.entry.directory && dst->components.size() > src->components.size()) {
        bool inside = true;
        for (std::size_t i = 0; i < src->components.size() && inside; ++i) {
            auto a = utf8ToUtf16(src->components[i]);
            auto b = utf8ToUtf16(dst->components[i]);
            inside = a && b && sameName(*a, *b);
        }
        if (inside) {
            return Error("fat.move_into_itself").with("path", src->path());
        }
    }
    auto name = nameFor(*dst);
    if (!name) {
        return name.error();
    }
    // The new entry carries everything of the old one but its name.
    auto e = name->shortEntry();
    const auto old = src->parent.entry(slot.shortIndex);
    std::copy(old.begin() + 11, old.end(), e.begin() + 11);
    e[DIR_NTRes] = 0;
    if (sameDir) {
        if (const auto start = sameSectorPlace(dst->parent, dst->parsed, slot, name->count())) {
            // One sector write: a crash leaves the old name or the new one, never both.
            FatDirectory& dir = dst->parent;
            for (std::size_t i = slot.first; i <= slot.shortIndex; ++i) {
                dir.entry(i)[0] = FREE;
            }
            for (std::size_t i = dst->parsed.endIndex; i < *start; ++i) {
                dir.entry(i)[0] = FREE; // no end marker may stay in front of the new run
            }
            std::copy(name->bytes.begin(), name->bytes.end(),
                      dir.data.begin() + static_cast<std::ptrdiff_t>(*start * 32));
            if (auto r = writeDirectorySectors(dir, {dir.sectorOf(*start)}); !r) {
                return r;
            }
            if (auto r = barrier(); !r) {
                return r;
            }
            return finish();
        }
    }
    auto placement = place(dst->parent, dst->parsed, name->count());
    if (!placement) {
        return placement.error();
    }
    if (auto r = checkRoom(*dst, placement->grow); !r) {
        return r;
    }
    std::vector<std::uint32_t> growth;
    if (placement->grow > 0) {
        auto c = fat_->allocate(placement->grow);
        if (!c) {
            return c.error();
        }
        growth = std::move(c).value();
    }
    const std::size_t oldDirClusters = dst->parent.clusters.size();
    if (auto r = growDirectory(dst->parent, growth); !r) {
        return r;
    }
    if (!growth.empty()) {
        if (auto r = barrier(); !r) {
            return r;
        }
    }
    if (auto r = linkGrowth(dst->parent, oldDirClusters); !r) {
        return r;
    }
    if (auto r = flushFat(); !r) {
        return r;
    }
    if (auto r = placeEntries(dst->parent, *placement, *name); !r) {
        return r;
    }
    FatDirectory& srcDir = sameDir ? dst->parent : src->parent;
    if (auto r = deleteEntries(srcDir, slot); !r) {
        return r;
    }
    if (slot.entry.directory && !sameDir) {
        const bool toRoot =
            dst->parent.firstCluster == 0 ||
            (g_.type == FatType::Fat32 && dst->parent.firstCluster == g_.rootCluster);
        const std::uint64_t at = offset_ + g_.clusterOffset(slot.entry.firstCluster);
        std::vector<std::uint8_t> sector(g_.bytesPerSector);
        if (auto r = device_.read(at, sector); !r) {
            return r;
        }
        auto dotDot = std::span(sector).subspan(32, 32);
        if (std::equal(dotDotName.begin(), dotDotName.end(), dotDot.begin())) {
            setEntryCluster(dotDot, toRoot ? 0 : dst->parent.firstCluster);
            if (auto r = write(at, sector); !r) {
                return r;
            }
        }
    }
    return finish();
}

} // namespace imprint::disk
