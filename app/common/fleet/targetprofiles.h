// TargetProfiles: which profile each target of `imprint flash` gets (--profile for every
// target, --target-profile for the --to before it, merged over --profile), and the per-target
// plans worked out on the image stream before anything is written.
#pragma once

#include "core/common/result.h"
#include "flasher/plan/streamplan.h"
#include "flasher/source/growingfile.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace imprint::app::fleet {

struct TargetProfiles {
    QString common;                 // --profile (empty: none)
    std::vector<QString> perTarget; // one per --to, in order (empty: none)
    [[nodiscard]] bool any() const;
};

// Pairs --target-profile with the --to before it, reading the raw arguments in order.
// Errors: flash.target_profile_order (a --target-profile before any --to, or two for one --to).
Result<TargetProfiles> pairTargetProfiles(const QStringList& arguments);

struct TargetIssue {
    int target = 0; // index of the --to
    config::Issue issue;
};

struct TargetPlans {
    std::vector<std::optional<flasher::StreamPlan>> plans; // one per target; none: no profile
    std::vector<TargetIssue> refusals;                     // non-empty: write nothing
};

// Loads the profiles and plans each target on the image (read from `growing` while it downloads,
// as ImageHead::open does). Errors: loadProfile's (with {target}), ImageHead's and planOnStream's.
Result<TargetPlans> planTargets(const QString& image, const TargetProfiles& profiles,
                                std::shared_ptr<flasher::GrowingFile> growing = nullptr);

} // namespace imprint::app::fleet
