#include "core/version/osversion.h"

#include <array>
#include <cctype>
#include <limits>
#include <tuple>

namespace imprint {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool startsWithNoCase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (lower(s[i]) != lower(prefix[i])) {
            return false;
        }
    }
    return true;
}

bool endsWithNoCase(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() &&
           startsWithNoCase(s.substr(s.size() - suffix.size()), suffix);
}

// A cursor over the version text that remembers where in the original input it stands, so
// every error can point at the character that broke it.
class Scanner {
public:
    Scanner(std::string_view input, std::string_view core, std::size_t base)
        : input_(input), s_(core), base_(base) {}

    [[nodiscard]] bool atEnd() const { return pos_ >= s_.size(); }
    [[nodiscard]] char peek() const { return atEnd() ? '\0' : s_[pos_]; }
    void advance() { ++pos_; }
    [[nodiscard]] std::size_t offset() const { return base_ + pos_; }
    [[nodiscard]] std::string_view rest() const { return s_.substr(pos_); }

    Error error(std::string code) const {
        return Error(std::move(code))
            .with("input", std::string(input_))
            .with("position", std::to_string(offset() + 1))
            .at(offset());
    }

    // Reads a decimal number; leading zeros allowed. `part` names it in errors.
    Result<std::uint64_t> number(const char* part) {
        if (peek() == '-' && pos_ + 1 < s_.size() && isDigit(s_[pos_ + 1])) {
            return error("version.negative").with("part", part);
        }
        if (atEnd() || peek() == '.' || peek() == '-' || peek() == '+') {
            return error("version.missing_part").with("part", part);
        }
        if (!isDigit(peek())) {
            std::size_t end = pos_;
            while (end < s_.size() && s_[end] != '.' && s_[end] != '-' && s_[end] != '+') {
                ++end;
            }
            return error("version.not_a_number")
                .with("part", part)
                .with("text", std::string(s_.substr(pos_, std::max<std::size_t>(end - pos_, 1))));
        }
        std::uint64_t value = 0;
        const std::size_t start = pos_;
        while (isDigit(peek())) {
            const auto digit = static_cast<std::uint64_t>(peek() - '0');
            if (value > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) {
                pos_ = start;
                return error("version.number_too_large").with("part", part);
            }
            value = value * 10 + digit;
            advance();
        }
        return value;
    }

private:
    std::string_view input_;
    std::string_view s_;
    std::size_t base_;
    std::size_t pos_ = 0;
};

} // namespace

