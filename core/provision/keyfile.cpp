#include "core/provision/keyfile.h"

#include "core/common/lines.h"

#include <algorithm>

namespace imprint::provision {

void KeyFile::set(const std::string& group, const std::string& key, const std::string& value) {
    for (auto& g : groups_) {
        if (g.name == group) {
            for (auto& e : g.entries) {
                if (e.first == key) {
                    e.second = value;
                    return;
                }
            }
            g.entries.emplace_back(key, value);
            return;
        }
    }
    groups_.push_back({group, {{key, value}}});
}

std::optional<std::string> KeyFile::get(std::string_view group, std::string_view key) const {
    for (const auto& g : groups_) {
        if (g.name == group) {
            for (const auto& e : g.entries) {
                if (e.first == key) {
                    return e.second;
                }
            }
        }
    }
    return std::nullopt;
}

bool KeyFile::hasGroup(std::string_view group) const {
    for (const auto& g : groups_) {
        if (g.name == group) {
            return true;
        }
    }
    return false;
}

std::string KeyFile::escape(std::string_view value) {
    std::size_t trailing = value.size();
    while (trailing > 0 && value[trailing - 1] == ' ') {
        --trailing;
    }
    std::string out;
    bool leading = true;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == ' ' && (leading || i >= trailing)) {
            out += "\\s";
            continue;
        }
        leading = false;
        switch (c) {
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

std::string KeyFile::unescape(std::string_view value) {
    std::string out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] != '\\' || i + 1 == value.size()) {
            out += value[i];
            continue;
        }
        const char e = value[++i];
        switch (e) {
        case 's':
            out += ' ';
            break;
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'r':
            out += '\r';
            break;
        case '\\':
            out += '\\';
            break;
        default:
            out += '\\';
            out += e;
            break;
        }
    }
    return out;
}

std::vector<std::string> KeyFile::list(std::string_view value) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < value.size()) {
        const auto end = std::min(value.find(';', start), value.size());
        if (end > start) {
            out.emplace_back(value.substr(start, end - start));
        }
        start = end + 1;
    }
    return out;
}

std::string KeyFile::toText() const {
    std::string out;
    for (const auto& g : groups_) {
        if (!out.empty()) {
            out += '\n';
        }
        out += '[' + g.name + "]\n";
        for (const auto& [key, value] : g.entries) {
            out += key + '=' + escape(value) + '\n';
        }
    }
    return out;
}

KeyFile KeyFile::parse(std::string_view text) {
    KeyFile file;
    std::string current;
    forEachLine(text, [&](std::string_view line) {
        std::size_t first = 0;
        while (first < line.size() && (line[first] == ' ' || line[first] == '\t')) {
            ++first;
        }
        line.remove_prefix(first);
        if (line.empty() || line.front() == '#') {
            return;
        }
        if (line.front() == '[') {
            const auto close = line.find(']');
            if (close != std::string_view::npos) {
                current = std::string(line.substr(1, close - 1));
                if (!file.hasGroup(current)) {
                    file.groups_.push_back({current, {}});
                }
            }
            return;
        }
        const auto eq = line.find('=');
        if (eq == std::string_view::npos || current.empty()) {
            return;
        }
        std::string_view key = line.substr(0, eq);
        while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) {
            key.remove_suffix(1);
        }
        std::string_view value = line.substr(eq + 1);
        while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) {
            value.remove_prefix(1);
        }
        file.set(current, std::string(key), unescape(value));
    });
    return file;
}

} // namespace imprint::provision
