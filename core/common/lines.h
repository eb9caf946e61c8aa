// The lines of a small text file (os-release, a NetworkManager keyfile): each one without its
// "\n" and without a "\r" before it, so files written on Windows read the same.
#pragma once

#include <string_view>

namespace imprint {

template <typename Visit>
void forEachLine(std::string_view text, Visit&& visit) {
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        visit(line);
    }
}

} // namespace imprint
