#include "flasher/blockmap/blockmap.h"

#include "flasher/platform/file.h"

#include <cctype>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <sstream>
#include <string_view>
#include <utility>
#include <vector>

namespace imprint::flasher {

BlockMap BlockMap::whole(std::uint64_t imageSize) {
    BlockMap m;
    m.imageSize = imageSize;
    if (imageSize > 0) {
        m.ranges.push_back({0, imageSize, {}});
    }
    return m;
}

std::uint64_t BlockMap::mappedBytes() const {
    std::uint64_t total = 0;
    for (const auto& r : ranges) {
        total += r.length;
    }
    return total;
}

RangeChecksum::RangeChecksum(const std::string& type) {
    if (type == "sha1") {
        kind_ = platform::Digest::Kind::Sha1;
    } else if (type == "sha256") {
        kind_ = platform::Digest::Kind::Sha256;
    }
    reset();
}

RangeChecksum::~RangeChecksum() = default;

void RangeChecksum::reset() {
    if (kind_) {
        digest_ = std::make_unique<platform::Digest>(*kind_);
    }
}

void RangeChecksum::update(const void* data, std::size_t size) {
    if (digest_) {
        digest_->update(data, size);
    }
}

std::string RangeChecksum::hexDigest() { return digest_ ? digest_->hexFinal() : std::string(); }

namespace {

std::string trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())) != 0) {
        s.remove_prefix(1);
    }
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())) != 0) {
        s.remove_suffix(1);
    }
    return std::string(s);
}

// The text of the first <tag>...</tag>, with its position; nullopt when absent.
std::optional<std::pair<std::string, std::size_t>> element(const std::string& xml,
                                                           const std::string& tag) {
    const auto open = xml.find("<" + tag + ">");
    if (open == std::string::npos) {
        return std::nullopt;
    }
    const auto start = open + tag.size() + 2;
    const auto close = xml.find("</" + tag + ">", start);
    if (close == std::string::npos) {
        return std::nullopt;
    }
    return std::make_pair(trim(std::string_view(xml).substr(start, close - start)), start);
}

bool toNumber(const std::string& s, std::uint64_t& out) {
    if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos || s.size() > 19) {
        return false;
    }
    out = std::strtoull(s.c_str(), nullptr, 10);
    return true;
}

std::string attribute(std::string_view tagText, std::string_view name) {
    const auto at = tagText.find(std::string(name) + "=\"");
    if (at == std::string_view::npos) {
        return {};
    }
    const auto start = at + name.size() + 2;
    const auto end = tagText.find('"', start);
    return end == std::string_view::npos ? std::string()
                                         : std::string(tagText.substr(start, end - start));
}

} // namespace

Result<BlockMap> parseBmap(const std::string& xml) {
    const auto root = xml.find("<bmap");
    if (root == std::string::npos) {
        return Error("bmap.bad").with("detail", "bmap.no_bmap_element");
    }
    const auto rootEnd = xml.find('>', root);
    const std::string version =
        attribute(std::string_view(xml).substr(root, rootEnd - root), "version");
    const int major = std::atoi(version.c_str());
    if (major != 1 && major != 2) {
        return Error("bmap.unsupported_version").with("version", version);
    }
    BlockMap map;
    std::uint64_t imageSize = 0;
    std::uint64_t blockSize = 0;
    const auto size = element(xml, "ImageSize");
    const auto block = element(xml, "BlockSize");
    if (!size || !toNumber(size->first, imageSize) || !block ||
        !toNumber(block->first, blockSize) || blockSize == 0 || blockSize > (1U << 30)) {
        return Error("bmap.bad").with("detail", "bmap.no_sizes");
    }
    map.imageSize = imageSize;
    map.blockSize = static_cast<std::uint32_t>(blockSize);
    std::string fileChecksumTag;
    if (major == 1) {
        map.checksumType = "sha1";
        fileChecksumTag = "BmapFileSHA1";
    } else {
        const auto type = element(xml, "ChecksumType");
        map.checksumType = type ? type->first : std::string();
        fileChecksumTag = "BmapFileChecksum";
        if (map.checksumType != "sha256" && map.checksumType != "sha1") {
            return Error("bmap.bad")
                .with("detail", "bmap.unknown_checksum_type")
                .with("type", map.checksumType);
        }
    }
    // The file's own checksum: computed over the file with its value replaced by zeros.
    if (const auto own = element(xml, fileChecksumTag)) {
        std::string zeroed = xml;
        const auto valueAt = zeroed.find(own->first, own->second);
        zeroed.replace(valueAt, own->first.size(), std::string(own->first.size(), '0'));
        RangeChecksum sum(map.checksumType);
        sum.update(zeroed.data(), zeroed.size());
        if (sum.hexDigest() != own->first) {
            return Error("bmap.file_checksum_mismatch");
        }
    }
    const auto blocks = (imageSize + blockSize - 1) / blockSize;
    const std::string checksumAttr = major == 1 ? "sha1" : "chksum";
    std::size_t p = 0;
    std::uint64_t previousEnd = 0;
    while ((p = xml.find("<Range", p)) != std::string::npos) {
        const auto tagEnd = xml.find('>', p);
        const auto close = xml.find("</Range>", p);
        if (tagEnd == std::string::npos || close == std::string::npos || close < tagEnd) {
            return Error("bmap.bad").with("detail", "bmap.unterminated_range");
        }
        const std::string_view tag = std::string_view(xml).substr(p, tagEnd - p);
        const std::string text = trim(std::string_view(xml).substr(tagEnd + 1, close - tagEnd - 1));
        const auto dash = text.find('-');
        std::uint64_t first = 0;
        std::uint64_t last = 0;
        if (!toNumber(text.substr(0, dash), first) ||
            !toNumber(dash == std::string::npos ? text : text.substr(dash + 1), last) ||
            last < first || last >= blocks || (first * blockSize < previousEnd)) {
            return Error("bmap.bad").with("detail", "bmap.bad_range").with("range", text);
        }
        MappedRange r;
        r.offset = first * blockSize;
        r.length = std::min<std::uint64_t>((last + 1) * blockSize, imageSize) - r.offset;
        r.checksum = attribute(tag, checksumAttr);
        previousEnd = r.end();
        map.ranges.push_back(std::move(r));
        p = close;
    }
    return map;
}

// A bmap lists ranges in text: even a 2 TB image with a million ranges stays under this.
constexpr std::uint64_t kMaxBmapBytes = 256u << 20;

Result<BlockMap> loadBmap(const std::string& path) {
    std::string text;
    if (const int error = platform::readWholeFile(path, text, kMaxBmapBytes); error != 0) {
        return Error("bmap.open_failed")
            .with("path", path)
            .with("detail", platform::errorText(error));
    }
    auto map = parseBmap(text);
    if (!map) {
        return std::move(map).takeError().with("path", path);
    }
    return map;
}

std::string findBmapBeside(const std::string& image) {
    std::vector<std::string> candidates{image + ".bmap"};
    for (std::string_view ext : {".xz", ".gz", ".zst", ".bz2", ".zip"}) {
        if (image.size() > ext.size() && image.ends_with(ext)) {
            const std::string base = image.substr(0, image.size() - ext.size());
            candidates.push_back(base + ".bmap");
            const auto dot = base.rfind('.');
            const auto slash = base.rfind('/');
            if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) {
                candidates.push_back(base.substr(0, dot) + ".bmap");
            }
        }
    }
    for (const auto& c : candidates) {
        if (platform::statusOf(c).kind == platform::FileKind::Regular) {
            return c;
        }
    }
    return {};
}

} // namespace imprint::flasher
