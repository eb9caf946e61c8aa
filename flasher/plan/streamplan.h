// StreamPlan: a Profile's Plan for one target, worked out on the image as it streams: the boot
// partition is edited on an Overlay over an ImageHead, and the sectors it changed become the
// ByteOverrides a WriteJob writes to that target instead of the image's bytes.
#pragma once

#include "core/common/result.h"
#include "core/provision/plan.h"
#include "core/provision/profile.h"
#include "flasher/plan/imagehead.h"
#include "flasher/writejob/writejob.h"

#include <cstdint>
#include <vector>

namespace imprint::flasher {

struct StreamPlan {
    provision::Plan plan; // what changes, for review; plan.refused(): nothing else is set
    std::vector<ByteOverride> overrides;
    std::vector<std::uint8_t> configJson; // config.json as the target will hold it
    disk::BootLocation boot;
};

// Reads the partition table and boot partition through `head` (which is never written; later
// calls reuse what it kept), makes the plan and applies it to an Overlay. A plan refused for
// the profile's errors is returned as is (plan.refused()), with no overrides.
// Errors: partition.*, boot.*, fat.*, plan.* and the Source's errors.
Result<StreamPlan> planOnStream(ImageHead& head, const provision::Profile& profile);

} // namespace imprint::flasher
