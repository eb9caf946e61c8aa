// The pieces makePlan shares with the planners of each kind of file (connections, ...): reading
// what the partition holds and adding one file's change to a plan. Internal to core/provision.
#pragma once

#include "core/common/result.h"
#include "core/disk/bootpartition.h"
#include "core/provision/plan.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace imprint::provision {

std::vector<std::uint8_t> bytes(const std::string& s);
std::string text(const std::vector<std::uint8_t>& b);

// The file's bytes, nothing when there is no such file.
Result<std::optional<std::vector<std::uint8_t>>> readIfPresent(disk::BootPartition& boot,
                                                               const std::string& path);

// A Create (no previous) or Replace change; nothing when the content is already there.
void addChange(Plan& plan, std::string path, std::optional<std::vector<std::uint8_t>> previous,
               std::vector<std::uint8_t> content, bool secret);

// The profile's connections (keyfiles and certificates) and proxy files. A file the plan was
// going to remove (ExistingConnections::Remove) is replaced instead.
Result<void> planConnections(const Profile& profile, disk::BootPartition& boot, Plan& plan);

} // namespace imprint::provision
