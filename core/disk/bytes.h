// Little-endian field access over byte spans: how every on-disk structure in core/disk is
// read and written (never by casting packed structs over buffers).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace imprint::disk {

inline std::uint8_t le8(std::span<const std::uint8_t> b, std::size_t at) { return b[at]; }
inline std::uint16_t le16(std::span<const std::uint8_t> b, std::size_t at) {
    return static_cast<std::uint16_t>(b[at] | (b[at + 1] << 8));
}
inline std::uint32_t le32(std::span<const std::uint8_t> b, std::size_t at) {
    return static_cast<std::uint32_t>(b[at]) | (static_cast<std::uint32_t>(b[at + 1]) << 8) |
           (static_cast<std::uint32_t>(b[at + 2]) << 16) |
           (static_cast<std::uint32_t>(b[at + 3]) << 24);
}
inline std::uint64_t le64(std::span<const std::uint8_t> b, std::size_t at) {
    return le32(b, at) | (std::uint64_t{le32(b, at + 4)} << 32);
}
inline void put8(std::span<std::uint8_t> b, std::size_t at, std::uint8_t v) { b[at] = v; }
inline void put16(std::span<std::uint8_t> b, std::size_t at, std::uint16_t v) {
    b[at] = static_cast<std::uint8_t>(v);
    b[at + 1] = static_cast<std::uint8_t>(v >> 8);
}
inline void put32(std::span<std::uint8_t> b, std::size_t at, std::uint32_t v) {
    for (std::size_t i = 0; i < 4; ++i) {
        b[at + i] = static_cast<std::uint8_t>(v >> (8 * i));
    }
}

} // namespace imprint::disk
