#include "flasher/blockmap/extchecksum.h"

#include <array>

namespace imprint::flasher {
namespace {

// A byte-at-a-time table for a reflected CRC with the given (reflected) polynomial.
template <typename T>
constexpr std::array<T, 256> reflectedTable(T polynomial) {
    std::array<T, 256> table{};
    for (unsigned n = 0; n < 256; ++n) {
        T value = static_cast<T>(n);
        for (int bit = 0; bit < 8; ++bit) {
            value = (value & 1U) != 0 ? static_cast<T>((value >> 1U) ^ polynomial)
                                      : static_cast<T>(value >> 1U);
        }
        table[n] = value;
    }
    return table;
}

constexpr auto kCrc16Table = reflectedTable<std::uint16_t>(0xa001);
constexpr auto kCrc32cTable = reflectedTable<std::uint32_t>(0x82f63b78);

template <typename T, std::size_t N>
T reflectedCrc(const std::array<T, N>& table, T crc, std::span<const std::uint8_t> data) {
    for (const std::uint8_t byte : data) {
        crc = static_cast<T>(table[(crc ^ byte) & 0xffU] ^ (crc >> 8U));
    }
    return crc;
}

} // namespace

std::uint16_t extCrc16(std::uint16_t crc, std::span<const std::uint8_t> data) {
    return reflectedCrc(kCrc16Table, crc, data);
}

std::uint32_t extCrc32c(std::uint32_t crc, std::span<const std::uint8_t> data) {
    return reflectedCrc(kCrc32cTable, crc, data);
}

} // namespace imprint::flasher
