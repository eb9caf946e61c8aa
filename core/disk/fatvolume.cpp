// FatVolume: opening, path lookup and reading. The changes are in fatvolume_write.cpp.
#include "core/disk/fatvolume.h"

#include "core/disk/bytes.h"
#include "core/disk/fatdirectory.h"
#include "core/disk/fatinternal.h"
#include "core/disk/fattable.h"

#include <algorithm>

namespace imprint::disk {

using namespace dirent;

std::vector<std::string> splitPath(std::string_view path) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i <= path.size()) {
        const auto j = std::min(path.find('/', i), path.size());
        if (j > i) {
            out.emplace_back(path.substr(i, j - i));
        }
        i = j + 1;
    }
    return out;
}

std::optional<std::size_t> findSlot(const ParsedDirectory& parsed, std::u16string_view name) {
    for (std::size_t i = 0; i < parsed.slots.size(); ++i) {
        const auto& s = parsed.slots[i];
        if (!s.longName.empty() && sameName(s.longName, name)) {
            return i;
        }
    }
    // Then the short aliases, so "CONFIG~1.JSO" finds config.json too.
    for (std::size_t i = 0; i < parsed.slots.size(); ++i) {
        const auto alias = utf8ToUtf16(parsed.slots[i].entry.shortName);
        if (alias && sameName(*alias, name)) {
            return i;
        }
    }
    return std::nullopt;
}

FatVolume::FatVolume(BlockDevice& device, std::uint64_t offset, FatGeometry geometry,
                     Options options)
    : device_(device), offset_(offset), g_(std::move(geometry)), options_(std::move(options)) {
    fat_ = std::make_unique<FatTable>(device_, offset_, g_);
}

FatVolume::~FatVolume() = default;

Result<std::unique_ptr<FatVolume>> FatVolume::open(BlockDevice& device, std::uint64_t offset,
                                                   std::uint64_t length, Options options) {
    if (offset > device.size() || length > device.size() - offset) {
        return Error("disk.out_of_range")
            .with("offset", std::to_string(offset))
            .with("length", std::to_string(length))
            .with("size", std::to_string(device.size()));
    }
    if (length < 512) {
        return Error("fat.not_fat");
    }
    std::vector<std::uint8_t> boot(512);
    if (auto r = device.read(offset, boot); !r) {
        return r.error();
    }
    auto g = FatGeometry::parse(boot, length);
    if (!g) {
        return g.error();
    }
    auto volume = std::unique_ptr<FatVolume>(
        new FatVolume(device, offset, std::move(g).value(), std::move(options)));
    // FSI_Nxt_Free is only a hint where to start looking for free clusters.
    if (volume->g_.type == FatType::Fat32 && volume->g_.fsInfoSector != 0) {
        std::vector<std::uint8_t> info(volume->g_.bytesPerSector);
        if (auto r = device.read(
                offset + std::uint64_t{volume->g_.fsInfoSector} * volume->g_.bytesPerSector, info);
            !r) {
            return r.error();
        }
        if (le32(info, FSI_LeadSig) == 0x41615252 && le32(info, FSI_StrucSig) == 0x61417272) {
            volume->fat_->setNextFreeHint(le32(info, FSI_Nxt_Free));
        }
    }
    return volume;
}

Result<void> FatVolume::checkWritable() {
    if (device_.readOnly()) {
        return Error("disk.read_only").with("path", "");
    }
    return {};
}

Result<FatDirectory> FatVolume::loadRoot() {
    return loadDirectory(g_.type == FatType::Fat32 ? g_.rootCluster : 0);
}

Result<FatDirectory> FatVolume::loadDirectory(std::uint32_t firstCluster) {
    if (firstCluster == 0 && g_.type == FatType::Fat32) {
        firstCluster = g_.rootCluster; // ".." of a top-level directory says 0 for the root
    }
    if (auto cached = directoryCache_.find(firstCluster); cached != directoryCache_.end()) {
        return *cached->second;
    }
    auto dir = readDirectory(firstCluster);
    if (dir) {
        directoryCache_[firstCluster] = std::make_shared<const FatDirectory>(*dir);
    }
    return dir;
}

