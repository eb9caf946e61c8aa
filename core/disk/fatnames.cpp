#include "core/disk/fatnames.h"

#include <algorithm>

namespace imprint::disk {
namespace {

Error invalid(std::string_view name, const char* reason) {
    return Error("fat.invalid_name").with("name", std::string(name)).with("reason", reason);
}

bool validShortChar(char16_t c) {
    if (c < 0x20 || c > 0x7E) {
        return false;
    }
    return std::u16string_view(u"\"*+,./:;<=>?[\\]| ").find(c) == std::u16string_view::npos;
}

} // namespace

Result<std::u16string> utf8ToUtf16(std::string_view s) {
    std::u16string out;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::uint32_t cp = 0;
        std::size_t n = 0;
        if (c < 0x80) {
            cp = c;
            n = 1;
        } else if ((c & 0xE0) == 0xC0) {
            cp = c & 0x1Fu;
            n = 2;
        } else if ((c & 0xF0) == 0xE0) {
            cp = c & 0x0Fu;
            n = 3;
        } else if ((c & 0xF8) == 0xF0) {
            cp = c & 0x07u;
            n = 4;
        } else {
            return invalid(s, "utf8");
        }
        if (i + n > s.size()) {
            return invalid(s, "utf8");
        }
        for (std::size_t k = 1; k < n; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) {
                return invalid(s, "utf8");
            }
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        const bool overlong =
            (n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return invalid(s, "utf8");
        }
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
            out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
        } else {
            out.push_back(static_cast<char16_t>(cp));
        }
        i += n;
    }
    return out;
}

std::string utf16ToUtf8(std::u16string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        std::uint32_t cp = s[i];
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 &&
            s[i + 1] <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (s[i + 1] - 0xDC00u);
            ++i;
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD; // an unpaired surrogate from disk
        }
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }
    return out;
}

Result<std::u16string> validateLongName(std::string_view name) {
    if (name.empty()) {
        return invalid(name, "empty");
    }
    if (name == "." || name == "..") {
        return invalid(name, "reserved");
    }
    auto u = utf8ToUtf16(name);
    if (!u) {
        return u;
    }
    if (u->size() > 255) {
        return invalid(name, "too_long");
    }
    for (const char16_t c : *u) {
        if (c < 0x20 || std::u16string_view(u"\"*/:<>?\\|").find(c) != std::u16string_view::npos) {
            return invalid(name, "character");
        }
    }
    // Windows and Linux drop trailing dots and spaces, so such a name cannot be found again.
    if (u->back() == u'.' || u->back() == u' ') {
        return invalid(name, "trailing");
    }
    return u;
}

bool sameName(std::u16string_view a, std::u16string_view b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        char16_t x = a[i];
        char16_t y = b[i];
        if (x >= u'a' && x <= u'z') {
            x = static_cast<char16_t>(x - 32);
        }
        if (y >= u'a' && y <= u'z') {
            y = static_cast<char16_t>(y - 32);
        }
        if (x != y) {
            return false;
        }
    }
    return true;
}

std::uint8_t shortNameChecksum(const ShortName& name) {
    std::uint8_t sum = 0;
    for (const std::uint8_t c : name) {
        sum = static_cast<std::uint8_t>(((sum & 1) ? 0x80 : 0) + (sum >> 1) + c);
    }
    return sum;
}

std::string shortNameText(const ShortName& name, std::uint8_t ntRes) {
    std::string base(name.begin(), name.begin() + 8);
    std::string ext(name.begin() + 8, name.end());
    if (!base.empty() && static_cast<unsigned char>(base[0]) == 0x05) {
        base[0] = static_cast<char>(0xE5);
    }
    while (!base.empty() && base.back() == ' ') {
        base.pop_back();
    }
    while (!ext.empty() && ext.back() == ' ') {
        ext.pop_back();
    }
    auto lower = [](std::string& s) {
        for (char& c : s) {
            if (c >= 'A' && c <= 'Z') {
                c = static_cast<char>(c + 32);
            }
        }
    };
    if (ntRes & 0x08) {
        lower(base);
    }
    if (ntRes & 0x10) {
        lower(ext);
    }
    // Short names are OEM code page text; bytes above 0x7F are shown as '_' (not UTF-8).
    for (char& c : base) {
        if (static_cast<unsigned char>(c) > 0x7E) {
            c = '_';
        }
    }
    for (char& c : ext) {
        if (static_cast<unsigned char>(c) > 0x7E) {
            c = '_';
        }
    }
    return ext.empty() ? base : base + "." + ext;
}