Result<OsVersion> OsVersion::parse(std::string_view text) {
    const std::string_view input = text;
    std::size_t begin = 0;
    std::size_t end = text.size();
    auto trim = [&] {
        while (begin < end && isSpace(text[begin])) {
            ++begin;
        }
        while (end > begin && isSpace(text[end - 1])) {
            --end;
        }
    };
    trim();
    if (begin == end) {
        return Error("version.empty").with("input", std::string(input));
    }

    // Product names in front: "balenaOS 2.0.0", "Resin OS 2.0.0".
    static constexpr std::array<std::string_view, 4> kProducts = {"balenaOS", "balena OS",
                                                                  "Resin OS", "resinOS"};
    for (const auto product : kProducts) {
        const std::string_view rest = text.substr(begin, end - begin);
        if (startsWithNoCase(rest, product) &&
            (rest.size() == product.size() || isSpace(rest[product.size()]))) {
            begin += product.size();
            trim();
            break;
        }
    }
    if (begin < end && (text[begin] == 'v' || text[begin] == 'V') && begin + 1 < end &&
        isDigit(text[begin + 1])) {
        ++begin;
    }

    OsVersion v;
    // Build words at the end: " (dev)", " (prod)", ".dev", ".prod".
    const std::string_view body = text.substr(begin, end - begin);
    if (endsWithNoCase(body, "(dev)") || endsWithNoCase(body, "(prod)")) {
        v.development_ = endsWithNoCase(body, "(dev)");
        end -= v.development_ ? 5 : 6;
        trim();
    } else if (endsWithNoCase(body, ".dev") || endsWithNoCase(body, ".prod")) {
        v.development_ = endsWithNoCase(body, ".dev");
        end -= v.development_ ? 4 : 5;
    }
    if (begin == end) {
        return Error("version.empty").with("input", std::string(input));
    }

    Scanner sc(input, text.substr(begin, end - begin), begin);
    auto major = sc.number("major");
    if (!major) {
        return major.error();
    }
    v.major_ = *major;
    const char* const parts[] = {"minor", "patch"};
    for (const char* part : parts) {
        if (sc.peek() != '.') {
            return sc.error("version.missing_part").with("part", part);
        }
        sc.advance();
        auto n = sc.number(part);
        if (!n) {
            return n.error();
        }
        (part == parts[0] ? v.minor_ : v.patch_) = *n;
    }
    if (sc.peek() == '.' && isDigit(sc.rest().size() > 1 ? sc.rest()[1] : '\0')) {
        return sc.error("version.too_many_parts");
    }

    if (sc.peek() == '-') {
        sc.advance();
        const std::size_t labelStart = sc.offset();
        if (sc.atEnd() || sc.peek() == '+') {
            return sc.error("version.empty_label");
        }
        if (!isAlpha(sc.peek())) {
            return sc.error("version.bad_label").with("text", std::string(sc.rest()));
        }
        while (isAlpha(sc.peek())) {
            v.labelWord_ += lower(sc.peek());
            sc.advance();
        }
        if (sc.peek() == '.' && sc.rest().size() > 1 && isDigit(sc.rest()[1])) {
            sc.advance(); // "beta.8" is the same label as "beta8"
        }
        if (isDigit(sc.peek())) {
            auto n = sc.number("label");
            if (!n) {
                return n.error();
            }
            v.labelNumber_ = *n;
            v.labelHasNumber_ = true;
        }
        v.label_ = std::string(input.substr(labelStart, sc.offset() - labelStart));
        if (!sc.atEnd() && sc.peek() != '+') {
            return sc.error("version.bad_label").with("text", std::string(sc.rest()));
        }
    }

    if (sc.peek() == '+') {
        sc.advance();
        if (!startsWithNoCase(sc.rest(), "rev")) {
            return sc.error("version.bad_revision").with("text", std::string(sc.rest()));
        }
        sc.advance();
        sc.advance();
        sc.advance();
        if (!isDigit(sc.peek())) {
            return sc.error("version.bad_revision").with("text", std::string(sc.rest()));
        }
        auto n = sc.number("revision");
        if (!n) {
            return n.error();
        }
        v.revision_ = *n;
        v.hasRevision_ = true;
    }

    if (!sc.atEnd()) {
        return sc.error("version.trailing_text").with("text", std::string(sc.rest()));
    }
    return v;
}

std::string OsVersion::toString() const {
    std::string s =
        std::to_string(major_) + '.' + std::to_string(minor_) + '.' + std::to_string(patch_);
    if (!label_.empty()) {
        s += '-' + label_;
    }
    if (hasRevision_) {
        s += "+rev" + std::to_string(revision_);
    }
    if (development_) {
        s += ".dev";
    }
    return s;
}

std::weak_ordering operator<=>(const OsVersion& a, const OsVersion& b) {
    if (auto c = std::tie(a.major_, a.minor_, a.patch_) <=> std::tie(b.major_, b.minor_, b.patch_);
        c != 0) {
        return c;
    }
    const bool aRelease = a.label_.empty();
    const bool bRelease = b.label_.empty();
    if (aRelease != bRelease) {
        return aRelease ? std::weak_ordering::greater : std::weak_ordering::less;
    }
    if (!aRelease) {
        if (auto c = std::tie(a.labelWord_, a.labelHasNumber_, a.labelNumber_) <=>
                     std::tie(b.labelWord_, b.labelHasNumber_, b.labelNumber_);
            c != 0) {
            return c;
        }
    }
    if (auto c = a.revision_ <=> b.revision_; c != 0) {
        return c;
    }
    if (a.development_ != b.development_) {
        return a.development_ ? std::weak_ordering::less : std::weak_ordering::greater;
    }
    return std::weak_ordering::equivalent;
}

} // namespace imprint
