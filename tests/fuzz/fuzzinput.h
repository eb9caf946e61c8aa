// What a fuzz input becomes for the text parsers: its bytes as text, and a check that stops the
// run (a finding, like a crash) when a documented property of the parser does not hold.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace imprint::fuzz {

inline std::string_view text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// The input's first line (without its newline) and the rest, for harnesses that take two texts.
inline std::pair<std::string_view, std::string_view> firstLine(std::string_view all) {
    const auto newline = all.find('\n');
    if (newline == std::string_view::npos) {
        return {all, {}};
    }
    return {all.substr(0, newline), all.substr(newline + 1)};
}

inline void require(bool holds, const char* what) {
    if (!holds) {
        std::fprintf(stderr, "property broken: %s\n", what);
        std::abort();
    }
}

} // namespace imprint::fuzz
