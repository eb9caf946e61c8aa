#include "core/config/json.h"

#include <cstdint>
#include <optional>
#include <unordered_set>
#include <vector>

namespace imprint::config {
namespace {

struct Position {
    std::size_t line = 1;
    std::size_t column = 1;
};

// Line and column (in characters, 1-based) of a byte offset.
Position positionOf(std::string_view text, std::size_t offset) {
    Position p;
    const std::size_t end = offset < text.size() ? offset : text.size();
    for (std::size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0U) != 0x80U) {
            ++p.column;
        }
    }
    return p;
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0U | (cp >> 6U));
        out += static_cast<char>(0x80U | (cp & 0x3FU));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0U | (cp >> 12U));
        out += static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU));
        out += static_cast<char>(0x80U | (cp & 0x3FU));
    } else {
        out += static_cast<char>(0xF0U | (cp >> 18U));
        out += static_cast<char>(0x80U | ((cp >> 12U) & 0x3FU));
        out += static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU));
        out += static_cast<char>(0x80U | (cp & 0x3FU));
    }
}

// Walks the structure of JSON text (already known to parse, or up to a syntax error) to find
// what nlohmann's parser does not report: duplicate keys, with their offset, and the JSON
// pointer of the value at a given offset.
class StructureScanner {
public:
    explicit StructureScanner(std::string_view text) : text_(text) {}

    struct Duplicate {
        std::string key;
        std::string pointer;
        std::size_t offset = 0;
    };

    // Scans up to `limit` bytes; stops at the first duplicate key.
    std::optional<Duplicate> scan(std::size_t limit) {
        const std::size_t end = limit < text_.size() ? limit : text_.size();
        std::size_t i = 0;
        while (i < end) {
            const char c = text_[i];
            if (c == '{' || c == '[') {
                frames_.push_back({c == '{', {}, {}, 0, c == '{', false});
                if (!frames_.back().isObject) {
                    frames_.back().hasValue = true;
                }
                ++i;
            } else if (c == '}' || c == ']') {
                if (!frames_.empty()) {
                    frames_.pop_back();
                }
                ++i;
            } else if (c == ',') {
                if (!frames_.empty()) {
                    auto& f = frames_.back();
                    if (f.isObject) {
                        f.expectKey = true;
                        f.hasValue = false;
                    } else {
                        ++f.index;
                    }
                }
                ++i;
            } else if (c == '"') {
                const std::size_t start = i;
                std::string s = readString(i, end);
                if (!frames_.empty() && frames_.back().isObject && frames_.back().expectKey) {
                    auto& f = frames_.back();
                    f.expectKey = false;
                    f.hasValue = true;
                    f.key = s;
                    if (!f.keys.insert(s).second) {
                        return Duplicate{s, pointer(), start};
                    }
                }
            } else {
                ++i;
            }
        }
        return std::nullopt;
    }

    // The pointer of the innermost value the scan was in.
    [[nodiscard]] std::string pointer() const {
        std::string p;
        for (const auto& f : frames_) {
            if (!f.hasValue) {
                break;
            }
            p += '/';
            p += f.isObject ? pointerToken(f.key) : std::to_string(f.index);
        }
        return p;
    }

private:
    struct Frame {
        bool isObject;
        std::unordered_set<std::string> keys;
        std::string key;
        std::size_t index;
        bool expectKey;
        bool hasValue;
    };

