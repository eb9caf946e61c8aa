#include "core/provision/pem.h"

#include "core/common/lines.h"

#include <algorithm>
#include <array>
#include <string>

namespace imprint::provision {
namespace {

constexpr std::string_view kBegin = "-----BEGIN ";
constexpr std::string_view kEnd = "-----END ";
constexpr std::string_view kDashes = "-----";

bool labelFits(std::string_view label, PemKind kind) {
    constexpr std::array certificates{std::string_view("CERTIFICATE"),
                                      std::string_view("TRUSTED CERTIFICATE")};
    constexpr std::array keys{
        std::string_view("PRIVATE KEY"), std::string_view("ENCRYPTED PRIVATE KEY"),
        std::string_view("RSA PRIVATE KEY"), std::string_view("EC PRIVATE KEY"),
        std::string_view("DSA PRIVATE KEY")};
    const auto in = [&](const auto& set) {
        return std::find(set.begin(), set.end(), label) != set.end();
    };
    return kind == PemKind::Certificate ? in(certificates) : in(keys);
}

bool isBase64Line(std::string_view line) {
    return std::all_of(line.begin(), line.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '+' || c == '/' || c == '=';
    });
}

std::string_view trimmed(std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
        line.remove_suffix(1);
    }
    return line;
}

} // namespace

bool isPem(std::string_view text, PemKind kind) {
    bool ok = true;
    int blocks = 0;
    std::string label; // inside a block while not empty
    std::size_t body = 0;
    bool headers = true; // RFC 1421 headers (Proc-Type: ...) may open a legacy key's body
    forEachLine(text, [&](std::string_view raw) {
        const std::string_view line = trimmed(raw);
        if (label.empty()) {
            if (line.starts_with(kBegin) && line.ends_with(kDashes) &&
                line.size() > kBegin.size() + kDashes.size()) {
                label = line.substr(kBegin.size(), line.size() - kBegin.size() - kDashes.size());
                ok = ok && labelFits(label, kind);
                body = 0;
                headers = true;
            }
            return;
        }
        if (line.starts_with(kEnd)) {
            ok = ok && line == std::string(kEnd) + label + std::string(kDashes) && body > 0 &&
                 body % 4 == 0;
            ++blocks;
            label.clear();
            return;
        }
        if (headers && (line.find(':') != std::string_view::npos || line.empty())) {
            return;
        }
        headers = false;
        ok = ok && isBase64Line(line);
        body += line.size();
    });
    return ok && blocks > 0 && label.empty();
}

} // namespace imprint::provision
