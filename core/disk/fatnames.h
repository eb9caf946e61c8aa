// FAT file names: long names (UTF-16 in VFAT entries) and their 8.3 short aliases, with the
// checksum that ties them together and the ~N tails that keep aliases unique. Internal.
#pragma once

#include "core/common/result.h"

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace imprint::disk {

using ShortName = std::array<std::uint8_t, 11>; // DIR_Name: 8 base + 3 extension, space padded

// UTF-8 <-> UTF-16. Errors: fat.invalid_name {name} on malformed UTF-8.
Result<std::u16string> utf8ToUtf16(std::string_view text);
std::string utf16ToUtf8(std::u16string_view text);

// Checks a long name (one path component). Errors: fat.invalid_name {name, reason}.
Result<std::u16string> validateLongName(std::string_view name);

// Case-insensitive equality as FAT lookups need it (ASCII letters fold).
bool sameName(std::u16string_view a, std::u16string_view b);

// The checksum stored in every long-name entry of a short name.
std::uint8_t shortNameChecksum(const ShortName& name);

// The displayed form of a short name ("README.TXT"), honouring the DIR_NTRes lower-case bits.
std::string shortNameText(const ShortName& name, std::uint8_t ntRes);

// When the long name is itself a valid upper-case 8.3 name, that short name (no long entries
// needed); otherwise the basis of a generated alias and whether it lost information.
struct ShortNamePlan {
    ShortName name{};
    bool needsLongName = true;
    bool needsTail = false;
};
ShortNamePlan planShortName(std::u16string_view longName);

// A short alias not in use: the basis as is when allowed, else BASIS~N with the smallest free N.
// Errors: fat.aliases_exhausted.
Result<ShortName> uniqueShortName(const ShortNamePlan& plan,
                                  const std::function<bool(const ShortName&)>& inUse);

} // namespace imprint::disk