    static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    std::uint32_t readHex4(std::size_t at, std::size_t end) const {
        std::uint32_t v = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            if (at + k >= end || hexValue(text_[at + k]) < 0) {
                return 0xFFFD;
            }
            v = (v << 4U) | static_cast<std::uint32_t>(hexValue(text_[at + k]));
        }
        return v;
    }

    // Reads a string starting at the quote at i, decoding escapes (so "a\u0062" equals "ab").
    std::string readString(std::size_t& i, std::size_t end) const {
        std::string out;
        ++i;
        while (i < end && text_[i] != '"') {
            if (text_[i] != '\\') {
                out += text_[i++];
                continue;
            }
            if (i + 1 >= end) {
                i = end;
                break;
            }
            const char e = text_[i + 1];
            i += 2;
            switch (e) {
            case 'n':
                out += '\n';
                break;
            case 't':
                out += '\t';
                break;
            case 'r':
                out += '\r';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'u': {
                std::uint32_t cp = readHex4(i, end);
                i += 4;
                if (cp >= 0xD800 && cp < 0xDC00 && i + 6 <= end && text_[i] == '\\' &&
                    text_[i + 1] == 'u') {
                    const std::uint32_t low = readHex4(i + 2, end);
                    if (low >= 0xDC00 && low < 0xE000) {
                        cp = 0x10000 + ((cp - 0xD800) << 10U) + (low - 0xDC00);
                        i += 6;
                    }
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                out += e;
                break;
            }
        }
        if (i < end) {
            ++i; // the closing quote
        }
        return out;
    }

    std::string_view text_;
    std::vector<Frame> frames_;
};

// The token nlohmann names in its message ("... last read: '<token>'"), without the prose.
std::string lastToken(const std::string& what) {
    const std::string marker = "last read: '";
    const auto at = what.find(marker);
    if (at == std::string::npos) {
        return {};
    }
    const auto start = at + marker.size();
    const auto end = what.find('\'', start);
    std::string token =
        what.substr(start, end == std::string::npos ? std::string::npos : end - start);
    return token;
}

// What nlohmann's out_of_range message quotes: "number overflow parsing '1e999'".
std::string quotedToken(const std::string& what) {
    const auto open = what.find('\'');
    const auto close = what.rfind('\'');
    return open == std::string::npos || close <= open ? std::string()
                                                      : what.substr(open + 1, close - open - 1);
}

Error syntaxError(std::string_view text, std::size_t offset, const std::string& token) {
    StructureScanner scanner(text);
    (void)scanner.scan(offset);
    const Position p = positionOf(text, offset);
    const bool truncated = offset >= text.size();
    return Error(truncated ? "json.truncated" : "json.syntax")
        .with("line", std::to_string(p.line))
        .with("column", std::to_string(p.column))
        .with("token", token.size() > 40 ? token.substr(0, 40) + "..." : token)
        .at(offset)
        .atPointer(scanner.pointer());
}

} // namespace

std::string pointerToken(std::string_view key) {
    std::string out;
    for (const char c : key) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

Result<Json> parseJson(std::string_view text, std::size_t maxBytes) {
    if (text.size() > maxBytes) {
        return Error("json.too_large")
            .with("size", std::to_string(text.size()))
            .with("limit", std::to_string(maxBytes))
            .at(maxBytes);
    }
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") {
        return Error("json.bom").with("line", "1").with("column", "1").at(0);
    }
    Json document;
    try {
        document = Json::parse(text.begin(), text.end(), nullptr, true, false);
    } catch (const Json::parse_error& e) {
        // e.byte counts from 1 and may point one past the end on truncated input.
        std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        if (offset > text.size()) {
            offset = text.size();
        }
        // nlohmann stops after a whole string token: point at its opening quote.
        if (offset < text.size() && offset > 0 && text[offset] == '"') {
            std::size_t open = offset - 1;
            while (open > 0 && !(text[open] == '"' && text[open - 1] != '\\')) {
                --open;
            }
            if (text[open] == '"') {
                offset = open;
            }
        }
        return syntaxError(text, offset, lastToken(e.what()));
    } catch (const Json::out_of_range& e) {
        // A number beyond a double ("1e999"): nlohmann names it but not where it is.
        const std::string token = quotedToken(e.what());
        const auto at = token.empty() ? std::string_view::npos : text.find(token);
        return syntaxError(text, at == std::string_view::npos ? 0 : at, token);
    }
    StructureScanner scanner(text);
    if (auto duplicate = scanner.scan(text.size())) {
        const Position p = positionOf(text, duplicate->offset);
        return Error("json.duplicate_key")
            .with("key", duplicate->key)
            .with("line", std::to_string(p.line))
            .with("column", std::to_string(p.column))
            .at(duplicate->offset)
            .atPointer(duplicate->pointer);
    }
    return document;
}

std::string toText(const Json& document) {
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Result<std::string> keyToPointer(std::string_view key) {
    if (key.empty()) {
        return Error("config.bad_key").with("key", std::string(key));
    }
    if (key.front() == '/') {
        try {
            (void)Json::json_pointer(std::string(key));
        } catch (const Json::exception&) {
            return Error("config.bad_key").with("key", std::string(key));
        }
        return std::string(key);
    }
    std::string pointer;
    std::size_t start = 0;
    while (true) {
        const auto dot = key.find('.', start);
        const auto part = key.substr(start, dot == std::string_view::npos ? dot : dot - start);
        if (part.empty()) {
            return Error("config.bad_key").with("key", std::string(key));
        }
        pointer += '/';
        pointer += pointerToken(part);
        if (dot == std::string_view::npos) {
            break;
        }
        start = dot + 1;
    }
    return pointer;
}

} // namespace imprint::config
