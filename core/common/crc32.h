// CRC-32 (ISO-HDLC: reflected polynomial 0xEDB88320, initial and final value 0xFFFFFFFF), the
// checksum of PNG chunks and of GPT headers and entry arrays.
#pragma once

#include <cstdint>
#include <span>

namespace imprint {

std::uint32_t crc32(std::span<const std::uint8_t> data);

} // namespace imprint
