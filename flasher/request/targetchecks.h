// The targets of a WriteRequest before anything is written: drives judged by the safety rules
// (flasher/drives/safety.h), image files checked against the files the job reads and for
// being writable; then, once confirmed, unmounted and opened.
#pragma once

#include "flasher/request/writerequest.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace imprint::flasher {

// Fills each target's drive, cautions and confirmation needs; adds a refusal per reason a
// target may not be written: drives.* (a drive's verdict), target.is_source {path, source},
// target.read_only {path, detail}, target.duplicate {path}, and probeDrive's errors.
void checkTargets(std::vector<PreparedTarget>& targets, const std::vector<std::string>& readPaths,
                  std::optional<std::uint64_t> imageSize, std::vector<Refusal>& refusals);

// Unmounts what must come off (drives opened directly; a broker unmounts by itself) and opens
// every target; one null entry and a refusal per target that failed (nothing is written).
std::vector<std::unique_ptr<Target>> openTargets(const std::vector<PreparedTarget>& targets,
                                                 DriveBroker* broker, bool preferBroker,
                                                 std::vector<Refusal>& refusals);

} // namespace imprint::flasher
