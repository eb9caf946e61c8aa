// The two checksums ext4 keeps over its metadata: CRC-16 (the gdt_csum feature's group
// descriptor checksum) and CRC-32C (metadata_csum: superblock, descriptors, bitmaps).
#pragma once

#include <cstdint>
#include <span>

namespace imprint::flasher {

// CRC-16 with the polynomial 0x8005, bits reflected, continued from `crc`; no final inversion
// (ext4 starts it at 0xffff).
std::uint16_t extCrc16(std::uint16_t crc, std::span<const std::uint8_t> data);

// CRC-32C (Castagnoli), bits reflected, continued from `crc`; no inversion at either end
// (ext4 starts it at 0xffffffff or at the filesystem's checksum seed).
std::uint32_t extCrc32c(std::uint32_t crc, std::span<const std::uint8_t> data);

} // namespace imprint::flasher