Result<FatDirectory> FatVolume::readDirectory(std::uint32_t firstCluster) {
    if (firstCluster != 0) {
        return readClusterDirectory(firstCluster);
    }
    FatDirectory dir;
    dir.firstCluster = 0;
    dir.bytesPerSector = g_.bytesPerSector;
    dir.data.resize(std::size_t{g_.rootDirSectors} * g_.bytesPerSector);
    for (std::uint32_t s = 0; s < g_.rootDirSectors; ++s) {
        dir.sectorOffsets.push_back(offset_ + g_.rootDirOffset() +
                                    std::uint64_t{s} * g_.bytesPerSector);
    }
    if (auto r = device_.read(offset_ + g_.rootDirOffset(), dir.data); !r) {
        return r.error();
    }
    return dir;
}

Result<FatDirectory> FatVolume::readClusterDirectory(std::uint32_t firstCluster) {
    // The spec caps a directory at 65536 entries (2 MiB).
    const std::size_t maxClusters = std::max<std::size_t>(1, (2u << 20) / g_.clusterBytes());
    auto chain = fat_->chain(firstCluster, maxClusters + 1);
    if (!chain) {
        return chain.error();
    }
    if (chain->size() > maxClusters) {
        return Error("fat.directory_too_large").with("cluster", std::to_string(firstCluster));
    }
    FatDirectory dir;
    dir.firstCluster = firstCluster;
    dir.clusters = std::move(chain).value();
    dir.bytesPerSector = g_.bytesPerSector;
    dir.data.resize(dir.clusters.size() * g_.clusterBytes());
    if (auto r = readClusters(dir.clusters, dir.data); !r) {
        return r.error();
    }
    for (const std::uint32_t c : dir.clusters) {
        for (std::uint32_t s = 0; s < g_.sectorsPerCluster; ++s) {
            dir.sectorOffsets.push_back(offset_ + g_.clusterOffset(c) +
                                        std::uint64_t{s} * g_.bytesPerSector);
        }
    }
    return dir;
}

Result<void> FatVolume::readClusters(const std::vector<std::uint32_t>& clusters,
                                     std::span<std::uint8_t> out) {
    const std::size_t cb = g_.clusterBytes();
    std::size_t i = 0;
    while (i < clusters.size() && i * cb < out.size()) {
        std::size_t j = i + 1;
        while (j < clusters.size() && clusters[j] == clusters[j - 1] + 1) {
            ++j;
        }
        const std::size_t begin = i * cb;
        const std::size_t length = std::min(j * cb, out.size()) - begin;
        if (auto r =
                device_.read(offset_ + g_.clusterOffset(clusters[i]), out.subspan(begin, length));
            !r) {
            return r;
        }
        i = j;
    }
    return {};
}

Result<FatDirectory> FatVolume::walkToDirectory(const std::vector<std::string>& components,
                                                std::size_t count) {
    auto dir = loadRoot();
    if (!dir) {
        return dir;
    }
    std::string walked;
    for (std::size_t i = 0; i < count; ++i) {
        walked += "/" + components[i];
        auto parsed = parseDirectory(*dir, g_);
        if (!parsed) {
            return parsed.error();
        }
        auto name = utf8ToUtf16(components[i]);
        if (!name) {
            return name.error();
        }
        const auto slot = findSlot(*parsed, *name);
        if (!slot) {
            return Error("fat.not_found").with("path", walked);
        }
        const FatEntry& e = parsed->slots[*slot].entry;
        if (!e.directory) {
            return Error("fat.not_a_directory").with("path", walked);
        }
        dir = loadDirectory(e.firstCluster);
        if (!dir) {
            return dir;
        }
    }
    return dir;
}

