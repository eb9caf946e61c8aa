#include "app/common/profiles/targetprofiles.h"

#include "app/common/arguments/optionorder.h"
#include "app/common/profiles/profileref.h"
#include "app/common/profiles/profilestore.h"

#include <algorithm>

namespace imprint::app {

bool TargetProfiles::any() const {
    if (!common.isEmpty()) {
        return true;
    }
    return std::any_of(perTarget.begin(), perTarget.end(),
                       [](const QString& p) { return !p.isEmpty(); });
}

Result<TargetProfiles> pairTargetProfiles(const QStringList& arguments) {
    TargetProfiles out;
    const QStringList names{QStringLiteral("--to"), QStringLiteral("--target-profile"),
                            QStringLiteral("--profile")};
    for (const GivenOption& o : optionsInOrder(arguments, names)) {
        if (o.name == names[0]) {
            out.perTarget.emplace_back();
        } else if (o.name == names[2]) {
            out.common = o.value;
        } else if (out.perTarget.empty() || !out.perTarget.back().isEmpty()) {
            return Error("flash.target_profile_order").with("profile", o.value.toStdString());
        } else {
            out.perTarget.back() = o.value;
        }
    }
    return out;
}

Result<std::vector<std::optional<provision::Profile>>>
loadTargetProfiles(const TargetProfiles& profiles) {
    std::vector<std::optional<provision::Profile>> out(profiles.perTarget.size());
    std::optional<provision::Profile> common;
    if (!profiles.common.isEmpty()) {
        auto p = loadProfile(profiles.common);
        if (!p) {
            return std::move(p).takeError();
        }
        common = std::move(p).value();
    }
    for (std::size_t i = 0; i < profiles.perTarget.size(); ++i) {
        if (profiles.perTarget[i].isEmpty()) {
            out[i] = common;
            continue;
        }
        auto own = loadProfile(profiles.perTarget[i]);
        if (!own) {
            return std::move(own).takeError().with("target", std::to_string(i + 1));
        }
        out[i] = common ? mergeProfiles(*common, *own) : std::move(own).value();
    }
    return out;
}

std::vector<std::string> profileFiles(const TargetProfiles& profiles) {
    std::vector<std::string> out;
    QStringList refs = {profiles.common};
    for (const auto& p : profiles.perTarget) {
        refs << p;
    }
    const ProfileStore store;
    for (const auto& ref : refs) {
        if (ref.isEmpty()) {
            continue;
        }
        if (auto path = store.resolvePath(ref)) {
            out.push_back(path->toStdString());
        }
    }
    return out;
}

} // namespace imprint::app
