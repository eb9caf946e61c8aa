#include "core/disk/osrelease.h"

#include "core/common/lines.h"

#include <cctype>

namespace imprint::disk {

std::map<std::string, std::string> parseOsRelease(std::string_view text) {
    std::map<std::string, std::string> out;
    forEachLine(text, [&](std::string_view line) {
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())) != 0) {
            line.remove_suffix(1);
        }
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front())) != 0) {
            line.remove_prefix(1);
        }
        const auto eq = line.find('=');
        if (line.empty() || line.front() == '#' || eq == std::string_view::npos || eq == 0) {
            return;
        }
        std::string value(line.substr(eq + 1));
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
            value.back() == value.front()) {
            value = value.substr(1, value.size() - 2);
        }
        out[std::string(line.substr(0, eq))] = value;
    });
    return out;
}

} // namespace imprint::disk
