// OsVersion: a balenaOS host OS version, X.Y.Z[-label][+revN], as the layer (DISTRO_VERSION)
// and board repositories (HOSTOS_VERSION) write it. Not semver: the board revision orders too.
#pragma once

#include "core/common/result.h"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace imprint {

class OsVersion {
public:
    // Parses a version, accepting and stripping what is found around it in the wild: a
    // leading "v", "balenaOS " or "Resin OS ", and a build word " (dev)", " (prod)", ".dev"
    // or ".prod". Errors carry the code "version.*", the input, and the character offset.
    static Result<OsVersion> parse(std::string_view text);

    [[nodiscard]] std::uint64_t major() const { return major_; }
    [[nodiscard]] std::uint64_t minor() const { return minor_; }
    [[nodiscard]] std::uint64_t patch() const { return patch_; }
    // The pre-release label ("beta10", "rc1"), empty for a release.
    [[nodiscard]] const std::string& label() const { return label_; }
    // The board revision N of "+revN"; 0 when absent.
    [[nodiscard]] std::uint64_t revision() const { return revision_; }
    [[nodiscard]] bool hasRevision() const { return hasRevision_; }
    // A development build (" (dev)" or ".dev"): sorts just below the same version without it.
    [[nodiscard]] bool isDevelopment() const { return development_; }

    // The canonical text: numbers without leading zeros, "+revN" when given, ".dev" when a
    // development build. parse(toString()) gives an equal version.
    [[nodiscard]] std::string toString() const;

    // The order of the reference: numbers, then a label below no label (alphabetic part,
    // then its number), then the revision (absent = 0), then development below release.
    friend std::weak_ordering operator<=>(const OsVersion& a, const OsVersion& b);
    friend bool operator==(const OsVersion& a, const OsVersion& b) {
        return (a <=> b) == std::weak_ordering::equivalent;
    }

private:
    std::uint64_t major_ = 0;
    std::uint64_t minor_ = 0;
    std::uint64_t patch_ = 0;
    std::string label_;
    std::string labelWord_;         // alphabetic part of the label, lower case
    std::uint64_t labelNumber_ = 0; // numeric part of the label
    bool labelHasNumber_ = false;
    std::uint64_t revision_ = 0;
    bool hasRevision_ = false;
    bool development_ = false;
};

} // namespace imprint
