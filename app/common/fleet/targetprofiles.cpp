#include "app/common/fleet/targetprofiles.h"

#include "app/common/arguments/optionorder.h"
#include "app/common/fleet/profileref.h"

#include <algorithm>

namespace imprint::app::fleet {

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

Result<TargetPlans> planTargets(const QString& image, const TargetProfiles& profiles,
                                std::shared_ptr<flasher::GrowingFile> growing) {
    TargetPlans out;
    out.plans.resize(profiles.perTarget.size());
    if (!profiles.any()) {
        return out;
    }
    std::optional<provision::Profile> common;
    if (!profiles.common.isEmpty()) {
        auto p = loadProfile(profiles.common);
        if (!p) {
            return std::move(p).takeError();
        }
        common = std::move(p).value();
    }
    auto head = flasher::ImageHead::open(image.toStdString(), std::move(growing));
    if (!head) {
        return std::move(head).takeError();
    }
    for (std::size_t i = 0; i < profiles.perTarget.size(); ++i) {
        provision::Profile profile = common.value_or(provision::Profile{});
        if (!profiles.perTarget[i].isEmpty()) {
            auto own = loadProfile(profiles.perTarget[i]);
            if (!own) {
                return std::move(own).takeError().with("target", std::to_string(i + 1));
            }
            profile = common ? mergeProfiles(*common, *own) : std::move(own).value();
        } else if (!common) {
            continue;
        }
        auto plan = flasher::planOnStream(**head, profile);
        if (!plan) {
            return std::move(plan).takeError();
        }
        for (const auto& issue : plan->plan.issues) {
            if (issue.severity == config::Severity::Error && !issue.preexisting) {
                out.refusals.push_back({static_cast<int>(i), issue});
            }
        }
        out.plans[i] = std::move(plan).value();
    }
    return out;
}

} // namespace imprint::app::fleet
