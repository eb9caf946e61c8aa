#include "core/provision/splashlogo.h"

#include "core/common/crc32.h"

#include <algorithm>
#include <array>

namespace imprint::provision {
namespace {

std::uint32_t be32(std::span<const std::uint8_t> d, std::size_t at) {
    return (std::uint32_t{d[at]} << 24U) | (std::uint32_t{d[at + 1]} << 16U) |
           (std::uint32_t{d[at + 2]} << 8U) | d[at + 3];
}

// Bit depths the PNG specification allows for each colour type.
bool validDepth(std::uint8_t colorType, std::uint8_t depth) {
    switch (colorType) {
    case 0:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case 3:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    case 2:
    case 4:
    case 6:
        return depth == 8 || depth == 16;
    default:
        return false;
    }
}

} // namespace

Result<PngInfo> checkPng(std::span<const std::uint8_t> data) {
    static constexpr std::array<std::uint8_t, 8> signature{0x89, 'P',  'N',  'G',
                                                           '\r', '\n', 0x1A, '\n'};
    if (data.size() < signature.size() ||
        !std::equal(signature.begin(), signature.end(), data.begin())) {
        return Error("logo.not_png").at(0);
    }
    PngInfo info;
    bool sawHeader = false;
    bool sawData = false;
    std::size_t at = signature.size();
    while (true) {
        if (data.size() - at < 12) {
            return Error("logo.truncated").at(at);
        }
        const std::uint32_t length = be32(data, at);
        const std::string type(reinterpret_cast<const char*>(data.data() + at + 4), 4);
        if (length > 0x7FFFFFFFU || data.size() - at - 12 < length) {
            return Error("logo.truncated").at(at);
        }
        const auto chunk = data.subspan(at + 4, length + 4); // type and data
        if (crc32(chunk) != be32(data, at + 8 + length)) {
            return Error("logo.bad_crc").with("chunk", type).at(at);
        }
        if (!sawHeader) {
            if (type != "IHDR" || length != 13) {
                return Error("logo.no_ihdr").at(at);
            }
            sawHeader = true;
            info.width = be32(data, at + 8);
            info.height = be32(data, at + 12);
            info.bitDepth = data[at + 16];
            info.colorType = data[at + 17];
            const bool methods = data[at + 18] == 0 && data[at + 19] == 0 && data[at + 20] <= 1;
            if (!validDepth(info.colorType, info.bitDepth) || !methods) {
                return Error("logo.bad_header").at(at);
            }
            if (info.width == 0 || info.height == 0 || info.width > maxLogoSide ||
                info.height > maxLogoSide) {
                return Error("logo.bad_dimensions")
                    .with("width", std::to_string(info.width))
                    .with("height", std::to_string(info.height))
                    .with("max", std::to_string(maxLogoSide))
                    .at(at + 8);
            }
        } else if (type == "IDAT") {
            sawData = true;
        } else if (type == "IEND") {
            if (!sawData) {
                return Error("logo.no_image_data").at(at);
            }
            if (at + 12 != data.size()) {
                return Error("logo.data_after_end").at(at + 12);
            }
            return info;
        }
        at += 12 + length;
    }
}

Result<void> checkLogoFits(std::uint64_t newSize, std::uint64_t oldSize, std::uint64_t freeBytes,
                           std::uint32_t clusterSize) {
    const std::uint64_t cluster = clusterSize == 0 ? 1 : clusterSize;
    const auto rounded = [&](std::uint64_t n) { return (n + cluster - 1) / cluster * cluster; };
    const std::uint64_t available = freeBytes + rounded(oldSize);
    if (rounded(newSize) > available) {
        return Error("logo.too_large")
            .with("size", std::to_string(newSize))
            .with("available", std::to_string(available));
    }
    return {};
}

std::string splashLogoPath(const std::vector<std::string>& present) {
    for (const char* name : {"splash/balena-logo.png", "splash/resin-logo.png"}) {
        if (std::find(present.begin(), present.end(), name) != present.end()) {
            return name;
        }
    }
    return "splash/balena-logo.png";
}

} // namespace imprint::provision
