#include "core/config/udevrules.h"

#include <array>
#include <string>

namespace imprint::config {
namespace {

enum class Attribute { None, Required, Optional };

struct KnownKey {
    std::string_view name;
    Attribute attribute;
};

// The keys of udev(7).
constexpr std::array<KnownKey, 29> knownKeys{{
    {"ACTION", Attribute::None},     {"DEVPATH", Attribute::None},
    {"KERNEL", Attribute::None},     {"KERNELS", Attribute::None},
    {"NAME", Attribute::None},       {"SYMLINK", Attribute::None},
    {"SUBSYSTEM", Attribute::None},  {"SUBSYSTEMS", Attribute::None},
    {"DRIVER", Attribute::None},     {"DRIVERS", Attribute::None},
    {"ATTR", Attribute::Required},   {"ATTRS", Attribute::Required},
    {"SYSCTL", Attribute::Required}, {"ENV", Attribute::Required},
    {"CONST", Attribute::Required},  {"TAG", Attribute::None},
    {"TAGS", Attribute::None},       {"TEST", Attribute::Optional},
    {"PROGRAM", Attribute::None},    {"RESULT", Attribute::None},
    {"OWNER", Attribute::None},      {"GROUP", Attribute::None},
    {"MODE", Attribute::None},       {"SECLABEL", Attribute::Required},
    {"RUN", Attribute::Optional},    {"LABEL", Attribute::None},
    {"GOTO", Attribute::None},       {"IMPORT", Attribute::Optional},
    {"OPTIONS", Attribute::None},
}};

Error at(Error e, std::size_t line, std::size_t column) {
    return std::move(e).with("line", std::to_string(line)).with("column", std::to_string(column));
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// One logical line (continuations joined). `columns` maps each character back to its column.
std::optional<Error> checkLine(std::string_view s, std::size_t lineNo) {
    std::size_t i = 0;
    const auto skip = [&] {
        while (i < s.size() && isSpace(s[i])) {
            ++i;
        }
    };
    skip();
    if (i == s.size() || s[i] == '#') {
        return std::nullopt;
    }
    while (true) {
        skip();
        const std::size_t keyStart = i;
        while (i < s.size() && ((s[i] >= 'A' && s[i] <= 'Z') || s[i] == '_')) {
            ++i;
        }
        const std::string key(s.substr(keyStart, i - keyStart));
        const KnownKey* known = nullptr;
        for (const auto& k : knownKeys) {
            if (k.name == key) {
                known = &k;
            }
        }
        if (known == nullptr) {
            std::size_t end = i;
            while (end < s.size() && !isSpace(s[end]) && s[end] != '=' && s[end] != '!' &&
                   s[end] != '+' && s[end] != '-' && s[end] != ':' && s[end] != '{') {
                ++end;
            }
            return at(Error("udev.unknown_key")
                          .with("key", std::string(s.substr(keyStart, end - keyStart))),
                      lineNo, keyStart + 1);
        }
        if (i < s.size() && s[i] == '{') {
            if (known->attribute == Attribute::None) {
                return at(Error("udev.attribute_not_allowed").with("key", key), lineNo, i + 1);
            }
            const auto close = s.find('}', i);
            if (close == std::string_view::npos || close == i + 1) {
                return at(Error("udev.unterminated_attribute").with("key", key), lineNo, i + 1);
            }
            i = close + 1;
        } else if (known->attribute == Attribute::Required) {
            return at(Error("udev.attribute_required").with("key", key), lineNo, i + 1);
        }
        skip();
        const std::size_t opStart = i;
        std::string op;
        if (i + 1 < s.size() && s[i + 1] == '=' &&
            (s[i] == '=' || s[i] == '!' || s[i] == '+' || s[i] == '-' || s[i] == ':')) {
            op = std::string(s.substr(i, 2));
            i += 2;
        } else if (i < s.size() && s[i] == '=') {
            op = "=";
            i += 1;
        }
        if (!op.empty() && i < s.size() &&
            std::string_view("~!<>=+-:*").find(s[i]) != std::string_view::npos) {
            op.clear(); // "=~", "=>", "==="...
            i = opStart;
        }
        if (op.empty()) {
            std::size_t end = i;
            while (end < s.size() && !isSpace(s[end]) && s[end] != '"' && end - i < 3) {
                ++end;
            }
            return at(Error("udev.bad_operator").with("text", std::string(s.substr(i, end - i))),
                      lineNo, opStart + 1);
        }
        skip();
        if (i < s.size() && s[i] == 'e' && i + 1 < s.size() && s[i + 1] == '"') {
            ++i; // e"..." : a value with C escapes
        }
        if (i >= s.size() || s[i] != '"') {
            return at(Error("udev.unquoted_value").with("key", key), lineNo, i + 1);
        }
        const std::size_t valueStart = i;
        ++i;
        while (i < s.size() && s[i] != '"') {
            i += (s[i] == '\\' && i + 1 < s.size()) ? 2U : 1U;
        }
        if (i >= s.size()) {
            return at(Error("udev.unterminated_value").with("key", key), lineNo, valueStart + 1);
        }
        ++i;
        skip();
        if (i == s.size()) {
            return std::nullopt;
        }
        if (s[i] != ',') {
            return at(Error("udev.missing_comma"), lineNo, i + 1);
        }
        ++i;
        skip();
        if (i == s.size()) {
            return std::nullopt; // a trailing comma, as udev accepts
        }
    }
}

} // namespace

std::optional<Error> checkUdevRules(std::string_view text) {
    bool anyRule = false;
    std::size_t lineNo = 1;
    std::size_t start = 0;
    std::string logical;
    std::size_t logicalLine = 1;
    while (start <= text.size()) {
        const auto nl = text.find('\n', start);
        const auto raw = text.substr(start, nl == std::string_view::npos ? nl : nl - start);
        if (logical.empty()) {
            logicalLine = lineNo;
        }
        if (!raw.empty() && raw.back() == '\\') {
            logical += raw.substr(0, raw.size() - 1);
        } else {
            logical += raw;
            if (auto e = checkLine(logical, logicalLine)) {
                return e;
            }
            std::size_t k = 0;
            while (k < logical.size() && isSpace(logical[k])) {
                ++k;
            }
            anyRule = anyRule || (k < logical.size() && logical[k] != '#');
            logical.clear();
        }
        if (nl == std::string_view::npos) {
            break;
        }
        start = nl + 1;
        ++lineNo;
    }
    if (!logical.empty()) {
        if (auto e = checkLine(logical, logicalLine)) {
            return e;
        }
        anyRule = true;
    }
    if (!anyRule) {
        return Error("udev.empty_rule");
    }
    return std::nullopt;
}

std::optional<Error> checkUdevRuleName(std::string_view name) {
    bool ok = !name.empty() && name.size() <= 200 && name.front() != '.';
    for (const char c : name) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                             (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        ok = ok && allowed;
    }
    if (!ok) {
        return Error("udev.bad_name").with("name", std::string(name));
    }
    return std::nullopt;
}

} // namespace imprint::config
