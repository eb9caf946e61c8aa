// File names in core/ and flasher/ are UTF-8 std::strings on every system. std::filesystem reads a
// plain std::string in the system's narrow encoding, which on Windows is the ANSI code page, not
// UTF-8: these two convert explicitly, so a name like "Bilder/ünï.img" reaches the same file.
#pragma once

#include <filesystem>
#include <string>

namespace imprint {

inline std::filesystem::path pathFromUtf8(const std::string& utf8) {
    return {std::u8string(utf8.begin(), utf8.end())};
}

inline std::string utf8Of(const std::filesystem::path& path) {
    const std::u8string s = path.u8string();
    return {s.begin(), s.end()};
}

} // namespace imprint
