// TargetProfiles: which profile each target of `imprint flash` gets (--profile for every
// target, --target-profile for the --to before it, merged over --profile).
#pragma once

#include "core/common/result.h"
#include "core/provision/profile.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace imprint::app {

struct TargetProfiles {
    QString common;                 // --profile (empty: none)
    std::vector<QString> perTarget; // one per --to, in order (empty: none)
    [[nodiscard]] bool any() const;
};

// Pairs --target-profile with the --to before it, reading the raw arguments in order.
// Errors: flash.target_profile_order (a --target-profile before any --to, or two for one --to).
Result<TargetProfiles> pairTargetProfiles(const QStringList& arguments);

// Each target's profile, in --to order: --profile, merged under its own --target-profile;
// none when neither is given. Errors: loadProfile's (with {target}, 1-based, for a
// --target-profile).
Result<std::vector<std::optional<provision::Profile>>>
loadTargetProfiles(const TargetProfiles& profiles);

// The profile files the targets read (a drive holding one is not written).
std::vector<std::string> profileFiles(const TargetProfiles& profiles);

} // namespace imprint::app