Result<FatVolume::Located> FatVolume::locate(std::string_view path) {
    Located at;
    at.components = splitPath(path);
    const std::size_t n = at.components.size();
    auto parent = walkToDirectory(at.components, n == 0 ? 0 : n - 1);
    if (!parent) {
        return parent.error();
    }
    at.parent = std::move(parent).value();
    auto parsed = parseDirectory(at.parent, g_);
    if (!parsed) {
        return parsed.error();
    }
    at.parsed = std::move(parsed).value();
    if (n == 0) {
        at.isRoot = true;
        return at;
    }
    auto name = utf8ToUtf16(at.components.back());
    if (!name) {
        return name.error();
    }
    at.name = std::move(name).value();
    at.slot = findSlot(at.parsed, at.name);
    return at;
}

std::string FatVolume::Located::path() const {
    std::string p;
    for (const auto& c : components) {
        p += "/" + c;
    }
    return p.empty() ? "/" : p;
}

Result<std::string> FatVolume::label() {
    auto root = loadRoot();
    if (!root) {
        return root.error();
    }
    auto parsed = parseDirectory(*root, g_);
    if (!parsed) {
        return parsed.error();
    }
    return parsed->label.empty() ? g_.bootLabel : parsed->label;
}

Result<std::vector<FatEntry>> FatVolume::list(std::string_view path) {
    auto at = locate(path);
    if (!at) {
        return at.error();
    }
    ParsedDirectory parsed;
    if (at->isRoot) {
        parsed = std::move(at->parsed);
    } else {
        if (!at->slot) {
            return Error("fat.not_found").with("path", at->path());
        }
        const FatEntry& e = at->parsed.slots[*at->slot].entry;
        if (!e.directory) {
            return Error("fat.not_a_directory").with("path", at->path());
        }
        auto dir = loadDirectory(e.firstCluster);
        if (!dir) {
            return dir.error();
        }
        auto p = parseDirectory(*dir, g_);
        if (!p) {
            return p.error();
        }
        parsed = std::move(p).value();
    }
    std::vector<FatEntry> out;
    out.reserve(parsed.slots.size());
    for (auto& s : parsed.slots) {
        out.push_back(std::move(s.entry));
    }
    return out;
}

Result<std::optional<FatEntry>> FatVolume::stat(std::string_view path) {
    auto at = locate(path);
    if (!at) {
        if (at.error().code == "fat.not_found") {
            return std::optional<FatEntry>();
        }
        return at.error();
    }
    if (at->isRoot) {
        FatEntry root;
        root.name = "/";
        root.directory = true;
        root.attributes = ATTR_DIRECTORY;
        return std::optional<FatEntry>(root);
    }
    if (!at->slot) {
        return std::optional<FatEntry>();
    }
    return std::optional<FatEntry>(at->parsed.slots[*at->slot].entry);
}

Result<std::vector<std::uint8_t>> FatVolume::readFile(std::string_view path) {
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
    const FatEntry& e = at->parsed.slots[*at->slot].entry;
    if (e.directory) {
        return Error("fat.is_a_directory").with("path", at->path());
    }
    return readChain(e.firstCluster, e.size, at->path());
}

Result<std::vector<std::uint8_t>> FatVolume::readChain(std::uint32_t first, std::uint32_t size,
                                                       const std::string& path) {
    std::vector<std::uint8_t> out;
    if (size == 0) {
        return out;
    }
    const std::size_t needed = (std::size_t{size} + g_.clusterBytes() - 1) / g_.clusterBytes();
    auto chain = fat_->chain(first, needed);
    if (!chain) {
        return chain.error().code.empty() ? chain.error() : Error(chain.error()).with("path", path);
    }
    if (chain->size() < needed) {
        return Error("fat.chain_too_short")
            .with("path", path)
            .with("size", std::to_string(size))
            .with("clusters", std::to_string(chain->size()));
    }
    out.resize(size);
    if (auto r = readClusters(*chain, out); !r) {
        return r.error();
    }
    return out;
}

Result<std::uint64_t> FatVolume::freeBytes() {
    auto n = fat_->freeClusters();
    if (!n) {
        return n.error();
    }
    return std::uint64_t{*n} * g_.clusterBytes();
}

} // namespace imprint::disk