ShortNamePlan planShortName(std::u16string_view longName) {
    ShortNamePlan plan;
    plan.name.fill(' ');
    // Exactly a valid upper-case 8.3 name: no long entries at all.
    {
        const auto dot = longName.find(u'.');
        const auto base = longName.substr(0, dot);
        const auto ext =
            dot == std::u16string_view::npos ? std::u16string_view() : longName.substr(dot + 1);
        const bool shape = !base.empty() && base.size() <= 8 && ext.size() <= 3 &&
                           (dot == std::u16string_view::npos || !ext.empty()) &&
                           ext.find(u'.') == std::u16string_view::npos;
        const bool chars = std::all_of(base.begin(), base.end(),
                                       [](char16_t c) {
                                           return validShortChar(c) && !(c >= u'a' && c <= u'z');
                                       }) &&
                           std::all_of(ext.begin(), ext.end(), [](char16_t c) {
                               return validShortChar(c) && !(c >= u'a' && c <= u'z');
                           });
        if (shape && chars) {
            for (std::size_t i = 0; i < base.size(); ++i) {
                plan.name[i] = static_cast<std::uint8_t>(base[i]);
            }
            for (std::size_t i = 0; i < ext.size(); ++i) {
                plan.name[8 + i] = static_cast<std::uint8_t>(ext[i]);
            }
            plan.needsLongName = false;
            return plan;
        }
    }
    bool lossy = false;
    auto convert = [&](char16_t c) -> std::uint8_t {
        if (c >= u'a' && c <= u'z') {
            return static_cast<std::uint8_t>(c - 32);
        }
        if (validShortChar(c)) {
            return static_cast<std::uint8_t>(c);
        }
        lossy = true;
        return '_';
    };
    std::u16string_view name = longName;
    while (!name.empty() && name.front() == u'.') {
        name.remove_prefix(1);
        lossy = true;
    }
    const auto lastDot = name.rfind(u'.');
    const auto basePart = name.substr(0, lastDot);
    const auto extPart =
        lastDot == std::u16string_view::npos ? std::u16string_view() : name.substr(lastDot + 1);
    std::size_t n = 0;
    for (const char16_t c : basePart) {
        if (c == u' ' || c == u'.') {
            lossy = true;
            continue;
        }
        if (n == 8) {
            lossy = true;
            break;
        }
        plan.name[n++] = convert(c);
    }
    if (n == 0) {
        plan.name[n++] = '_';
        lossy = true;
    }
    std::size_t e = 0;
    for (const char16_t c : extPart) {
        if (c == u' ') {
            lossy = true;
            continue;
        }
        if (e == 3) {
            lossy = true;
            break;
        }
        plan.name[8 + e++] = convert(c);
    }
    plan.needsTail = lossy;
    return plan;
}

Result<ShortName> uniqueShortName(const ShortNamePlan& plan,
                                  const std::function<bool(const ShortName&)>& inUse) {
    if (!plan.needsTail && !inUse(plan.name)) {
        return plan.name;
    }
    std::size_t baseLength = 8;
    while (baseLength > 0 && plan.name[baseLength - 1] == ' ') {
        --baseLength;
    }
    for (std::uint32_t n = 1; n <= 999999; ++n) {
        const std::string tail = "~" + std::to_string(n);
        ShortName candidate = plan.name;
        const std::size_t keep = std::min(baseLength, 8 - tail.size());
        for (std::size_t i = keep; i < 8; ++i) {
            candidate[i] = ' ';
        }
        std::copy(tail.begin(), tail.end(), candidate.begin() + static_cast<std::ptrdiff_t>(keep));
        if (!inUse(candidate)) {
            return candidate;
        }
    }
    return Error("fat.aliases_exhausted");
}

} // namespace imprint::disk
